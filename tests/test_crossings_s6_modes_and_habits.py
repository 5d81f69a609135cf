"""Session-6 crossings: a reopening whose next sentences leave a traffic mode stopped ("Pedestrians other than
... are still not being allowed", "Foot traffic ... shall remain suspended") is partial; a present-tense
closure told as a habit after "the pattern is familiar" is no event."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.crossing_modes import mode_subject_stopped
from frontierwatch.extract.lexicon import load
from frontierwatch.records import Document


def _statuses(text: str, published: str = "2026-05-08") -> list[tuple]:
    return [(e.crossing, e.status) for e in extract(Document(id="t", text=text, published=published)).events
            if e.type == "border_crossing"]


@pytest.mark.parametrize("after", [
    "However, pedestrians apart from deported families are still not being allowed to walk across, a customs officer said.",
    "Pedestrian movement, other than for patients with referral letters, shall remain suspended until further orders.",
    "Passenger traffic, the officials added, will remain suspended for now.",
])
def test_crossings_s6_stopped_mode_subject_makes_partial(after: str) -> None:
    text = f"Goods lorries rolled through the Chaman crossing on Thursday as the gate reopened after a week.\n\n{after}"
    assert _statuses(text) == [("Chaman", "partially_reopened")]


@pytest.mark.parametrize("after", [
    "Pedestrians crowded the gate from early morning, a customs officer said.",
    "The traders said passenger buses were also being readied for the trip.",
])
def test_crossings_s6_moving_mode_leaves_reopening_whole(after: str) -> None:
    text = f"Goods lorries rolled through the Chaman crossing on Thursday as the gate reopened after a week.\n\n{after}"
    assert _statuses(text) == [("Chaman", "reopened")]


@pytest.mark.parametrize("sentence,expected", [
    ("However, pedestrians are still not being allowed to cross.", True),
    ("Trade remained suspended on the old road.", True),
    ("The old road stayed shut while pedestrians used the new gate.", False),  # the mode does not open the sentence
    ("Pedestrians were allowed through after the gate reopened.", False),  # a reopening, nothing stopped
])
def test_crossings_s6_mode_subject_stopped(sentence: str, expected: bool) -> None:
    found = load("crossing_cues").find(sentence)
    assert mode_subject_stopped(sentence, found) is expected


_HABIT = ("Tension at Chaman flared again this week.\n\nLocal traders have seen it many times. {lead}\n\n"
          "A quarrel over a border post turns into shooting, the crossing is shut, lorries queue for miles, and both "
          "governments trade accusations.")


def test_crossings_s6_habit_after_pattern_lead_is_no_event() -> None:
    assert _statuses(_HABIT.format(lead="The pattern is well known.")) == []


def test_crossings_s6_present_closure_without_habit_lead_stays() -> None:
    text = "The Chaman crossing is shut, officials said, after shooting broke out near the gate."
    assert _statuses(text) == [("Chaman", "closed")]


@pytest.mark.parametrize("lead", ["The pattern is familiar.", "It is a familiar script.",
                                  "Closures of the border have become routine."])
def test_crossings_s6_habit_leads_that_name_the_pattern(lead: str) -> None:
    assert _statuses(_HABIT.format(lead=lead)) == []


@pytest.mark.parametrize("lead", [
    "Wheat shipments have moved to a seasonal pattern for years.",
    "Money changers at the gate have settled into a routine.",
    "Most of the faces at the gate are familiar."
])
def test_crossings_s6_pattern_word_of_something_else_keeps_the_closure(lead: str) -> None:
    text = f"{lead} The Chaman crossing is shut to lorries, traders said."
    assert _statuses(text) == [("Chaman", "closed")]


def test_crossings_s6_closure_said_to_recur_is_no_event() -> None:
    text = "The Chaman crossing is shut as usual for the religious holiday, officials said."
    assert _statuses(text) == []
