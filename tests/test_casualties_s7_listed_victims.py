"""Victim counts from list and apposition forms: "X, one of the seven soldiers", "engineers of a firm and their
driver", "a constable deployed for ...", "all three", "citizens", "blown to pieces"."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


@pytest.mark.parametrize("text, group, count", [
    ("Sepoy Akbar Khan, one of the seven soldiers martyred in Monday's suicide bombing in Bannu, was laid to rest in "
     "his village in Karak on Tuesday.", "security_forces", 7),
    ("Constable Gul Zaman, among the three policemen killed in the ambush in Lakki Marwat on Monday, was buried on "
     "Tuesday.", "security_forces", 3),
    ("In Kulachi on Monday, a police constable deployed for the security of a polio vaccination team was shot dead "
     "by gunmen.", "security_forces", 1),
    ("Two Pakistani citizens were killed when gunmen opened fire on a van in Chaman on Saturday.", "civilians", 2),
    ("A suicide bomber struck a police van in Bannu on Monday, killing two policemen. The bomber's body was blown "
     "to pieces.", "militants", 1),
])
def test_casualties_s7_listed_victim_is_counted(text: str, group: str, count: int) -> None:
    (e,) = _violence(text)
    assert getattr(e.killed, group) == count


@pytest.mark.parametrize("text, group, count", [
    # "one of them" names one of the count, it adds no one
    ("Two soldiers, one of them a captain, were martyred when militants attacked a checkpost in Bannu on Monday.",
     "security_forces", 2),
    # a duty phrase does not reach across a speech verb to other victims
    ("In Kulachi on Monday, a constable deployed at the gate said two civilians were shot dead by gunmen.",
     "civilians", 2),
])
def test_casualties_s7_listed_near_miss_keeps_the_count(text: str, group: str, count: int) -> None:
    (e,) = _violence(text)
    assert getattr(e.killed, group) == count
    assert e.killed.total() == count


@pytest.mark.parametrize("text, abducted", [
    ("Two engineers of a private mobile phone company and their driver were abducted by gunmen in Orakzai district "
     "on Monday.", 3),
    # the driver is in another clause and was not taken
    ("Two engineers of the company were abducted by gunmen in Orakzai district on Monday, and their driver escaped.", 2),
])
def test_casualties_s7_employer_phrase_keeps_the_list(text: str, abducted: int) -> None:
    (e,) = _violence(text)
    assert e.abducted == abducted


def test_casualties_s7_blown_thing_is_no_death() -> None:
    # a thing blown to pieces is no victim
    (e,) = _violence("A parked car was blown to pieces when a bomb went off near a police van in Bannu on Monday, "
                     "injuring two policemen.")
    assert not e.killed.total()
    assert e.injured == 2


def test_casualties_s7_protesting_citizens_are_no_event() -> None:
    assert _violence("Hundreds of citizens protested in Chaman on Saturday against the closure of the border.") == []


@pytest.mark.parametrize("text, militants", [
    # "all three" are the three attackers named before
    ("Gunmen attacked a police post in Bannu on Monday, martyring six policemen. Three terrorists tried to get into "
     "the post but the guards engaged them and all three were sent to hell.", 3),
    # "in all" gives the total, the bomber blown to pieces among them (not added once more)
    ("Militants rammed an explosives-laden vehicle into the wall of a Frontier Corps camp in Bannu on Monday, "
     "martyring six soldiers. Right after the blast, three more terrorists tried to get in through the breach but "
     "all three were sent to hell, while the bomber himself was blown to pieces, so four terrorists in all died.", 4),
])
def test_casualties_s7_all_n_takes_the_named_group(text: str, militants: int) -> None:
    (e,) = _violence(text)
    assert e.type == "attack"
    assert e.killed.militants == militants
    assert e.killed.security_forces == 6
