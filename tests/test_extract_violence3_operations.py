"""Arrests of militants in a named district are an operation even without "raid" or "operation"; not a
period's round-up, a deportation drive, or the detail of an operation already told there. Our own invented
reports (published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, admin, arrested", [
    ("The CTD said on Tuesday it had arrested four suspects in Mardan and recovered a pistol.", "Mardan", 4),
    ("Two suspects were taken into custody in Charsadda on Monday, police said.", "Charsadda", 2),
    ("Officials said three facilitators of terrorists were apprehended in Kohat on Sunday.", "Kohat", 3),
])
def test_violence3_arrests_of_militants_in_a_district_are_an_operation(text: str, admin: str, arrested: int) -> None:
    evs = run(text)
    assert [(e["type"], e["admin2"], e["arrested"]) for e in evs] == [("security_operation", admin, arrested)]


@pytest.mark.parametrize("text", [
    # a period's round-up
    "The CTD said it had arrested 310 suspects in Mardan over the past six months.",
    # a deportation drive, not militants
    "Police detained 40 undocumented Afghan nationals in Mardan on Monday.",
])
def test_violence3_round_ups_and_migrant_detentions_are_no_operation(text: str) -> None:
    assert run(text) == []


def test_violence3_arrest_detail_of_a_told_operation_is_not_a_second_event() -> None:
    evs = run("Security forces conducted an intelligence-based operation in Mardan on Monday, killing two "
              "militants. In Mardan, the team also arrested three suspects on Monday.")
    assert [e["type"] for e in evs] == ["security_operation"]


@pytest.mark.parametrize("text, n", [
    # the group's claim denied outright by the police: no event
    ("The group said it had blown up a power pylon in Kech, but police in Kech said no such incident had "
     "taken place.", 0),
    # an older bombing named only as background
    ("Police said the cell arrested in Quetta was linked to a bombing in Mastung earlier in the year.", 0),
    # near miss: a real blast the police confirm stays an event
    ("A bomb destroyed a power pylon in Kech on Monday night, police said.", 1),
])
def test_violence3_denied_or_background_bombings_are_no_event(text: str, n: int) -> None:
    assert len([e for e in run(text) if e["type"] == "attack"]) == n


@pytest.mark.parametrize("text, n", [
    # a city abroad is not the scene of generic "attacks"
    ("On Wednesday the two sides agreed to study complaints of attacks and to meet again in Istanbul.", 0),
    # near miss: an attack in a named district on a named day stays an event
    ("On Wednesday militants attacked a police post in Tank.", 1),
])
def test_violence3_generic_attacks_abroad_are_no_event(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, types", [
    # the earlier incident told after "came a day after" is typed by its own verb
    ("Security forces raided a hideout in Tirah, Khyber on Wednesday, killing four militants. The operation "
     "came a day after gunmen attacked a police post in Bara, killing three constables on Tuesday.",
     ["security_operation", "attack"]),
    # near miss: an operation named only as the subject, nothing told after "after": no attack made up
    ("Security forces raided a hideout in Tirah, Khyber on Wednesday, killing four militants. The operation "
     "came a day after talks with local elders.", ["security_operation"]),
])
def test_violence3_incident_after_came_a_day_after_keeps_its_own_type(text: str, types: list[str]) -> None:
    assert sorted(e["type"] for e in run(text)) == sorted(types)
