"""Where, whom and how on unseen text: a road named after towns places the attack in the first
town's district, a hospital where a victim died is no scene, Levies are security forces, a
passenger train's victims are civilians, a state's mortar shells on the other's soil are
shelling, and one state's forces firing back on the other's posts is a cross-border event.
Our own invented reports; real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, admin2", [
    ("TURBAT: Gunmen shot dead two labourers in Kech on Monday. Earlier on Tuesday, a Levies sepoy was "
     "killed when a bomb went off on the Khuzdar-Karachi highway, officials said.", ["Kech", "Khuzdar"]),
    # near miss: a district named in the sentence beats the road's towns
    ("A bomb went off on the Bannu-Miranshah road in Bannu district on Monday, killing a soldier.", ["Bannu"]),
])
def test_violence_road_named_after_towns_gives_the_district(text: str, admin2: list) -> None:
    assert [e["admin2"] for e in run(text)] == admin2


@pytest.mark.parametrize("text, events", [
    ("Gunmen killed two policemen in Lakki Marwat on Tuesday. The toll rose to three on Wednesday when a wounded "
     "constable died at a Peshawar hospital.", [("Lakki Marwat", {"security_forces": 3})]),
    ("Gunmen killed two policemen in Lakki Marwat on Tuesday. A wounded constable died on Wednesday at "
     "Peshawar's Lady Reading Hospital, raising the toll to three.", [("Lakki Marwat", {"security_forces": 3})]),
])
def test_violence_death_in_hospital_updates_the_toll(text: str, events: list) -> None:
    assert [(e["admin2"], e["killed"]) for e in run(text)] == events


@pytest.mark.parametrize("text, target, tactic", [
    ("A Levies constable was killed when a bomb went off next to his vehicle in Kalat on Monday.",
     "security_forces", "ied"),
    ("Six people were killed when a bomb planted on the track went off under a passenger train near Sibi on "
     "Monday.", "civilians", "ied"),
    # near miss: a policeman is police
    ("A police constable was shot dead in Quetta on Monday.", "police", "targeted_killing"),
])
def test_violence_target_and_tactic(text: str, target: str, tactic: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and (evs[0]["target"], evs[0]["tactic"]) == (target, tactic)


def test_violence_both_directions_of_a_border_clash() -> None:
    text = ("KABUL - The defence ministry said on Saturday that Pakistani forces had fired mortar shells into "
            "the Khost province late on Friday, killing two civilians. The ministry said Afghan border forces "
            "had responded by returning fire on Pakistani military posts in the Kurram area.")
    evs = sorted((e["country"], e["perpetrator"], e["tactic"], e["date"]) for e in run(text))
    assert evs == [("AF", "PK_SF", "shelling", "2025-03-07"), ("PK", "TTA", None, "2025-03-07")]


def test_violence_return_fire_without_two_states_is_no_clash() -> None:
    # near miss: police returning fire on militants is part of the attack, not a border clash
    evs = run("Militants attacked a police post in Bannu on Monday and policemen returned fire, killing one attacker.")
    assert [e["type"] for e in evs] == ["attack"]


@pytest.mark.parametrize("text, n", [
    ("The Afghan defence ministry claimed that four civilians had been killed in Khost by Pakistani fire on "
     "Monday.", 1),
    # near miss: a side's claim about the other side's fighters is not counted
    ("The group claimed that dozens of soldiers had been killed in Khost on Monday.", 0),
])
def test_violence_claimed_civilian_deaths_by_the_other_state(text: str, n: int) -> None:
    evs = [e for e in run(text) if e["type"] == "cross_border"]
    assert len(evs) == n
    if n:
        assert evs[0]["killed"] == {"civilians": 4} and evs[0]["perpetrator"] == "PK_SF"


@pytest.mark.parametrize("text, admin2", [
    # where the victims came from is no scene
    ("QUETTA: Three engineers were killed when a bomb went off near their vehicle in Quetta on Monday. The "
     "engineers had just arrived from Lahore.", "Quetta"),
    # near miss: a convoy travelling between two towns keeps the town it left as the scene's district
    ("Gunmen opened fire on a convoy travelling from Bannu to Peshawar on Monday, killing two guards.", "Bannu"),
])
def test_violence_origin_of_victims_is_no_scene(text: str, admin2: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["admin2"] == admin2


@pytest.mark.parametrize("text, admin2", [
    ("KARACHI: Two guards were killed when gunmen attacked a bank van near Jinnah International Airport on "
     "Monday, said the Senior Superintendent of Police Malir.", "Malir Karachi"),
    # near miss: a district named as the scene beats an officer's title elsewhere
    ("KARACHI: Two guards were killed when gunmen attacked a bank van in Korangi on Monday, said the "
     "Senior Superintendent of Police Malir.", "Korangi Karachi"),
])
def test_violence_officer_title_gives_the_district_when_nothing_else_does(text: str, admin2: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["admin2"] == admin2


def test_violence_strike_across_the_border_and_the_retaliation() -> None:
    text = ("Pakistani jets struck suspected militant hideouts in Afghanistan's Khost province on Monday night, "
            "killing six people, the Taliban said. The Afghan defence ministry said its forces retaliated by "
            "firing on Pakistani border posts in North Waziristan.")
    evs = sorted((e["country"], e["admin1"], e["admin2"], e["perpetrator"]) for e in run(text))
    assert evs == [("AF", "Khost", None, "PK_SF"), ("PK", "Khyber Pakhtunkhwa", "North Waziristan", "TTA")]


@pytest.mark.parametrize("text, tactic, target", [
    ("A grenade attack on a police station in Lakki Marwat wounded two constables on Sunday.", "grenade", "police"),
    # near miss: firing and grenades together are an armed assault
    ("Gunmen opened fire and hurled grenades at a police station in Lakki Marwat on Sunday, wounding two "
     "constables.", "armed_assault", "police"),
    # a convoy under police escort is not aimed at the police
    ("Gunmen ambushed a convoy of passenger vans under police escort in Kurram on Saturday, killing nine "
     "passengers.", "armed_assault", "civilians"),
])
def test_violence_grenade_and_escort(text: str, tactic: str, target: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and (evs[0]["tactic"], evs[0]["target"]) == (tactic, target)


@pytest.mark.parametrize("text, etype", [
    ("Counter-terrorism police arrested two suspects and killed one in a shootout in Karachi's Orangi Town on "
     "Tuesday.", "security_operation"),
    # near miss: a gun attack with no encounter word stays an attack
    ("Gunmen killed one man and wounded two in Karachi's Orangi Town on Tuesday.", "attack"),
])
def test_violence_shootout_is_an_operation(text: str, etype: str) -> None:
    assert [e["type"] for e in run(text)] == [etype]


@pytest.mark.parametrize("text, tactic", [
    ("The toll from Sunday's bombing of a passenger bus near Sibi rose to six on Monday.", "ied"),
    # near miss: a named suicide bombing stays one
    ("The toll from Sunday's suicide bombing of a passenger bus near Sibi rose to six on Monday.", "suicide_bombing"),
])
def test_violence_bombing_is_an_ied_unless_told_otherwise(text: str, tactic: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["tactic"] == tactic


@pytest.mark.parametrize("text", [
    "Security forces returned fire, killing three Taliban militants in Bannu on Monday.",
    "Policemen retaliated and killed two Pakistani Taliban attackers in Lakki Marwat on Monday.",
])
def test_violence_returning_fire_on_militants_is_no_border_clash(text: str) -> None:
    # near miss of the two-states rule: "Taliban" militants are not the Afghan state's forces on Pakistani posts
    assert [e["type"] for e in run(text)] == ["security_operation"]
