"""Roadblock massacres are armed assaults; passengers "taken away/along by the attackers" are abducted."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties
from frontierwatch.extract.cues import best_tactic


@pytest.mark.parametrize("text", [
    "Armed men set up a roadblock and shot dead five travellers.",
    "Gunmen offloaded passengers from a van and shot dead four of them.",
    "The attackers forced passengers off the bus and shot dead three men.",
])
def test_cues_roadblock_killing_is_armed_assault(text):
    assert best_tactic(text)[1] == "armed_assault"


def test_cues_lone_shooting_stays_targeted_killing():
    assert best_tactic("A tribal elder was shot dead outside his home.")[1] == "targeted_killing"


@pytest.mark.parametrize("text,n", [
    ("Two more passengers were taken away by the attackers.", 2),
    ("Three others were taken along by the gunmen, officials said.", 3),
])
def test_casualties_taken_by_attackers_is_abducted(text, n):
    got = [(m.kind, m.value) for m in find_casualties(text)]
    assert ("abducted", n) in got


def test_casualties_taken_to_hospital_is_not_abducted():
    assert all(m.kind != "abducted" for m in find_casualties("Two wounded men were taken away to hospital."))
