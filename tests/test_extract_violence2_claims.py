"""Who claimed it: "X, a TTP faction, claimed the attack" names X, not the parent group; "said its men had
carried out the raid" is a claim; a place where some of the wounded are treated ("four of them in X") is no
second scene. Our own invented reports (published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, claimed", [
    ("A grenade hit a police post in Mohmand on Monday, wounding two constables. Jamaat-ul-Ahrar, a TTP "
     "faction, claimed the attack.", "JuA"),
    ("A grenade hit a police post in Mohmand on Monday, wounding two constables. Jamaat-ul-Ahrar (a TTP "
     "splinter group) claimed the attack.", "JuA"),
    # near miss: two groups side by side, the one nearest the claim wins as before
    ("A grenade hit a police post in Mohmand on Monday, wounding two constables. Officials blamed the TTP, "
     "but Jamaat-ul-Ahrar claimed the attack.", "JuA"),
])
def test_violence2_apposed_parent_group_is_not_the_claimant(text: str, claimed: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["claimed_by"] == claimed


@pytest.mark.parametrize("text, claimed", [
    ("Militants stormed a police station in Tank on Monday night, killing three policemen. The TTP, in a "
     "post online, said its men had carried out the raid.", "TTP"),
    ("Militants stormed a police station in Tank on Monday night, killing three policemen. The TTP said "
     "its men carried out the assault.", "TTP"),
    # near miss: the group only comments, no claim
    ("Militants stormed a police station in Tank on Monday night, killing three policemen. The TTP said "
     "its men were not involved.", None),
])
def test_violence2_its_men_carried_out_is_a_claim(text: str, claimed: str | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["claimed_by"] == claimed


@pytest.mark.parametrize("text, districts, injured", [
    ("Militants attacked a police station in Tank on Monday night, killing two policemen. Nine people are still "
     "being treated for wounds, three of them in Peshawar.", ["Tank"], 9),
    ("Militants attacked a police station in Tank on Monday night, killing two policemen. Nine people were "
     "admitted to hospitals, three of them in Peshawar.", ["Tank"], None),
    # near miss: a separate blast in another district stays its own event
    ("Militants attacked a police station in Tank on Monday night, killing two policemen. On Tuesday a bomb "
     "in Peshawar wounded three people.", ["Tank", "Peshawar"], None),
])
def test_violence2_where_the_wounded_lie_is_no_scene(text: str, districts: list[str], injured: int | None) -> None:
    evs = run(text)
    assert [e["admin2"] for e in evs] == districts
    assert evs[0]["injured"] == injured


@pytest.mark.parametrize("text, claimed", [
    ("The Jamaat-ul-Ahrar faction of the TTP claimed the grenade attack on a police post in Mohmand on Monday "
     "that wounded two constables.", "JuA"),
    ("A soldier was martyred in an attack on a post in Mohmand on Monday. Hafiz Gul Bahadur group, an ally of "
     "the TTP, claimed the attack.", "HGB"),
    # near miss: a second group told in its own clause is no apposition; the one nearest the claim wins
    ("A soldier was martyred in an attack on a post in Mohmand on Monday. Police blamed the TTP, an outlawed "
     "group, while ISKP claimed the attack.", "ISKP"),
])
def test_violence2_faction_of_a_parent_group_is_the_claimant(text: str, claimed: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["claimed_by"] == claimed


@pytest.mark.parametrize("text, claimed", [
    ("Two soldiers were martyred when militants ambushed a convoy in Kech on Monday. A BLA spokesman said the "
     "group's fighters had targeted the convoy.", "BLA"),
    ("Two soldiers were martyred when militants ambushed a convoy in Kech on Monday. In a statement, the "
     "Balochistan Liberation Front said its cadres had attacked the convoy.", "BLF"),
    # near miss: a group that only comments claims nothing
    ("Two soldiers were martyred when militants ambushed a convoy in Kech on Monday. A BLA spokesman said the "
     "group had no information about the ambush.", None),
])
def test_violence2_the_groups_own_fighters_is_a_claim(text: str, claimed: str | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["claimed_by"] == claimed
