"""Session-3 typing rules for violence sentences: named Pakistani forces firing into Afghanistan, the Afghan
side's "operations" on Pakistani posts, a state's fire on a named place across the border with no figure, raids
that detain migrants, bulleted story links, round-up shares ("of the total"), and rockets fired. Our own
invented reports (published 2025-03-12, a Wednesday); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


def kinds(text: str, title: str = "") -> list[tuple[str, str | None]]:
    return sorted((e["type"], e["country"]) for e in run(text, title))


@pytest.mark.parametrize("text, expected", [
    ("Three Afghan border guards were wounded when Pakistani troops fired on their post in the Spin Boldak district "
     "of Kandahar on Monday night.", [("cross_border", "AF")]),
    # near miss: Pakistani troops firing on a hideout at home is no border clash
    ("Three militants were wounded when Pakistani troops fired on their hideout in Tank on Monday night.",
     [("attack", "PK")]),
])
def test_mentions_s3_named_pakistani_forces_fire_across(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The defence ministry of the Islamic Emirate said on Tuesday that its forces carried out retaliatory operations "
     "against Pakistani border posts in Kurram on Monday night, killing five soldiers.", ["cross_border"]),
    # near miss: an Afghan operation against militants is the Afghan state's own operation
    ("The defence ministry of the Islamic Emirate said on Tuesday that its forces carried out operations against "
     "ISKP hideouts in Kunar on Monday night, killing five militants.", ["security_operation"]),
])
def test_mentions_s3_afghan_operations_on_pakistani_posts(text: str, expected: list) -> None:
    assert [e["type"] for e in run(text)] == expected


def test_mentions_s3_state_fire_on_a_named_place_across_the_border() -> None:
    text = ("Two soldiers were martyred when Afghan forces shelled Pakistani posts in Bajaur on Monday night. "
            "Pakistani troops answered with artillery fire on Taliban positions in the Dangam district of Kunar.")
    assert kinds(text) == [("cross_border", "AF"), ("cross_border", "PK")]


def test_mentions_s3_state_fire_needs_a_place_on_the_hit_side() -> None:
    # near miss: Pakistani fire told with no Afghan place gives no second event
    text = ("Two soldiers were martyred when Afghan forces shelled Pakistani posts in Bajaur on Monday night. "
            "Pakistani troops answered with artillery fire.")
    assert kinds(text) == [("cross_border", "PK")]


@pytest.mark.parametrize("text, n", [
    ("Police in Rawalpindi detained 140 Afghans in raids on two neighbourhoods on Monday.", 0),
    ("Police rounded up at least 300 Afghan migrants in raids in Karachi on Monday.", 0),
    # near miss: suspects held in a raid are an operation
    ("Police arrested three suspected militants in raids in Rawalpindi on Monday.", 1),
])
def test_mentions_s3_raids_detaining_migrants_are_no_operation(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, n", [
    ("Two policemen were martyred in Bannu on Monday.\n\n- Militants storm police post in Tank\n- Traders protest "
     "in Kohat", 1),
    # near miss: a bulleted line that reports a toll is still an incident
    ("Two policemen were martyred in Bannu on Monday.\n\n- Three soldiers martyred in Tank on Tuesday", 2),
])
def test_mentions_s3_bulleted_story_link_is_no_incident(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, n", [
    ("Militants carried out 120 attacks in the quarter. Of the total attacks, 80 took place in Balochistan, where "
     "95 people were killed.", 0),
    # near miss: a single attack in a province with its toll is an event
    ("Militants attacked a bus in Balochistan on Monday, where nine people were killed.", 1),
])
def test_mentions_s3_share_of_the_total_is_a_round_up(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, n", [
    ("Two policemen were martyred in Bannu on Monday. Militants have often targeted police there in the past. "
     "Late on Monday, militants also fired rockets at a police station in Karak. Nobody was hurt.", 2),
    # near miss: rockets found in a raid are no attack
    ("Police found two rockets in a house in Karak on Monday.", 0),
])
def test_mentions_s3_rockets_fired_are_an_attack(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, n", [
    ("Two soldiers were killed in Bajaur on Monday. Officials said Pakistani jets may strike TTP hideouts in Kunar "
     "if attacks continue.", 1),
    # near miss: an attack that happened, with a threat told beside it, is still an event
    ("Two soldiers were killed in Bajaur on Monday. Militants attacked a police post in Tank on Monday, and "
     "officials said they could strike again.", 2),
])
def test_mentions_s3_threatened_strike_is_no_event(text: str, n: int) -> None:
    assert len(run(text)) == n
