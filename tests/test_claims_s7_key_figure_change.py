"""A key-figures line that is only a change ("17% increase compared with July") is the change of the figure above."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _claims(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published="2025-09-02")
    return {(c.metric, c.value, c.unit, c.direction, c.period_start) for c in extract(doc).claims}


@pytest.mark.parametrize("text, claim", [
    ("KEY FIGURES\n\n48,300 returnees from Pakistan in August\n12% increase compared with July",
     ("returnees", 12, "percent", "increase", "2025-08-01")),
    ("Highlights\n\n61 attacks across Pakistan in August\n9 percent decrease compared with July",
     ("attacks", 9, "percent", "decrease", "2025-08-01")),
])
def test_claims_s7_change_line_under_figure(text: str, claim: tuple) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize("text", [
    # no figure above to change: a bare change line names no metric
    "KEY FIGURES\n\n12% increase compared with July",
    # a share, not a change, under a figure
    "KEY FIGURES\n\n48,300 returnees from Pakistan in August\n12% of them women",
])
def test_claims_s7_change_line_needs_figure_in_force(text: str) -> None:
    assert all(c[1] != 12 for c in _claims(text))


@pytest.mark.parametrize("text, absent", [
    # a change line naming its own subject does not change the figure above
    ("KEY FIGURES\n\n61 attacks across Pakistan in August\n14% increase in measles immunisation was reported in Sindh.",
     14),
    ("KEY FIGURES\n\n61 attacks across Pakistan in August\n23% rise in threats against health workers in the province",
     23),
])
def test_claims_s7_change_line_with_own_subject_not_inherited(text: str, absent: int) -> None:
    assert all(not (c[1] == absent and c[0] == "attacks") for c in _claims(text))
