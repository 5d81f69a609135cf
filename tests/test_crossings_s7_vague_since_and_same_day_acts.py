"""Background closures 'since mid-October' make no crossing event; an undated story's 'the same day' act is kept, undated."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _events(text: str, published: str | None) -> list[tuple]:
    return [(e.type, e.date, e.status, e.action) for e in extract(Document(id="t", text=text, published=published)).events]


@pytest.mark.parametrize("since", ["since mid-October", "since early October", "since late October"])
def test_crossings_s7_closed_since_part_of_month_is_background(since: str) -> None:
    text = (f"LANDI KOTAL -- Hundreds of families waited at the camp on Sunday. Although Torkham has been closed to "
            f"trade {since}, the gate has stayed open for people returning home.")
    assert not [e for e in _events(text, "2026-11-16") if e[0] == "border_crossing"]


@pytest.mark.parametrize("text, day", [
    # a closure with its own day is an event still
    ("LANDI KOTAL -- Pakistani authorities closed the Torkham crossing on Sunday after an exchange of fire, "
     "officials said.", "2026-11-15"),
])
def test_crossings_s7_closure_with_a_day_is_an_event(text: str, day: str) -> None:
    assert ("border_crossing", day, "closed", None) in _events(text, "2026-11-16")


SAME_DAY = ("ASADABAD -- Two civilians were killed on Thursday when shells fired from Pakistan landed in a village "
            "in Kunar, local officials said.\n\nVillagers said they had fled to relatives in the valley.\n\n"
            "In Kabul, the Foreign Ministry said the same day that it had summoned Pakistan's charge d'affaires and "
            "handed him a protest note.")


def test_diplomacy_s7_same_day_act_in_undated_story_is_kept_undated() -> None:
    assert ("diplomacy", None, None, "protest") in _events(SAME_DAY, None)


def test_diplomacy_s7_same_day_act_in_dated_story_takes_the_day() -> None:
    # a dated story resolves "the same day" to the day told before, as before
    got = [e for e in _events(SAME_DAY, "2026-10-03") if e[0] == "diplomacy"]
    assert got == [("diplomacy", "2026-10-01", None, "protest")]
