""""one of their accomplices was arrested": accomplices are counted as militants; a search for them counts none."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _groups(text: str) -> dict:
    return {k: dict(t.groups) for k, t in tally(find_casualties(text, 0, len(text))).items()}


@pytest.mark.parametrize("text,out", [
    ("Two gunmen were killed in the exchange, while one of their accomplices was arrested.",
     {"killed": {"militants": 2}, "arrested": {"militants": 1}}),
    ("Police said three accomplices were arrested from a house near the market.",
     {"arrested": {"militants": 3}}),
])
def test_casualties_accomplices_counted(text, out):
    assert _groups(text) == out


def test_casualties_accomplices_searched_not_counted():
    assert _groups("Police are searching for the accomplices of the bomber.") == {}
