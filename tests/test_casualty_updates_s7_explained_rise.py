"""The dead of an "after ..." clause that explains a toll's rise are in the toll, not added to it."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties
from frontierwatch.extract.casualty_updates import explained_rise


def _killed(text: str) -> list[int]:
    found = explained_rise(text, 0, find_casualties(text, 0, len(text)))
    return sorted(m.value for m in found if m.kind == "killed")


@pytest.mark.parametrize("text, want", [
    ("Officials gave a revised toll of eight passengers killed, after the bodies of three of the kidnapped men "
     "were found on Tuesday.", [8]),
    ("The number of policemen killed rose to 11 after two of the wounded died in hospital.", [11]),
])
def test_casualty_updates_s7_after_clause_is_in_the_toll(text: str, want: list[int]) -> None:
    assert _killed(text) == want


@pytest.mark.parametrize("text", [
    # near misses: no toll told before "after", or the clause's figure is larger than the one before it
    "Gunmen shot dead two shopkeepers in the bazaar, after militants killed one policeman at a checkpost.",
    "The toll stood at two, after a bombing that killed five people the week before.",
])
def test_casualty_updates_s7_other_after_clauses_keep_their_dead(text: str) -> None:
    before = sorted(m.value for m in find_casualties(text, 0, len(text)) if m.kind == "killed")
    assert _killed(text) == before


@pytest.mark.parametrize("text", [
    # a new killing after the toll, a road toll plaza, or another group's dead: not the toll's own victims
    "Troops killed 15 militants in Khyber on Friday, taking the number of militants killed this month to 52, after "
    "the militants killed four soldiers in a raid in Bara.",
    "Robbers shot dead six travellers at a toll plaza near Jhelum on Friday, after which police shot dead two of the attackers.",
    "The toll from the Kohat bombing rose to nine on Saturday, after gunmen killed three more policemen in a fresh "
    "attack in Hangu.",
])
def test_casualty_updates_s7_new_killing_after_keeps_its_dead(text: str) -> None:
    before = sorted(m.value for m in find_casualties(text, 0, len(text)) if m.kind == "killed")
    assert _killed(text) == before


@pytest.mark.parametrize("text, want", [
    # "as"/"when" the wounded died: the same victims, already in the risen toll
    ("The number of miners killed climbed to eleven on Tuesday as three injured men died in hospital.", [11]),
    ("The toll rose to six when two of the wounded succumbed overnight.", [6]),
    ("The number of guards killed rose to nine after two more of the injured died.", [9]),
])
def test_casualty_updates_s7_as_the_wounded_died_is_in_the_toll(text: str, want: list[int]) -> None:
    assert _killed(text) == want


def test_casualty_updates_s7_toll_plus_dying_wounded_in_an_event() -> None:
    from frontierwatch.extract import extract
    from frontierwatch.records import Document
    text = ("Gunmen shot dead four miners at a coal mine in Harnai on Sunday. The number of miners killed rose to "
            "six on Monday as two injured men died.")
    evs = [e for e in extract(Document(id="t", text=text, published="2026-03-03")).events if e.type == "attack"]
    assert [e.killed.civilians for e in evs] == [6]
