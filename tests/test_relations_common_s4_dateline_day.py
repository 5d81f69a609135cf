"""Session-4 relations context: with no publication day, a dated dateline ('QUETTA, Oct. 9 (Xinhua) --')
gives the filing day (its year from the text) that weekdays resolve against; an undated dateline gives none."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _changes(text: str) -> list[tuple]:
    doc = Document(id="t", text=text, published=None)
    return sorted((e.crossing, e.status, e.date) for e in extract(doc).events if e.type == "border_crossing")


@pytest.mark.parametrize("dateline,day", [
    ("QUETTA, Oct. 9 (Xinhua) --", "2025-10-09"),  # Thursday 2025-10-09: "on Thursday" is that day
    ("QUETTA, Oct 10 (Xinhua) -", "2025-10-09"),   # a Friday filing: the Thursday before
])
def test_relations_common_s4_dated_dateline_resolves_weekdays(dateline: str, day: str) -> None:
    text = (f"{dateline} Pakistan on Thursday closed the Chaman border crossing after a protest, "
            "officials said, weeks after clashes in August 2025.")
    assert _changes(text) == [("Chaman", "closed", day)]


def test_relations_common_s4_undated_dateline_leaves_weekday_unresolved() -> None:
    text = ("QUETTA (Xinhua) -- Pakistan on Thursday closed the Chaman border crossing after a protest, "
            "officials said, weeks after clashes in August 2025.")
    assert _changes(text) == [("Chaman", "closed", None)]
