"""Numbered report items ("1.", "2.") each tell their own incident; "During the operation" stays with the operation."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    ex = extract(Document(id="t", text=text, published="2026-02-11"))
    return sorted((e.type, e.date, e.admin2) for e in ex.events if e.type in _VIOLENCE)


_SHEET = ("DISTRICT POLICE OFFICE\nDAILY CRIME SHEET\n\n"
          "1. PS City (District Kohat) - Firing on police\n"
          "On 09.02.2026 at 2100 hrs, unknown gunmen opened fire on a police patrol near the fruit market. "
          "One constable was killed and another injured. FIR registered.\n\n"
          "2. PS Saddar (District Kohat) - Grenade attack\n"
          "At 0230 hrs on 10.02.2026, miscreants hurled a hand grenade at the house of a shopkeeper. "
          "Two children were wounded. Case registered.\n\n"
          "3. PS Saddar (District Karak) - Encounter\n"
          "On 08.02.2026, police raided a hideout on a tip-off. The suspects opened fire. "
          "Two militants were killed in the exchange of fire.\n")


def test_segment_s7_each_numbered_item_is_its_own_incident() -> None:
    got = _events(_SHEET)
    assert ("attack", "2026-02-09", "Kohat") in got
    assert ("attack", "2026-02-10", "Kohat") in got
    assert ("security_operation", "2026-02-08", "Karak") in got
    assert len(got) == 3


@pytest.mark.parametrize("text", [
    # numbers inside sentences, or a list that is not 1, 2 in order: no items, one incident told as before
    "PESHAWAR: Gunmen killed 3 policemen in Bannu on Monday. 2 others were wounded, police said. "
    "The attackers fled. 5 suspects were later detained.",
    "BANNU: 2. Militants attacked a police post on Monday, killing two constables. "
    "4. One attacker was also killed in the firing, police said.",
])
def test_segment_s7_numbers_that_are_no_item_list_do_not_split(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize("opening", ["During the operation", "In the course of the raid", "During this search operation"])
def test_segment_s7_during_the_operation_stays_with_it(opening: str) -> None:
    text = (f"BANNU: Police and CTD conducted an operation in Domel on Monday on a tip-off about militants. "
            f"{opening} the militants opened fire; in retaliation three militants were killed, while a constable "
            f"received bullet injuries.")
    got = _events(text)
    assert [t for t, _, _ in got] == ["security_operation"]


def test_segment_s7_attack_after_an_operation_is_not_pulled_in() -> None:
    # near miss: an attack told after an operation, not from inside it, stays an attack of its own
    text = ("BANNU: Police conducted an operation in Domel on Monday, arresting four suspects. "
            "On Wednesday, militants attacked a checkpost in Lakki Marwat, killing two policemen.")
    assert "attack" in [t for t, _, _ in _events(text)]


def test_segment_s7_item_day_not_taken_from_another_matter() -> None:
    # near miss: inside one item, a crossing's reopening day is no day of the operation told after it
    text = ("WEEKLY NOTES\n\n1. Blast in Kohat\nA bomb wounded three people in Kohat on Monday.\n\n"
            "2. Border and operations\nThe Torkham crossing reopened to trucks on Thursday after a week. "
            "Traders were relieved. Troops killed four militants in an operation in Kech district on Tuesday, "
            "the military said.\n")
    got = _events(text)
    assert ("security_operation", "2026-02-10", "Kech") in got


@pytest.mark.parametrize("second", [
    "One suspect was killed when he detonated a grenade as officers entered the house, police said.",
    "Two militants blew themselves up as the troops stormed the compound.",
])
def test_segment_s7_death_as_the_raid_went_in_is_the_operation(second: str) -> None:
    text = f"PESHAWAR: Police arrested four suspected militants in a night raid in Peshawar on Monday, officials said. {second}"
    assert [t for t, _, _ in _events(text)] == ["security_operation"]


def test_segment_s7_attack_while_troops_entered_elsewhere_is_not_the_raid_without_an_operation() -> None:
    # near miss: with no operation told before, "as police entered the bazaar" does not make an attack an operation
    text = "PESHAWAR: A bomb killed three people as police entered the bazaar in Peshawar on Monday, officials said."
    assert [t for t, _, _ in _events(text)] == ["attack"]


@pytest.mark.parametrize("second", [
    # an attack of its own while forces moved somewhere other than the raided site: not the raid's own moment
    "Later that day, a suicide bomber blew himself up as soldiers entered the vegetable market in Peshawar, killing "
    "four soldiers and a shopkeeper.",
    "Gunmen opened fire on a police patrol as officers approached a picket in Peshawar on Monday night, killing a constable.",
])
def test_segment_s7_attack_as_forces_moved_elsewhere_stays_an_attack(second: str) -> None:
    text = f"PESHAWAR: Police arrested four suspected militants in a night raid in Peshawar on Monday, officials said. {second}"
    assert "attack" in [t for t, _, _ in _events(text)]
