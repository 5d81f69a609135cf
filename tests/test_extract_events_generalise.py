"""Generalisation families of the violence extractor, on invented reports: background incidents
kept apart, casualty breakdowns and toll updates, multi-engagement releases, the forces' own
drone strikes, the other side's losses in a cross-border clash, targets and claims. Real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally
from violence_helpers import run


def killed(sentence: str) -> tuple[dict[str, int], int]:
    t = tally(find_casualties(sentence)).get("killed")
    assert t is not None, sentence
    return t.groups, max(t.total, sum(t.groups.values()))


@pytest.mark.parametrize("sentence, groups, total", [
    ("The explosion killed nine people, five policemen and four civilians, and wounded 20 others.",
     {"security_forces": 5, "civilians": 4}, 9),
    ("Eleven people — three soldiers, two civilians and six others — were killed in the blast.",
     {"security_forces": 3, "civilians": 2, "unspecified": 6}, 11),
    ("The blast killed 11 people — three soldiers, two civilians and six others.",
     {"security_forces": 3, "civilians": 2, "unspecified": 6}, 11),
    # a list that does not add up to the first phrase is more victims, not a breakdown
    ("Two people, three soldiers and a policeman were killed.",
     {"unspecified": 2, "security_forces": 4}, 6),
])
def test_casualties_breakdown_after_comma_or_dash_is_not_added(sentence: str, groups: dict, total: int) -> None:
    assert killed(sentence) == (groups, total)


@pytest.mark.parametrize("sentence, total", [
    ("Officials first put the toll at two, but it rose to seven by the evening.", 7),
    ("The number of levies men martyred in the Sunday ambush near the border rose to four on Monday.", 4),
])
def test_casualties_toll_update_latest_figure(sentence: str, total: int) -> None:
    assert killed(sentence)[1] == total


def test_casualties_taking_the_number_of_injured_to() -> None:
    t = tally(find_casualties("A passer-by was also hurt, the officer added, taking the number of wounded to five."))
    assert t["injured"].total == 5


def test_events_claim_by_a_less_known_group() -> None:
    text = ("HYDERABAD: Gunmen shot dead a policeman guarding a gas installation in Jamshoro district on "
            "Monday, police said. The Sindhudesh Revolutionary Army said in a statement that it had carried "
            "out the attack.")
    ev = run(text)[0]
    assert ev["claimed_by"] == "Sindhudesh Revolutionary Army" and ev["target"] == "police"


@pytest.mark.parametrize("sentence, groups", [
    ("Shopkeeper Aslam Khan, who ran a pharmacy near the bazaar, was shot dead on Friday.", None),
    ("During the clash, Havaldar Gul Zaman, 29, a resident of Swat district, having fought bravely, "
     "embraced shahadat.", {"security_forces": 1}),
])
def test_casualties_single_victim_behind_apposition(sentence: str, groups: dict | None) -> None:
    got, total = killed(sentence)
    assert total == 1
    if groups is not None:
        assert got == groups


@pytest.mark.parametrize("sentence", [
    "The chief minister paid tribute to the martyred soldier and his family.",
    "Weapons were recovered from the killed terrorists.",
])
def test_casualties_adjective_is_no_new_victim(sentence: str) -> None:
    assert "killed" not in tally(find_casualties(sentence))


def test_casualties_abducted_employees_of_a_named_body() -> None:
    t = tally(find_casualties("Four employees of the Water and Power Development Authority (WAPDA) were "
                              "abducted by gunmen."))
    assert t["abducted"].total == 4 and sum(t["abducted"].groups.values()) == 4


@pytest.mark.parametrize("background", [
    "The attack came two weeks after a suicide bombing at a market in Bannu, which killed more than 40 people.",
    "Last year, 25 soldiers were martyred in an ambush in Dera Ismail Khan.",
    "The attack came months after militants killed 12 passengers on a bus in Kurram district.",
])
def test_events_background_incident_keeps_out_of_main_event(background: str) -> None:
    text = ("KOHAT: Three policemen were killed when gunmen opened fire on a checkpoint in Kohat district "
            "on Sunday, police said.\n\n" + background)
    evs = run(text)
    assert len(evs) == 1
    assert evs[0]["admin2"] == "Kohat" and evs[0]["killed"] == {"security_forces": 3}


@pytest.mark.parametrize("text, tactic", [
    ("BAJAUR: Four militants were killed when security forces struck their compound with drones in the "
     "Mamund area of Bajaur district on Sunday, officials said.", "drone_strike"),
    ("MIRANSHAH: Military jets pounded militant hideouts in the Shawal area of North Waziristan district on "
     "Monday, killing nine terrorists, security officials said.", "air_strike"),
])
def test_events_forces_strike_at_home_is_an_operation(text: str, tactic: str) -> None:
    ev = run(text)[0]
    assert ev["type"] == "security_operation" and ev["perpetrator"] == "PK_SF" and ev["tactic"] == tactic


def test_events_militant_drone_attack_stays_an_attack() -> None:
    ev = run("BANNU: Militants attacked an army post with drones in Bannu district on Sunday, injuring three "
             "soldiers, officials said.")[0]
    assert ev["type"] == "attack" and ev["target"] == "security_forces"


def test_events_multi_engagement_release_one_operation_per_district() -> None:
    text = ("RAWALPINDI: Security forces killed seven terrorists in three engagements in Khyber Pakhtunkhwa, "
            "the ISPR said on Sunday. According to the ISPR, an intelligence-based operation was conducted in "
            "the Mir Ali area of North Waziristan district. During the operation four terrorists were killed. "
            "During the exchange of fire, Sepoy Amjad Ali, 26, a resident of Karak district, having fought "
            "gallantly, embraced shahadat. In a second engagement in Bannu district, troops killed two "
            "terrorists, while a third operation in Tank district left one more terrorist dead. "
            "The prime minister paid tribute to the martyred soldier.")
    evs = {e["admin2"]: e["killed"] for e in run(text, published="2025-05-11")}
    assert evs == {"North Waziristan": {"militants": 4, "security_forces": 1},
                   "Bannu": {"militants": 2}, "Tank": {"militants": 1}}


def test_events_second_engagement_on_the_same_day_is_its_own_operation() -> None:
    text = ("Security forces killed five terrorists in two operations in Balochistan. According to ISPR, "
            "the first operation was conducted on Saturday in Panjgur district, where three terrorists were "
            "killed. In the second engagement, troops intercepted terrorists in Kech district on the same "
            "day. Two terrorists were killed.")
    evs = {e["admin2"]: e["killed"] for e in run(text, published="2025-03-09")}
    assert evs == {"Panjgur": {"militants": 3}, "Kech": {"militants": 2}}


def test_events_afghan_side_losses_are_their_own_cross_border_event() -> None:
    text = ("QUETTA: Three civilians were killed and seven injured when mortar shells fired by Afghan Taliban "
            "forces landed in Chaman on Tuesday, officials said. On the Afghan side, a hospital official in "
            "Spin Boldak said nine civilians had been killed in Pakistani shelling.")
    evs = {e["country"]: e for e in run(text)}
    assert set(evs) == {"PK", "AF"}
    assert evs["PK"]["killed"] == {"civilians": 3} and evs["PK"]["perpetrator"] == "TTA"
    assert evs["AF"]["admin1"] == "Kandahar" and evs["AF"]["killed"] == {"civilians": 9}
    assert evs["AF"]["perpetrator"] == "PK_SF"


@pytest.mark.parametrize("text", [
    # both states' forces as the subject of a firing verb: a cross-border clash, dated by its own clause
    "PESHAWAR: The Ghulam Khan crossing was shut on Tuesday after border guards of the two countries traded fire "
    "over a new fence post, officials said.",
    "QUETTA: Troops of both countries clashed near Chaman on Tuesday, local officials said.",
])
def test_events_both_states_forces_firing_is_cross_border(text: str) -> None:
    evs = run(text, published="2025-03-12")
    assert [(e["type"], e["date"]) for e in evs] == [("cross_border", "2025-03-11")]


def test_events_both_states_forces_without_firing_is_no_event() -> None:
    text = "KHYBER: Border forces of the two countries held a flag meeting near Torkham on Tuesday, officials said."
    assert run(text) == []


@pytest.mark.parametrize("text, target", [
    ("LAKKI MARWAT: A polio vaccinator and the policeman deployed for her team's protection were shot dead "
     "in Lakki Marwat district on Monday.", "civilians"),
    ("JALALABAD: A district official and his guard were killed when a bomb attached to their car went off "
     "in Jalalabad, Nangarhar province, on Sunday.", "government"),
    ("WANA: Two children were killed when rockets slammed into houses in Wana, South Waziristan district, on "
     "Monday.", "civilians"),
])
def test_events_target_from_the_victims(text: str, target: str) -> None:
    assert run(text)[0]["target"] == target


def test_events_claim_decides_over_a_group_named_as_victim() -> None:
    text = ("JALALABAD: An official of the Islamic Emirate was killed when a bomb went off under his car in "
            "Jalalabad, Nangarhar province, on Sunday. The Islamic State group claimed the attack.")
    ev = run(text)[0]
    assert ev["perpetrator"] == "ISKP" and ev["claimed_by"] == "ISKP"


def test_events_talks_about_an_issue_are_no_event() -> None:
    text = ("ISLAMABAD: Officials of the two countries met on Thursday. The Afghan side raised the issue of "
            "recent cross-border shelling in Kunar province.")
    assert run(text, published="2025-03-07") == []


def test_events_attack_on_a_border_post_is_an_armed_assault() -> None:
    text = ("KHAR: Militants killed two soldiers and wounded three others in an attack on a border post in "
            "Bajaur district on Thursday, officials said.")
    assert run(text)[0]["tactic"] == "armed_assault"
