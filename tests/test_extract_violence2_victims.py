"""Who was hit and how many: "N soldiers of the <force>" is one group, not an extra named victim;
"two other soldiers remained under treatment" are the wounded; a schoolteacher is a civilian;
"indiscriminate fire" is an armed assault. Our own invented reports (published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, killed", [
    ("Three sepoys of the Frontier Corps were martyred when gunmen attacked a post in Kalat on Monday.",
     {"security_forces": 3}),
    ("Two constables of the Elite Force lost their lives when a patrol was ambushed in Lakki Marwat on Monday.",
     {"security_forces": 2}),
    # near miss: a named victim beside the count still adds one
    ("Two policemen and Malik Sher Khan were killed when gunmen attacked a checkpoint in Tank on Monday.",
     {"security_forces": 2, "unspecified": 1}),
    # near miss: "took the lives of X and five other people" still counts the named victim
    ("A bomb in a market in Bannu on Monday took the lives of Qari Gul Rehman and five other people.",
     {"civilians": 6}),
])
def test_violence2_of_the_force_is_no_extra_victim(text: str, killed: dict) -> None:
    evs = run(text)
    assert len(evs) == 1
    assert {k: v for k, v in evs[0]["killed"].items() if v} == killed


@pytest.mark.parametrize("text, injured", [
    ("A soldier was killed when militants attacked a post in Kurram on Monday. Two other soldiers remained "
     "under treatment.", 2),
    ("A soldier was killed when militants attacked a post in Kurram on Monday. Three others are still being "
     "treated.", 3),
    ("A soldier was killed when militants attacked a post in Kurram on Monday. Four injured men remain under "
     "treatment.", 4),
    # near miss: no count before the verb, no figure
    ("A soldier was killed when militants attacked a post in Kurram on Monday. The wounded remained under "
     "treatment.", None),
])
def test_violence2_remaining_under_treatment_are_injured(text: str, injured: int | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["injured"] == injured


@pytest.mark.parametrize("text, killed", [
    ("Gunmen shot dead a schoolteacher near his home in Tank on Monday.", {"civilians": 1}),
    ("Two school teachers were killed when gunmen fired on their van in Bajaur on Monday.", {"civilians": 2}),
    # near miss: a school building hit, nobody named
    ("Militants blew up a school building in Bajaur on Monday. Nobody was hurt.", {}),
])
def test_violence2_teachers_are_civilians(text: str, killed: dict) -> None:
    evs = run(text)
    assert len(evs) == 1
    assert {k: v for k, v in evs[0]["killed"].items() if v} == killed


@pytest.mark.parametrize("text, tactic", [
    ("Two soldiers were martyred when militants opened indiscriminate fire on a post in Kurram on Monday.",
     "armed_assault"),
    ("Indiscriminate firing on a checkpoint in Tank left two constables dead on Monday.", "armed_assault"),
    # near miss: a roadside bomb stays an IED
    ("Two soldiers were martyred when a roadside bomb hit their vehicle in Kurram on Monday.", "ied"),
])
def test_violence2_indiscriminate_fire_is_armed_assault(text: str, tactic: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["tactic"] == tactic


@pytest.mark.parametrize("text, injured", [
    ("Gunmen attacked a police van in Tank on Monday, killing two constables. Three other policemen received "
     "bullet wounds.", 3),
    ("Gunmen attacked a police van in Tank on Monday. Two constables were killed while four others sustained "
     "bullet injuries.", 4),
    ("Gunmen attacked a police van in Tank on Monday, killing two constables. Five others remain hospitalised.", 5),
    # near miss: "the hospitalised constables" names no new count
    ("Gunmen attacked a police van in Tank on Monday, killing two constables. The hospitalised constables are "
     "stable.", None),
])
def test_violence2_more_ways_to_say_wounded(text: str, injured: int | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["injured"] == injured


@pytest.mark.parametrize("text, tactic, abducted", [
    ("Two engineers were whisked away by unidentified gunmen in Tank on Monday.", "kidnapping", 2),
    ("Gunmen took away three labourers from a construction site in Kech on Monday.", "kidnapping", 3),
    # near misses: a killing with an abduction stays an assault; weapons taken are no hostages
    ("Gunmen stormed a house in Kech on Monday, killed a man and took away his two sons.", "armed_assault", 2),
    ("Militants stormed a police post in Kech on Monday and took away weapons.", "armed_assault", None),
])
def test_violence2_an_abduction_alone_is_kidnapping(text: str, tactic: str, abducted: int | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["tactic"] == tactic and evs[0]["abducted"] == abducted
