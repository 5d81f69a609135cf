"""'The decision to extend' is an extension taken; its day is the approval's, not the day someone spoke of it."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _extensions(text: str) -> list[tuple[str | None, str | None]]:
    ev = extract(Document(id="t", text=text, published="2025-07-09")).events
    return [(e.date, e.until) for e in ev if e.type == "refugees" and e.action == "extension"]


@pytest.mark.parametrize("text, day", [
    ("The interior ministry has notified the decision to extend the stay of registered Afghan refugees until 30 September 2025, "
     "an official said on Tuesday. The cabinet approved the extension on Friday, 4 July.", "2025-07-04"),
    ("Officials announced the federal decision to extend the PoR cards of Afghan refugees until 30 September 2025, "
     "a spokeswoman said on Monday. Afghan elders welcomed the move.", "2025-07-07"),
])
def test_refugees_s7_decision_to_extend_dated_by_approval(text: str, day: str) -> None:
    assert _extensions(text) == [(day, "2025-09-30")]


@pytest.mark.parametrize("text", [
    "Afghan refugees urged the government to extend their PoR cards until 30 September 2025, an elder said on Tuesday.",
    "A decision on whether to extend the PoR cards of Afghan refugees until 30 September 2025 is expected next week.",
])
def test_refugees_s7_plea_or_pending_decision_is_no_extension(text: str) -> None:
    assert _extensions(text) == []
