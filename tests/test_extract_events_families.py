"""Violence events from invented reports, one group per failure family seen on unseen news: toll
updates, places that are not the scene, cross-border strikes on Afghan soil, commemorations,
victim groups, hijackings, names containing a district, operations and their own losses.
Uses the real gazetteer; every text is written for this file."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally
from violence_helpers import run


def one(text: str, title: str = "", published: str = "2025-03-12") -> dict:
    evs = run(text, title, published)
    assert len(evs) == 1, [(e["type"], e["admin2"], e["date"], e["killed"]) for e in evs]
    return evs[0]


def killed_total(ev: dict) -> int:
    return sum((ev["killed"] or {}).values())


# published 2025-03-12 is a Wednesday: Sunday = 03-09, Monday = 03-10, Tuesday = 03-11

TOLL_UPDATES = [
    ("BANNU: A shopkeeper was killed and four people were hurt when gunmen opened fire in a bazaar in Bannu "
     "on Sunday evening, police said. One of the wounded succumbed to his injuries on Monday, raising the "
     "death toll to two, doctors said.", "2025-03-09", 2),
    ("QUETTA: Three people were killed when a bomb went off near a bus stand in Mastung on Monday. The toll "
     "first stood at three but rose to six on Tuesday as more of the critically hurt died in hospital.",
     "2025-03-10", 6),
    ("A blast at a rally in Bajaur on Sunday killed nine people, officials said. Two more people died in "
     "hospital on Tuesday, taking the toll to eleven.", "2025-03-09", 11),
]


@pytest.mark.parametrize("text,day,total", TOLL_UPDATES)
def test_extract_events_toll_update_is_same_event(text: str, day: str, total: int) -> None:
    ev = one(text)
    assert ev["date"] == day and killed_total(ev) == total


NOT_SCENE = [
    ("KOHAT: Eleven worshippers were killed when a bomb exploded in a mosque in the Darsamand area of Hangu "
     "district on Sunday. The toll rose overnight as several wounded died in hospitals in Kohat and Peshawar.",
     "Hangu"),
    ("QUETTA: Gunmen attacked a Quetta-bound coach near Bela in Lasbela district on Monday, killing three "
     "passengers. The wounded were shifted to a hospital in Quetta.", "Lasbela"),
    ("KARACHI: Two policemen were martyred when militants attacked a check post in Kech district on Sunday. "
     "The attackers escaped towards the Sheikh Badin hills, police said.", "Kech"),
]


@pytest.mark.parametrize("text,admin2", NOT_SCENE)
def test_extract_events_hospital_dateline_and_names_are_not_the_scene(text: str, admin2: str) -> None:
    assert one(text)["admin2"] == admin2


CROSS_BORDER = [
    ("KHOST: Afghan officials said on Tuesday that Pakistani aircraft struck two houses in the Gurbuz "
     "district of Khost province on Monday night, killing six civilians.", "Khost", "PK_SF"),
    ("Afghan officials in Spin Boldak said Pakistani counter-fire on Monday killed two Afghan border "
     "guards and wounded three others.", "Kandahar", "PK_SF"),
    ("Pakistani jets struck hideouts in the Barmal district of Paktika province on Sunday, killing "
     "seven people, Taliban officials said.", "Paktika", "PK_SF"),
]


@pytest.mark.parametrize("text,admin1,perp", CROSS_BORDER)
def test_extract_events_strikes_on_afghan_soil_are_cross_border(text: str, admin1: str, perp: str) -> None:
    ev = one(text)
    assert (ev["type"], ev["country"], ev["admin1"], ev["perpetrator"]) == ("cross_border", "AF", admin1, perp)


COMMEMORATIONS = [
    "PESHAWAR: Prayers were held in Peshawar on Sunday to remember the victims of a college attack, ten "
    "years after gunmen stormed the campus and killed 21 students.",
    "QUETTA: Families gathered in Quetta on Monday in memory of the 70 lawyers killed in a hospital "
    "bombing in the city nine years ago.",
]


@pytest.mark.parametrize("text", COMMEMORATIONS)
def test_extract_events_commemorations_are_no_events(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text,groups", [
    ("Eighteen passengers, two of them soldiers going home on leave, as well as the bus driver were killed.",
     {"civilians": 17, "security_forces": 2}),
    ("Six policemen, two of them constables, were martyred.", {"security_forces": 6}),
    ("At least 25 injured pilgrims were taken to the district hospital.", None),
])
def test_extract_casualties_breakdowns_of_a_named_group(text: str, groups: dict | None) -> None:
    t = tally(find_casualties(text))
    if groups is None:
        assert t["injured"].total == 25
    else:
        assert t["killed"].groups == groups


def test_extract_events_unspecified_victims_of_attack_on_civilians_are_civilians() -> None:
    ev = one("HYDERABAD: A man was killed when attackers lobbed a grenade at a crowded tea stall in "
             "Hyderabad on Sunday night, police said.")
    assert ev["target"] == "civilians" and ev["killed"] == {"civilians": 1}


HIJACKS = [
    "QUETTA: Armed men hijacked a passenger train near Sibi on Monday and took more than 100 passengers "
    "hostage, railway officials said.",
    "Militants hijacked a passenger bus near Turbat in Kech district on Sunday and held 40 travellers "
    "hostage for several hours.",
]


@pytest.mark.parametrize("text", HIJACKS)
def test_extract_events_hijacking_is_not_kidnapping(text: str) -> None:
    ev = one(text)
    assert (ev["type"], ev["tactic"], ev["target"]) == ("attack", "hijacking", "civilians")


def test_extract_events_soldier_martyred_in_operation_counts_there() -> None:
    evs = run("RAWALPINDI: Security forces killed six terrorists in an intelligence based operation in "
              "general area Mir Ali, North Waziristan District, on Monday, ISPR said. A soldier was "
              "martyred during the operation.")
    assert [(e["type"], e["killed"]) for e in evs] == [
        ("security_operation", {"militants": 6, "security_forces": 1})]


def test_extract_events_another_engagement_in_another_district_is_separate() -> None:
    evs = run("On 9 March 2025, security forces conducted an operation in general area Datta Khel, North "
              "Waziristan District, and four khwarij were killed. In another engagement, on 10 March 2025, "
              "troops intercepted a group of khwarij in general area Sambaza, Zhob District. Three khwarij "
              "were killed.")
    assert [(e["admin2"], e["date"], killed_total(e)) for e in evs] == [
        ("North Waziristan", "2025-03-09", 4), ("Zhob", "2025-03-10", 3)]


def test_extract_events_split_verbs_with_own_counts_and_places() -> None:
    evs = run("LAHORE: The CTD said on Tuesday it had killed three terrorists in Dera Ghazi Khan and "
              "arrested four suspects in Lahore during intelligence-based operations.")
    assert sorted(e["admin2"] for e in evs) == ["Dera Ghazi Khan", "Lahore"]


@pytest.mark.parametrize("text,groups", [
    ("Police returned fire, killing both attackers.", {"militants": 2}),
    ("Both soldiers were martyred in the blast.", {"security_forces": 2}),
])
def test_extract_casualties_both_counts_two(text: str, groups: dict) -> None:
    assert tally(find_casualties(text))["killed"].groups == groups


@pytest.mark.parametrize("text,groups", [
    ("Seven people, most of them children, were killed.", {"civilians": 7}),
    ("Twelve people, mostly women, were killed.", {"civilians": 12}),
    ("Twelve people were killed.", {"unspecified": 12}),
])
def test_extract_casualties_mostly_civilians(text: str, groups: dict) -> None:
    assert tally(find_casualties(text))["killed"].groups == groups


def test_extract_events_details_after_a_two_incident_lead_go_to_their_incident() -> None:
    evs = run("LAHORE: The CTD said on Wednesday it had killed two terrorists in Dera Ghazi Khan and arrested "
              "five suspects in Lahore. According to the spokesman, a team raided a hideout near Sakhi Sarwar "
              "late Monday night after a tip-off.")
    assert [(e["admin2"], e["date"]) for e in evs][0] == ("Dera Ghazi Khan", "2025-03-10")


def test_extract_events_figure_repeated_after_two_incident_lead_joins_its_incident() -> None:
    evs = run("BANNU: A police post in Lakki Marwat came under a drone attack on Tuesday night, leaving two "
              "policemen injured, while a roadside bomb in North Waziristan killed three civilians on Monday. "
              "One device exploded on the roof, wounding two constables, the DPO said.")
    assert [(e["admin2"], e["injured"]) for e in evs] == [("Lakki Marwat", 2), ("North Waziristan", None)]


def test_extract_events_roundup_of_many_attacks_is_no_event() -> None:
    evs = run("KARACHI: Gunmen shot dead a trader in Lyari on Monday, police said. Militants have carried out "
              "more than 40 attacks in Bannu, Lakki Marwat and Tank so far this year, police figures show.")
    assert [e["admin2"] for e in evs] == ["South Karachi"]


def test_extract_events_incident_a_day_before_is_its_own_event() -> None:
    evs = run("PARACHINAR: Six passengers were killed when gunmen ambushed a van near Sadda in Kurram district "
              "on Tuesday. The attack came a day after two traders were shot dead by gunmen in a bazaar of "
              "Parachinar.")
    assert [(e["date"], killed_total(e)) for e in evs] == [("2025-03-11", 6), ("2025-03-10", 2)]


@pytest.mark.parametrize("text,tactic", [
    ("Gunmen opened fire and threw grenades at a police van in Bannu on Monday, wounding two.", "armed_assault"),
    ("Attackers lobbed a grenade at a shop in Bannu on Monday, wounding two.", "grenade"),
])
def test_extract_events_gunfire_with_grenades_is_armed_assault(text: str, tactic: str) -> None:
    assert one(text)["tactic"] == tactic


def test_extract_casualties_apposition_both_repeats_the_count() -> None:
    assert tally(find_casualties("Two brothers, both shopkeepers, were shot dead."))["killed"].total == 2


@pytest.mark.parametrize("text", [
    "CHAMAN: Four civilians were killed when Afghan forces shelled Chaman on Sunday. The border crossing was "
    "closed on Sunday afternoon shortly after the shelling began.",
    "BANNU: Two policemen were martyred when militants attacked a check post in Bannu on Sunday. Markets in "
    "Bannu stayed shut on Sunday evening following the attack.",
])
def test_extract_events_back_reference_is_not_a_new_event(text: str) -> None:
    assert len(run(text)) == 1


def test_extract_events_raided_hideout_is_a_raid() -> None:
    ev = one("The CTD said on Tuesday it had killed three terrorists in an exchange of fire in Dera Ghazi Khan. "
             "According to the CTD, a team raided a hideout near Sakhi Sarwar late Monday night.")
    assert (ev["type"], ev["tactic"]) == ("security_operation", "raid")
