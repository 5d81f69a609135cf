"""Victim counts from list and apposition forms: "X, one of the four policemen shot", "engineers of a firm and
their driver", "a constable posted at the gate", "all four", "citizens", "blown to pieces"."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


@pytest.mark.parametrize("text, group, count", [
    ("Lance Naik Gul Nawaz, one of the five soldiers martyred in Sunday's ambush near Mir Ali, was buried in his home "
     "town of Kohat on Tuesday.", "security_forces", 5),
    ("Constable Rafiq Ahmed, among the four policemen killed in the raid on the checkpost in Tank on Monday, was "
     "buried on Tuesday.", "security_forces", 4),
    ("In Lakki Marwat on Monday, a police constable posted at the gate of the district courts was shot dead by "
     "gunmen.", "security_forces", 1),
    ("Three Pakistani citizens died when gunmen fired on a pickup in Chaman on Saturday.", "civilians", 3),
    ("A suicide bomber hit a checkpost in Tank on Monday, killing three policemen. Police said the bomber's body was "
     "blown to pieces.", "militants", 1),
])
def test_casualties_s7_listed_victim_is_counted(text: str, group: str, count: int) -> None:
    (e,) = _violence(text)
    assert getattr(e.killed, group) == count


@pytest.mark.parametrize("text, group, count", [
    # "one of them" names one of the count, it adds no one
    ("Three soldiers, one of them a major, were martyred when militants raided a post in Khyber on Monday.",
     "security_forces", 3),
    # a duty phrase does not reach across a speech verb to other victims
    ("In Lakki Marwat on Monday, a constable posted at the court said three passers-by were shot dead by gunmen.",
     "civilians", 3),
])
def test_casualties_s7_listed_near_miss_keeps_the_count(text: str, group: str, count: int) -> None:
    (e,) = _violence(text)
    assert getattr(e.killed, group) == count
    assert e.killed.total() == count


@pytest.mark.parametrize("text, abducted", [
    ("Three engineers of a private road construction company and their driver were kidnapped by armed men in Kurram "
     "district on Monday.", 4),
    # the driver is in another clause and was not taken
    ("Three engineers of the firm were kidnapped by armed men in Kurram district on Monday, and their driver ran "
     "away.", 3),
])
def test_casualties_s7_employer_phrase_keeps_the_list(text: str, abducted: int) -> None:
    (e,) = _violence(text)
    assert e.abducted == abducted


def test_casualties_s7_blown_thing_is_no_death() -> None:
    # a thing blown to pieces is no victim
    (e,) = _violence("A rickshaw was blown to pieces when a bomb exploded beside a police mobile in Tank on Monday, "
                     "wounding two constables.")
    assert not e.killed.total()
    assert e.injured == 2


@pytest.mark.parametrize("text", [
    # the owner is named only as whose thing it was: the thing was destroyed, the person lived
    "Officials said the shopkeeper's kiosk was blown to pieces in the blast in Tank on Monday, but he was unhurt.",
    "A blast in Tank on Monday wrecked a checkpost; the guard's motorcycle was blown to pieces.",
])
def test_casualties_s7_owners_thing_blown_is_no_death(text: str) -> None:
    assert all(not e.killed.total() for e in _violence(text))


def test_casualties_s7_protesting_citizens_are_no_event() -> None:
    assert _violence("Scores of citizens rallied in Quetta on Sunday against power cuts.") == []


@pytest.mark.parametrize("text", [
    # hurt by the police breaking up a rally: no militant attack
    "Traders in Quetta said on Sunday that three citizens were hurt when police baton-charged them at a market.",
    "Police fired tear gas at a crowd in Chaman on Sunday, and four citizens were injured, witnesses said.",
])
def test_casualties_s7_citizens_hurt_by_police_are_no_event(text: str) -> None:
    assert _violence(text) == []


@pytest.mark.parametrize("text, civilians", [
    # one victim named apart as among a count told after: one of that count, not one more
    ("A citizen of Swat was among those killed in the bombing in Mardan on Sunday, which killed six people.", 6),
    ("A schoolteacher was among the victims killed in the blast in Mardan on Sunday that killed three people.", 3),
])
def test_casualties_s7_one_among_those_killed_is_part_of_the_count(text: str, civilians: int) -> None:
    (e,) = _violence(text)
    assert (e.killed.total(), e.admin2) == (civilians, "Mardan")


@pytest.mark.parametrize("text, militants", [
    # "all four" are the four attackers named before
    ("Militants attacked a checkpost in Tank on Monday, martyring three policemen. Four terrorists tried to climb "
     "into the compound but the police engaged them and all four were sent to hell.", 4),
    # "in all" gives the total, the bomber blown to pieces among them (not added once more)
    ("A bomber drove an explosives-laden car into the gate of a Levies fort in Zhob on Monday, martyring three "
     "policemen. Two more attackers tried to get in over the rubble but both were sent to hell, while the bomber "
     "himself was blown to pieces, so three terrorists in all died.", 3),
])
def test_casualties_s7_all_n_takes_the_named_group(text: str, militants: int) -> None:
    (e,) = _violence(text)
    assert e.type == "attack"
    assert e.killed.militants == militants
    assert e.killed.security_forces == 3
