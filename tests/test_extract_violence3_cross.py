"""Cross-border fire told from either side: a strike "inside Afghanistan" with the striking state unnamed,
mortar rounds fired by one state's forces into the other's district, and the Afghan state's forces shelling
Pakistani posts are cross_border events (not an operation or an attack); near misses keep their type.
Our own invented reports (published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, etype, perpetrator, tactic", [
    # the striking state unnamed, the strike placed inside Afghanistan
    ("Precision strikes late on Monday destroyed militant compounds inside Afghanistan's Khost province, "
     "killing eight fighters, sources said.", "cross_border", "PK_SF", "air_strike"),
    # one state's forces firing mortar rounds into the other's district
    ("Pakistani troops fired mortar rounds into Sarkano district of Kunar on Monday, wounding two "
     "farmers, local officials said.", "cross_border", "PK_SF", "shelling"),
    # the Afghan state's forces shelling Pakistani posts
    ("Border forces of the Islamic Emirate shelled Pakistani military posts near Ghulam Khan on Monday "
     "evening, officials in Kabul said.", "cross_border", "TTA", "shelling"),
    # near miss: the state's own strike on militants at home stays an operation
    ("Jets shelled militant hideouts in the Tirah valley of Khyber on Monday, killing eleven militants, "
     "security officials said.", "security_operation", "PK_SF", None),
    # near miss: militants firing mortars at a police post at home stay an attack
    ("Militants fired mortar rounds at a police station in Bannu on Monday, wounding two constables, "
     "police said.", "attack", None, None),
])
def test_violence3_state_fire_across_the_border_is_cross_border(text: str, etype: str, perpetrator: str | None,
                                                               tactic: str | None) -> None:
    evs = run(text)
    assert [e["type"] for e in evs] == [etype]
    if perpetrator:
        assert evs[0]["perpetrator"] == perpetrator
    if tactic:
        assert evs[0]["tactic"] == tactic


@pytest.mark.parametrize("text, country, admin1", [
    # the cause clause names home districts: the strike stays one event, located where it hit
    ("Pakistan carried out air strikes on militant camps inside Afghanistan's Khost province on Monday, "
     "officials said, after a series of attacks in Bannu and Lakki Marwat.", "AF", "Khost"),
    ("Pakistan carried out air strikes on militant camps inside Afghanistan's Khost province on Monday, "
     "following a wave of attacks in Bannu and Lakki Marwat, officials said.", "AF", "Khost"),
])
def test_violence3_strike_after_a_series_of_attacks_is_not_a_round_up(text: str, country: str, admin1: str) -> None:
    evs = run(text)
    assert [(e["type"], e["country"], e["admin1"]) for e in evs] == [("cross_border", country, admin1)]


def test_violence3_series_of_attacks_without_a_strike_stays_a_round_up() -> None:
    # near miss: a round-up sentence with no strike of its own makes no event per district
    evs = run("Police said a series of attacks in Bannu and Lakki Marwat had killed many people this year.")
    assert evs == []


def test_violence3_exchange_with_dead_in_afghanistan_is_pakistans_fire() -> None:
    evs = run("Two civilians were killed in Dand-e-Patan district of Paktia on Saturday when Pakistani and Afghan "
              "forces clashed along the border, a provincial spokesman said. He said Pakistani mortar "
              "shells had hit a school.", published="2025-03-16")
    assert [(e["type"], e["country"], e["perpetrator"], e["tactic"]) for e in evs] == [
        ("cross_border", "AF", "PK_SF", "shelling")]


@pytest.mark.parametrize("tail, day", [
    # a later remark dated by its own speech verb does not move the other side's account
    (" By Monday morning the area was calm, residents said.", "2025-03-15"),
    # near miss: the other side's account itself dated by its statement keeps that day
    ("", "2025-03-15"),
])
def test_violence3_other_sides_account_keeps_the_day_told(tail: str, day: str) -> None:
    evs = run("Three civilians were killed in Spin Boldak district on Saturday when Afghan forces and Pakistani "
              "troops clashed, a Kandahar spokesman said. Pakistani officials in Chaman gave a different account, "
              "saying Afghan forces fired first and that two FC men were wounded." + tail, published="2025-03-17")
    pk = [e for e in evs if e["country"] == "PK"]
    assert pk and pk[0]["date"] == day


@pytest.mark.parametrize("second, admin2", [
    ("The camps hit were in Spera district, the sources added.", "Spera"),
    # near miss: a district of another province is not where the strike hit
    ("The militants had earlier attacked posts in Bannu district, the sources added.", None),
])
def test_violence3_strike_in_a_province_takes_its_district_named_next(second: str, admin2: str | None) -> None:
    evs = run("Pakistan carried out air strikes on militant camps inside Afghanistan's Khost province on Monday "
              "night, security sources said. " + second)
    cb = [e for e in evs if e["type"] == "cross_border"]
    assert cb and cb[0]["admin1"] == "Khost" and cb[0]["admin2"] == admin2


@pytest.mark.parametrize("text, cross", [
    # a dated air strike named in passing, in an Afghan district, no state named: Pakistan's strike
    ("Trade slumped after the March 3 air strikes in Spera district of Khost, officials said.", True),
    # near misses: an air strike the Taliban say they carried out is not Pakistan's; one in a Pakistani
    # district is not cross-border
    ("The Taliban defence ministry said its aircraft struck ISKP hideouts in Spera district of Khost on March 3.",
     False),
    ("Trade slumped after the March 3 air strikes in Datta Khel, North Waziristan, officials said.", False),
])
def test_violence3_unnamed_air_strike_on_afghan_soil(text: str, cross: bool) -> None:
    evs = run(text)
    assert len(evs) == 1
    assert (evs[0]["type"] == "cross_border" and evs[0]["perpetrator"] == "PK_SF") == cross
