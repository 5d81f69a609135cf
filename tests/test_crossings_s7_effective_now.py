"""A decision to reopen a crossing that takes effect on the day of the report is a reopening that day."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _crossings(text: str) -> list[tuple[str | None, str | None]]:
    ev = extract(Document(id="t", text=text, published="2025-04-10")).events
    return [(e.crossing, e.status) for e in ev if e.type == "border_crossing"]


@pytest.mark.parametrize("text, status", [
    ("The federal government has decided to reopen the Torkham border crossing in Khyber district with immediate effect.",
     "reopened"),
    ("Provincial authorities have decided to partially reopen the Chaman border crossing for pedestrians from today.",
     "partially_reopened"),
])
def test_crossings_s7_decision_in_force_today_is_a_change(text: str, status: str) -> None:
    assert status in {st for _, st in _crossings(text)}


@pytest.mark.parametrize("text", [
    "The federal government has decided to reopen the Torkham border crossing in Khyber district next week.",
    "Traders want the government to reopen the Torkham border crossing in Khyber district from today.",
    "Elders urged officials to reopen the Chaman border crossing with immediate effect.",
])
def test_crossings_s7_plan_or_demand_is_no_change(text: str) -> None:
    assert _crossings(text) == []
