"""Event types from the construction: Pakistan's fire as the killer, militants killed in an encounter, attackers
killed while forcing their way in, munition drops, and a period's round-up."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.mention_patterns import _PK_FIRE
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


def test_mentions_s7_pakistani_fire_as_killer_is_a_cross_border_strike() -> None:
    (e,) = _violence("A spokesman for the Kandahar provincial administration claimed that Pakistani fire had killed "
                     "three civilians in the Wesh area of Spin Boldak district on Saturday.")
    assert (e.type, e.country, e.perpetrator, e.killed.civilians) == ("cross_border", "AF", "PK_SF", 3)


@pytest.mark.parametrize("text, hit", [
    ("officials said Pakistani fire had killed three", True),
    ("Pakistani shelling killed two children", True),
    ("two were killed by Pakistani shelling", True),
    # Pakistan's fire named, but not as what killed
    ("Afghan forces responded to Pakistani fire and killed three", False),
    ("Pakistani firing positions were destroyed", False),
])
def test_mentions_s7_pakistani_fire_pattern(text: str, hit: bool) -> None:
    assert bool(_PK_FIRE.search(text)) is hit


def test_mentions_s7_encounter_after_an_attack_is_an_operation() -> None:
    events = _violence("Two policemen were shot dead in Paharpur on Thursday. On August 3, a CTD team killed three "
                       "terrorists in an encounter in Kulachi, police said.")
    assert sorted((e.type, e.killed.militants) for e in events) == [("attack", None), ("security_operation", 3)]


def test_mentions_s7_attackers_killed_trying_to_storm_stay_an_attack() -> None:
    # the militants struck first ("tried to storm"): no operation of the police's own
    events = _violence("Two policemen were shot dead in Paharpur on Thursday. On August 3, three terrorists who tried "
                       "to storm a post were killed in an encounter in Kulachi, police said.")
    assert [e.type for e in events] == ["attack", "attack"]


@pytest.mark.parametrize("text, types", [
    ("Gunmen attacked a police post in Bannu on Monday, martyring two policemen. Three terrorists tried to get into "
     "the post but the guards engaged them and all three were sent to hell.", ["attack"]),
    # an operation named: the militants killed in it are the operation's
    ("Gunmen attacked a police post in Bannu on Monday, martyring two policemen. Later, troops launched an operation "
     "in the hills, and three terrorists who tried to escape were sent to hell.", ["attack", "security_operation"]),
])
def test_mentions_s7_repelled_attackers_belong_to_the_attack(text: str, types: list[str]) -> None:
    assert sorted(e.type for e in _violence(text)) == types


@pytest.mark.parametrize("text, n", [
    ("On Tuesday night a quadcopter dropped a mortar shell on a police post near the university in Dera Ismail "
     "Khan. No one was hurt.", 1),
    ("Militants dropped explosives from a drone on a checkpost in North Waziristan on Sunday, police said.", 1),
    # a drone seen, nothing dropped
    ("Police said on Tuesday they had installed anti-drone systems at six posts in Dera Ismail Khan after a "
     "quadcopter was seen over the city.", 0),
])
def test_mentions_s7_munition_drop_is_an_attack(text: str, n: int) -> None:
    events = _violence(text)
    assert len(events) == n
    assert all(e.type == "attack" for e in events)


@pytest.mark.parametrize("text, n", [
    ("According to the think tank, militant attacks in the first ten months of the year rose by a quarter, and "
     "1,900 people lost their lives in them.", 0),
    ("Attacks over the same period of last year killed 1,400 people, the report said.", 0),
    ("Nine people lost their lives in a militant attack in Bannu on Monday.", 1),
])
def test_mentions_s7_period_round_up_is_no_event(text: str, n: int) -> None:
    assert len(_violence(text)) == n
