"""Session-3 round-2 crossing rule: a closure told in a trailing 'before ...' clause ("returned on
Monday, before the crossing was closed") is background, not a closure on that day; a leading one is not."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _crossings(text: str, published: str = "2025-05-09") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-05-09 is a Friday
    return sorted(((e.crossing, e.status, e.date) for e in extract(doc).events if e.type == "border_crossing"), key=str)


@pytest.mark.parametrize("sentence", [
    "Some 900 Afghans returned through Torkham on Monday, before the crossing was closed.",
    "Hundreds of trucks crossed at Torkham on Monday before the border was shut.",
])
def test_crossings_s3_trailing_before_clause_is_background(sentence: str) -> None:
    assert ("Torkham", "closed", "2025-05-05") not in _crossings(sentence)


def test_crossings_s3_closure_with_its_own_day_still_counts() -> None:
    text = "The Torkham crossing was closed on Monday before talks between the two sides began."
    assert ("Torkham", "closed", "2025-05-05") in _crossings(text)
