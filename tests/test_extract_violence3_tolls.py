"""Toll updates and tactics told in longer sentences: "the toll from <a long description> rose to eight
soldiers" (the group named), "..., while eleven others were still under treatment" after an earlier clause,
and a suicide car bombing is a suicide bombing. Our own invented sentences; real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally
from frontierwatch.extract.events import extract_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def tallies(text: str) -> dict:
    return {k: (dict(t.groups), t.total) for k, t in tally(find_casualties(text, 0, len(text))).items()}


@pytest.mark.parametrize("text, killed", [
    ("The toll from Monday's bombing of a paramilitary truck near the old bazaar of Kalat town rose to "
     "seven soldiers on Tuesday.", ({"security_forces": 7}, 7)),
    # near miss: no group named, the toll stays a bare total
    ("The toll from Monday's bombing in Kalat rose to seven on Tuesday.", ({}, 7)),
])
def test_violence3_toll_rose_to_a_named_group(text: str, killed: tuple) -> None:
    assert tallies(text)["killed"] == killed


@pytest.mark.parametrize("text, injured", [
    ("A shopkeeper was also killed, police officials said, while nine others were still under treatment.", 9),
    ("Nine others were still under treatment.", 9),
    # near miss: no count before the verb
    ("A shopkeeper was also killed and the wounded were still under treatment.", None),
])
def test_violence3_count_under_treatment_after_an_earlier_clause(text: str, injured: int | None) -> None:
    got = tallies(text).get("injured")
    assert (got[1] if got else None) == injured


@pytest.mark.parametrize("text, tactic", [
    ("A suicide car bombing hit a convoy in Bannu on Monday, killing five soldiers.", "suicide_bombing"),
    ("An attacker rammed an explosives-laden vehicle into a checkpost in Bannu on Monday, killing five "
     "soldiers.", "suicide_bombing"),
    # near miss: a parked car bomb stays an IED
    ("A car bomb parked near a checkpost went off in Bannu on Monday, killing five soldiers.", "ied"),
])
def test_violence3_suicide_vehicle_bombs_are_suicide_bombings(text: str, tactic: str) -> None:
    doc = Document(id="v", text=text, title="", published="2025-03-12")
    evs = [e.as_dict() for e in extract_events(doc, split_sentences(text)) if e.type == "attack"]
    assert evs and evs[0]["tactic"] == tactic


@pytest.mark.parametrize("text, killed, injured", [
    ("The bombing killed three soldiers and two civilians and wounded more than fifteen people.", 5, 15),
    ("The blast wounded more than twenty people.", None, 20),
    # near miss: "injured soldiers" stays an adjective, no new casualties
    ("Two injured soldiers were flown to Peshawar.", None, None),
])
def test_violence3_wounded_more_than_is_a_verb(text: str, killed: int | None, injured: int | None) -> None:
    t = tallies(text)
    assert (t["killed"][1] if "killed" in t else None, t["injured"][1] if "injured" in t else None) == (killed, injured)
