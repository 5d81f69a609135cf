"""Session-3 crossing days: 'shut the same day' takes the day of the change told before, 'has
remained closed since Monday' dates the closure to Monday, and an undated present-tense change
('when the border closes') is a habit, not an event."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _changes(text: str, published: str | None = "2025-11-05") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-11-05 is a Wednesday
    return sorted((e.crossing, e.status, e.date) for e in extract(doc).events if e.type == "border_crossing")


@pytest.mark.parametrize("same", ["the same day", "that day", "the same evening"])
def test_crossings_s3_same_day_takes_the_day_told_before(same: str) -> None:
    text = ("PESHAWAR: Guards exchanged fire near the border on Monday.\n\n"
            "Officials closed the Torkham crossing on Monday afternoon.\n\n"
            f"Traders in Chaman said the Friendship Gate had also been shut {same} as a precaution.")
    assert ("Chaman", "closed", "2025-11-03") in _changes(text)


def test_crossings_s3_same_day_near_miss_undated_stays_on_report_day() -> None:
    text = ("PESHAWAR: Officials closed the Torkham crossing on Monday afternoon.\n\n"
            "Traders in Chaman said the Friendship Gate has also been shut as a precaution.")
    assert ("Chaman", "closed", "2025-11-03") not in _changes(text)


_LEAD = ("KABUL: Two guards were hurt in firing on Sunday. Officials met on Monday. Traders waited. "
         "Prices rose in the markets. ")


@pytest.mark.parametrize("tail,day", [
    ("The Torkham crossing has remained closed since Monday, leaving trucks stuck on both sides.", "2025-11-03"),
    ("The Chaman crossing has stayed shut since Sunday, traders said.", "2025-11-02"),
])
def test_crossings_s3_remained_closed_since_a_day(tail: str, day: str) -> None:
    assert [c[2] for c in _changes(_LEAD + tail)] == [day]


def test_crossings_s3_remained_closed_on_a_day_late_is_no_new_closure() -> None:
    assert _changes(_LEAD + "The Torkham crossing remained closed on Monday, traders said.") == []


@pytest.mark.parametrize("text", [
    "Trade between the neighbours is fragile.\n\nWhen the border actually closes, it is usually because of a shooting near Torkham.",
    "Trade between the neighbours is fragile.\n\nEvery time Torkham shuts, prices in Peshawar jump within a week.",
])
def test_crossings_s3_habitual_present_is_no_event(text: str) -> None:
    assert _changes(text, None) == []


def test_crossings_s3_dated_present_is_still_an_event() -> None:
    text = "PESHAWAR: Trade resumed at noon.\n\nPakistan reopens Torkham on Monday after talks, officials said."
    assert ("Torkham", "reopened", "2025-11-03") in _changes(text)


@pytest.mark.parametrize("note", [
    "Officials said only cargo vehicles would be allowed for now.",
    "Pedestrian movement would resume only after biometric checks were set up, officials said.",
])
def test_crossings_s3_restriction_told_later_makes_the_reopening_partial(note: str) -> None:
    text = ("MIRANSHAH: The Ghulam Khan crossing reopened on Tuesday after remaining shut for 23 days, officials said. "
            "Traders welcomed the move. Hundreds of trucks had waited. Prices had risen sharply. " + note)
    assert _changes(text, "2025-01-15") == [("Ghulam Khan", "partially_reopened", "2025-01-14")]


def test_crossings_s3_unrelated_only_is_no_restriction() -> None:
    text = ("MIRANSHAH: The Ghulam Khan crossing reopened on Tuesday after remaining shut for 23 days, officials said. "
            "Traders welcomed the move. Only two banks in the town were open for business.")
    assert _changes(text, "2025-01-15") == [("Ghulam Khan", "reopened", "2025-01-14")]


def test_crossings_s3_restriction_naming_another_crossing_leaves_this_one_whole() -> None:
    text = ("WANA: Trade resumed through the Kharlachi crossing on Tuesday, while the Angoor Adda crossing was partially "
            "reopened the same day for pedestrians only, officials said. Traders were relieved. "
            "At Angoor Adda, cargo vehicles were still not permitted, a customs official said.")
    got = _changes(text, "2025-01-15")
    assert ("Kharlachi", "reopened", "2025-01-14") in got


def test_crossings_s3_undated_present_in_a_news_body_is_kept() -> None:
    text = ("PESHAWAR: Traders gathered at the gate.\n\nOfficials met overnight.\n\nPakistan reopens Torkham after a "
            "week of talks with Afghan officials, a statement said.")
    assert [c[:2] for c in _changes(text)] == [("Torkham", "reopened")]
