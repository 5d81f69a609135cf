"""'The Chaman crossing, shut after the November 7 firing, ...': the closure takes the day written into the clash."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _crossings(text: str, published: str | None = "2025-11-20") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)
    return [(e.date, e.status, e.crossing) for e in extract(doc).events if e.type == "border_crossing"]


@pytest.mark.parametrize("text, published, event", [
    ("The Chaman crossing, shut after the November 7 firing, stayed closed for five days.", "2025-11-20",
     ("2025-11-07", "closed", "Chaman")),
    ("Torkham was closed following the October 12 clashes, traders said.", "2025-10-20",
     ("2025-10-12", "closed", "Torkham")),
    ("In 2025 trade suffered. The Chaman crossing, shut after the November 7 firing, stayed closed for days.", None,
     ("2025-11-07", "closed", "Chaman")),
])
def test_crossings_s7_closed_after_dated_clash(text: str, published: str | None, event: tuple) -> None:
    assert event in _crossings(text, published)


@pytest.mark.parametrize("text, event", [
    # the change's own day wins over the clash's
    ("The Chaman crossing was shut on Tuesday after the November 7 firing.", ("2025-11-18", "closed", "Chaman")),
    # a dated meeting is no clash: the day is not taken from it
    ("The Chaman crossing was shut after the November 7 meeting.", ("2025-11-20", "closed", "Chaman")),
])
def test_crossings_s7_own_day_or_no_clash(text: str, event: tuple) -> None:
    assert event in _crossings(text)


@pytest.mark.parametrize("text, published, event", [
    # a reopening comes after the clash, not on its day: the report's day stands
    ("Trade through the Torkham crossing was reopened after the October 12 clashes, officials said.", "2025-11-12",
     ("2025-11-12", "reopened", "Torkham")),
    ("Foot traffic at Chaman resumed following the November 3 shelling, traders said.", "2025-11-12",
     ("2025-11-12", "reopened", "Chaman")),
])
def test_crossings_s7_reopen_after_clash_not_clash_day(text: str, published: str, event: tuple) -> None:
    got = _crossings(text, published)
    assert event in got
    assert not any(d in ("2025-10-12", "2025-11-03") for d, _, _ in got)


@pytest.mark.parametrize("text", [
    "Torkham stayed closed after the October 12 clashes, exporters complained.",
    "The Chaman crossing remains shut following the November 3 shelling, a customs officer said.",
])
def test_crossings_s7_still_closed_not_dated_by_clash(text: str) -> None:
    assert not any(d in ("2025-10-12", "2025-11-03") for d, _, _ in _crossings(text, "2025-11-12"))
