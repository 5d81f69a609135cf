"""Incidents named in passing and non-events on unseen text: a defused device is no attack, but the
dated incident it follows ("days after Saturday's bombing near X") is one; a protest over "Friday
night's firing by Afghan forces on Pakistani posts in X" names a cross-border event; a crossing
"closed after clashes" tells the closure's cause, not a clash; detaining undocumented migrants in
raids is a deportation drive. Our own invented reports; real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday, a bomb disposal team defused a device planted near a bridge in Sibi, days after Sunday's "
     "bombing in the same area. No one was hurt.", [("attack", "2025-03-09", "Sibi")]),
    # near miss: a defused device alone is no attack
    ("On Tuesday, a bomb disposal team defused a device planted near a bridge in Sibi. No one was hurt.", []),
])
def test_violence_defused_device_and_the_incident_it_follows(text: str, expected: list) -> None:
    assert [(e["type"], e["date"], e["admin2"]) for e in run(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Foreign Office on Tuesday summoned the Afghan envoy and lodged a protest over Sunday night's "
     "firing by Afghan forces on Pakistani posts in Bajaur.", [("cross_border", "2025-03-09", "Bajaur", "TTA")]),
    # near miss: a protest with no dated incident reports no violence
    ("The Foreign Office on Tuesday summoned the Afghan envoy and lodged a protest over repeated firing on "
     "Pakistani posts in Bajaur.", []),
])
def test_violence_incident_named_in_a_protest(text: str, expected: list) -> None:
    assert [(e["type"], e["date"], e["admin2"], e["perpetrator"]) for e in run(text)] == expected


@pytest.mark.parametrize("text, n", [
    ("The Chaman crossing was closed on March 2 after clashes between Pakistani and Afghan border forces.", 0),
    # near miss: a clash with casualties is an event even when a closure follows
    ("Two soldiers were killed on March 2 in clashes between Pakistani and Afghan border forces in Chaman, "
     "after which the crossing was closed.", 1),
])
def test_violence_closure_cause_is_no_clash(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, n", [
    ("Police detained 250 undocumented Afghan nationals in raids in Quetta on Monday.", 0),
    # near miss: suspects held in a raid are an operation
    ("Police arrested five suspects in a raid in Quetta on Monday.", 1),
])
def test_violence_migrant_detentions_are_no_operation(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, perpetrators", [
    ("TANK: Two soldiers were killed when militants attacked a post in Tank on Monday night. On January 4 this "
     "year, militants stormed a police station in the district, killing two policemen. The attack on the post "
     "has not been claimed, but officials suspected fighters loyal to Hafiz Gul Bahadur.",
     [("2025-03-10", "HGB"), ("2025-01-04", None)]),
    # near miss: a claim told right after the older incident, with no "the attack" back-reference, stays with it
    ("TANK: Two soldiers were killed when militants attacked a post in Tank on Monday night. On January 4 this "
     "year, militants stormed a police station in the district, killing two policemen. Officials blamed "
     "fighters loyal to Hafiz Gul Bahadur for that raid.",
     [("2025-03-10", None), ("2025-01-04", "HGB")]),
])
def test_violence_the_attack_after_an_older_incident_is_the_lead(text: str, perpetrators: list) -> None:
    assert [(e["date"], e["perpetrator"]) for e in run(text)] == perpetrators
