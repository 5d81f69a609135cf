""""late Saturday, a police officer said" dates the incident; an editor's update note updates the story's lead."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}


def _events(text: str, published: str = "2026-04-20") -> list:
    ex = extract(Document(id="t", text=text, published=published))
    return [e for e in ex.events if e.type in _VIOLENCE]


@pytest.mark.parametrize("when, day", [("late Saturday", "2026-04-18"), ("early on Sunday", "2026-04-19")])
def test_mentions_s7_time_of_day_before_attribution_is_the_incident_day(when: str, day: str) -> None:
    text = ("KOHAT: Authorities closed the road to the border on Monday, two days after deadly clashes. "
            f"Three policemen were killed when gunmen fired rockets at a police post in Kohat district {when}, "
            "a senior police officer in Kohat said, raising the toll given a day earlier.")
    assert [e.date for e in _events(text)] == [day]


def test_mentions_s7_plain_day_before_attribution_unchanged() -> None:
    # near miss: "on Sunday, officials said" with no time of day keeps the reading it had (the statement's day)
    text = "KOHAT: Three policemen were killed in an attack on a post in Kohat district, officials said late Sunday."
    assert [e.date for e in _events(text)] == ["2026-04-19"]


def test_mentions_s7_update_note_goes_to_the_lead_not_the_last_incident() -> None:
    text = ("QUETTA: Gunmen shot dead five labourers near a construction site in Kalat district on Sunday, officials said. "
            "A day earlier, a bomb wounded three people at a market in Turbat, in Kech district. "
            "This story has been updated to include the revised toll of seven labourers killed.")
    evs = {e.admin2: e for e in _events(text)}
    assert evs["Kalat"].killed.civilians == 7
    assert evs["Kech"].killed is None or not evs["Kech"].killed.civilians


def test_mentions_s7_district_update_is_no_note() -> None:
    # near miss: a toll update naming the second incident's district stays with that incident
    text = ("QUETTA: Gunmen shot dead five labourers near a construction site in Kalat district on Sunday, officials said. "
            "A day earlier, a bomb killed two people at a market in Turbat, in Kech district. "
            "In Kech, the toll rose to four on Monday after two of the wounded died.")
    evs = {e.admin2: e for e in _events(text)}
    assert evs["Kalat"].killed.civilians == 5


def test_mentions_s7_late_death_in_update_is_not_the_attack_day() -> None:
    # near miss: a late day on which the wounded died (no "killed when ...") is no day of the attack
    text = ("KOHAT: Gunmen killed three policemen at a post in Kohat district on Saturday. "
            "Two of the wounded died in hospital late Monday, raising the toll to five, police said.")
    assert [e.date for e in _events(text, "2026-04-21")] == ["2026-04-18"]


def test_mentions_s7_more_dead_told_next_day_stay_with_the_incident() -> None:
    text = ("BANNU: Five soldiers were killed when a suicide bomber hit a camp in Bannu district late on Friday, officials "
            "said. Three more attackers were shot dead by troops in the exchange of fire, the military said in a "
            "statement on Saturday.")
    evs = _events(text, "2026-03-14")
    assert len(evs) == 1 and evs[0].date == "2026-03-13"


def test_mentions_s7_other_toll_next_day_is_no_added_figure() -> None:
    # near miss: no "N more": another toll stated on another day keeps splitting as before
    text = ("BANNU: Five soldiers were killed when a suicide bomber hit a camp in Bannu district late on Friday, officials "
            "said. Militants killed two policemen at a checkpoint, police said in a statement on Saturday.")
    assert len(_events(text, "2026-03-14")) == 2


def test_mentions_s7_wounded_dying_late_never_moves_the_attack_day() -> None:
    # near miss: "when ..." names the attack, but the late day is the day the wounded died
    text = ("HANGU: Militants killed two levies men at a checkpost in Hangu district on Saturday, officials said. "
            "Three levies men who were hurt when the militants raided the checkpost died of their injuries late "
            "Monday, taking the toll to five.")
    assert [e.date for e in _events(text, "2026-04-21")] == ["2026-04-18"]


@pytest.mark.parametrize("note", [
    # a sentence opening "Updated ..." is no editor's note, and a count over the year is no toll update
    "Updated provincial figures show the number of policemen killed climbed to 96 this year.",
    "Update: the number of policemen killed in the province rose to 96 this year, the report said.",
])
def test_mentions_s7_year_statistic_is_no_update_of_the_lead(note: str) -> None:
    text = ("LAKKI MARWAT: Gunmen killed two policemen at a checkpost in Lakki Marwat district on Sunday, police said. "
            f"{note}")
    evs = [e for e in _events(text) if e.admin2 == "Lakki Marwat"]
    assert [e.killed.security_forces for e in evs] == [2]


@pytest.mark.parametrize("note", ["Update: the toll rose to four on Monday.", "UPDATE (6pm): the toll rose to four."])
def test_mentions_s7_real_update_note_updates_the_lead(note: str) -> None:
    text = ("LAKKI MARWAT: Gunmen killed two policemen at a checkpost in Lakki Marwat district on Sunday, police said. "
            "A day earlier, a bomb wounded three people at a market in Bannu. "
            f"{note}")
    evs = {e.admin2: e for e in _events(text)}
    assert evs["Lakki Marwat"].killed.security_forces == 4
