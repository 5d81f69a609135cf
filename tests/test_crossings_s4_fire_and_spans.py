"""Session-4 crossings: 'opened <adjective> fire' is shooting, not a reopening; an undated span of
closure ('stayed shut for 12 days') told beside the reopening is its background; a still-stopped
traffic mode in a sentence that names the reopened crossing marks the reopening partial."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _changes(text: str, published: str | None = "2025-11-05") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-11-05 is a Wednesday
    return sorted((e.crossing, e.status, e.date) for e in extract(doc).events if e.type == "border_crossing")


@pytest.mark.parametrize("adjective", ["unprovoked", "indiscriminate", "heavy"])
def test_crossings_s4_opened_adjective_fire_is_no_reopening(adjective: str) -> None:
    text = (f"KURRAM: Guards opened {adjective} fire on posts in the Kharlachi sector on Monday, officials said.\n\n"
            "Later the crossing was shut to all traffic on Monday evening.")
    assert ("Kharlachi", "reopened", "2025-11-03") not in _changes(text)
    assert ("Kharlachi", "closed", "2025-11-03") in _changes(text)


def test_crossings_s4_opened_gate_still_a_reopening() -> None:
    text = "KHYBER: Officials opened the Torkham gate for traffic on Monday after talks, traders said."
    assert ("Torkham", "reopened", "2025-11-03") in _changes(text)


@pytest.mark.parametrize("span", ["The crossing stayed shut for 12 days.", "The border crossing remained closed for two weeks."])
def test_crossings_s4_undated_span_before_a_reopening_is_background(span: str) -> None:
    text = f"TORKHAM: Pakistan reopened the Torkham crossing on Monday, officials said.\n\n{span}"
    assert _changes(text) == [("Torkham", "reopened", "2025-11-03")]


def test_crossings_s4_undated_span_without_reopening_stays() -> None:
    text = "TORKHAM: The Torkham crossing has stayed shut for 12 days, leaving hundreds of trucks stranded."
    assert [c[:2] for c in _changes(text)] == [("Torkham", "closed")]


@pytest.mark.parametrize("second", [
    "Trade through the crossing remained suspended, a Chaman customs official told reporters.",
    "Cargo traffic at Chaman stayed suspended, officials said.",
])
def test_crossings_s4_named_still_stopped_mode_marks_partial(second: str) -> None:
    text = f"QUETTA: Pakistan on Monday reopened the Chaman crossing for pedestrians, officials said.\n\n{second}"
    assert ("Chaman", "partially_reopened", "2025-11-03") in _changes(text)


def test_crossings_s4_other_crossing_still_stopped_leaves_reopening_whole() -> None:
    text = ("QUETTA: Pakistan on Monday reopened the Chaman crossing, officials said.\n\n"
            "Cargo traffic at Torkham stayed suspended, officials said.")
    assert ("Chaman", "reopened", "2025-11-03") in _changes(text)
