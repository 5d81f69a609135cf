"""Violence events (attack, security_operation, cross_border) from our own short reports.

Geography comes from a tiny fake gazetteer (monkeypatched), so these tests do not depend on the
real gazetteer's contents; tests/test_extract_events_dev.py checks the dev corpus end to end.
"""
from __future__ import annotations

import re
import time

import pytest

from frontierwatch.extract import events as events_mod
from frontierwatch.extract.events import extract_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document, Location, PlaceMatch

KP, BAL = "Khyber Pakhtunkhwa", "Balochistan"
FAKE = {
    "Bannu": Location("PK", KP, "Bannu", None, 33.0, 70.6, 2),
    "Lakki Marwat": Location("PK", KP, "Lakki Marwat", None, 32.6, 70.9, 2),
    "Kurram": Location("PK", KP, "Kurram", None, 33.8, 70.2, 2),
    "Zhob": Location("PK", BAL, "Zhob", None, 31.3, 69.4, 2),
    "Quetta": Location("PK", BAL, "Quetta", None, 30.2, 67.0, 2),
    "Peshawar": Location("PK", KP, "Peshawar", None, 34.0, 71.5, 2),
    "Mir Ali": Location("PK", KP, "North Waziristan", "Mir Ali", 33.0, 70.3, 1),
    "North Waziristan": Location("PK", KP, "North Waziristan", None, 32.9, 70.1, 2),
    "Domel": Location("PK", KP, "Bannu", "Domel", 33.1, 70.5, 1),
    "Khyber Pakhtunkhwa": Location("PK", KP, None, None, 34.0, 72.0, 3),
    "Balochistan": Location("PK", BAL, None, None, 28.5, 65.0, 3),
    "Paktika": Location("AF", "Paktika", None, None, 32.5, 68.8, 3),
    "Pakistan": Location("PK", None, None, None, 30.0, 70.0, 4),
}
_RX = re.compile(r"\b(" + "|".join(sorted(map(re.escape, FAKE), key=len, reverse=True)) + r")\b", re.I)


def _fake_places(text: str) -> list[PlaceMatch]:
    return [PlaceMatch(m.start(), m.end(), m.group(0), FAKE[next(k for k in FAKE if k.lower() == m.group(0).lower())])
            for m in _RX.finditer(text)]


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_mod, "find_places", _fake_places)
    monkeypatch.setattr(events_mod, "_dateline_location",
                        lambda text: FAKE.get((m.group(1).title() if (m := re.match(r"\s*([A-Z ]+):", text)) else "")))


def run(text: str, title: str = "", published: str | None = "2024-05-15") -> list[dict]:
    doc = Document(id="t", text=text, title=title, published=published)
    evs = [e for e in extract_events(doc, split_sentences(text))
           if e.type in ("attack", "security_operation", "cross_border")]
    return [e.as_dict() for e in evs]


def test_events_attack_fields() -> None:
    evs = run("BANNU: Two policemen were martyred and three others injured on Monday when a suicide bomber "
              "struck a police checkpoint in Domel, Bannu district, officials said. The banned Tehreek-i-Taliban "
              "Pakistan claimed responsibility for the bombing.",
              title="Two policemen martyred in Bannu suicide attack")
    assert len(evs) == 1
    e = evs[0]
    assert (e["type"], e["date"], e["country"], e["admin1"], e["admin2"], e["place"]) == \
        ("attack", "2024-05-13", "PK", KP, "Bannu", "Domel")
    assert e["killed"] == {"security_forces": 2} and e["injured"] == 3
    assert (e["tactic"], e["target"], e["perpetrator"], e["claimed_by"]) == ("suicide_bombing", "police", "TTP", "TTP")
    assert e["geo_precision"] == 1 and e["lat"] is not None
    assert any("suicide bomber" in s for s in e["evidence"])
    doc_text = ("BANNU: Two policemen were martyred and three others injured on Monday when a suicide bomber "
                "struck a police checkpoint in Domel, Bannu district, officials said.")
    ev = extract_events(Document(id="t", text=doc_text, published="2024-05-15"), split_sentences(doc_text))[0]
    assert all(doc_text[x.start:x.end] == x.text for x in ev.evidence)


def test_events_headline_and_body_are_not_double_counted() -> None:
    text = ("Four soldiers were killed in an ambush in Zhob on Tuesday.\n\n"
            "The four soldiers were killed when gunmen opened fire on their vehicle in Zhob.\n\n"
            "The toll rose to five after another soldier died in hospital.")
    evs = run(text, title="Four soldiers killed in Zhob ambush")
    assert len(evs) == 1
    assert sum(evs[0]["killed"].values()) == 5
    assert evs[0]["tactic"] == "armed_assault"


def test_events_two_incidents_two_events() -> None:
    text = ("Gunmen killed a shopkeeper in Peshawar on Monday. In another incident, a roadside bomb wounded "
            "two Levies personnel in Zhob on Tuesday.")
    evs = run(text)
    assert [(e["admin2"], e["date"]) for e in evs] == [("Peshawar", "2024-05-13"), ("Zhob", "2024-05-14")]
    assert evs[0]["killed"] == {"civilians": 1} and evs[1]["injured"] == 2 and evs[1]["tactic"] == "ied"


def test_events_one_sentence_two_districts_split_at_conjunction() -> None:
    text = ("The week saw a grenade attack on a police station in Quetta that wounded three policemen, "
            "and a bomb blast in Zhob that killed two passers-by.")
    evs = run(text)
    assert sorted((e["admin2"], sum((e["killed"] or {}).values()), e["injured"]) for e in evs) == \
        [("Quetta", 0, 3), ("Zhob", 2, None)]


@pytest.mark.parametrize("text", [
    "Militants carried out 17 attacks in Khyber Pakhtunkhwa last week, killing 30 people.",  # statistics
    "Police foiled a plan to bomb a market in Peshawar.",  # foiled before contact
    "The group threatened to attack polling stations in Quetta.",  # threatened
    "Last year, a suicide bomber killed 40 people at a rally in Bannu.",  # background with no day
    "A court in Quetta on Monday sentenced a man for the 2019 bombing that killed 20 people.",  # history
    "Peshawar marked on Tuesday the anniversary of the school attack in which 90 people were killed.",
])
def test_events_not_events(text: str) -> None:
    assert run(text) == []


def test_events_mentioned_in_passing_with_day_and_place_is_an_event() -> None:
    evs = run("The provincial government announced compensation for the families of the six labourers killed in "
              "Sunday's attack in Zhob.")
    assert [(e["admin2"], e["date"], e["killed"]) for e in evs] == [("Zhob", "2024-05-12", {"civilians": 6})]


def test_events_background_with_day_and_place_is_an_event() -> None:
    text = ("Two labourers were shot dead in Kurram on Tuesday. On May 2, a bomb had killed a "
            "constable in Lakki Marwat.")
    evs = run(text)
    assert [(e["admin2"], e["date"]) for e in evs] == [("Kurram", "2024-05-14"), ("Lakki Marwat", "2024-05-02")]


def test_events_security_operation_and_statement_day() -> None:
    text = ("Security forces killed six terrorists during an intelligence-based operation in Mir Ali, "
            "North Waziristan, the ISPR said on Sunday. Weapons were recovered from the khwarij.")
    evs = run(text)
    assert len(evs) == 1
    e = evs[0]
    assert (e["type"], e["date"], e["admin2"], e["place"]) == ("security_operation", "2024-05-12", "North Waziristan",
                                                                "Mir Ali")
    assert (e["perpetrator"], e["tactic"], e["killed"]) == ("PK_SF", "raid", {"militants": 6})


def test_events_attack_then_operation_are_two_events() -> None:
    text = ("Militants stormed a police post in Lakki Marwat late on Monday night, martyring three policemen. "
            "A clearance operation followed, in which security forces killed four terrorists.")
    evs = run(text)
    assert [(e["type"], e["killed"]) for e in evs] == [("attack", {"security_forces": 3}),
                                                        ("security_operation", {"militants": 4})]
    assert evs[1]["admin2"] == "Lakki Marwat" and evs[1]["date"] == "2024-05-13"


def test_events_clause_keeps_the_sentence_type_and_group() -> None:
    evs = run("Troops killed three terrorists in an operation in Zhob on Monday, while two more were killed in "
              "Lakki Marwat.")
    assert [(e["type"], e["admin2"], e["killed"]) for e in evs] == [
        ("security_operation", "Zhob", {"militants": 3}), ("security_operation", "Lakki Marwat", {"militants": 2})]


def test_events_cross_border() -> None:
    text = ("Afghan forces opened fire on a Pakistani border post in Kurram on Saturday, injuring four "
            "soldiers, officials said.")
    evs = run(text)
    assert len(evs) == 1
    assert (evs[0]["type"], evs[0]["admin2"], evs[0]["perpetrator"], evs[0]["injured"]) == \
        ("cross_border", "Kurram", "TTA", 4)


def test_events_pakistani_strike_on_afghan_soil_is_cross_border() -> None:
    evs = run("Pakistani jets bombed hideouts in Paktika late on Tuesday, killing at least 20 people, "
              "Taliban officials said.")
    assert len(evs) == 1
    e = evs[0]
    assert (e["type"], e["country"], e["admin1"], e["perpetrator"], e["tactic"], e["date"]) == \
        ("cross_border", "AF", "Paktika", "PK_SF", "air_strike", "2024-05-14")
    assert e["killed"] == {"unspecified": 20}


def test_events_victims_home_district_is_not_the_scene() -> None:
    evs = run("Troops killed three terrorists in an operation in Mir Ali on Monday. Sepoy Nadir (aged 22, resident "
              "of District Zhob) embraced shahadat during the exchange of fire.")
    assert len(evs) == 1
    assert evs[0]["admin2"] == "North Waziristan"
    assert evs[0]["killed"] == {"security_forces": 1, "militants": 3}


def test_events_official_title_is_not_the_scene() -> None:
    evs = run("A bomb killed two people in Zhob on Monday. Quetta Division Commissioner Asad Khan said the "
              "device had been planted in a cart.")
    assert [e["admin2"] for e in evs] == ["Zhob"]


def test_events_day_said_outright_wins() -> None:
    evs = run("Nine soldiers were killed in a clash in Kurram, officials said on Monday. The fighting broke out "
              "early on Saturday morning when militants attacked a post.")
    assert evs[0]["date"] == "2024-05-11"


def test_events_cross_border_firing_into_the_next_day_is_another_event() -> None:
    evs = run("Afghan forces attacked a Pakistani post in Kurram on Saturday, killing two soldiers. Sporadic "
              "firing continued into Sunday, though no casualties were reported.")
    assert [(e["type"], e["date"], e["admin2"]) for e in evs] == [
        ("cross_border", "2024-05-11", "Kurram"), ("cross_border", "2024-05-12", "Kurram")]


def test_events_border_reopening_by_afghan_forces_is_not_violence() -> None:
    assert run("Afghan border forces reopened the crossing in Kurram on Tuesday morning.") == []


def test_events_state_strike_at_home_is_an_operation() -> None:
    evs = run("Pakistani jets struck militant hideouts in North Waziristan on Monday, killing 12 terrorists.")
    assert [(e["type"], e["perpetrator"], e["tactic"], e["killed"]) for e in evs] == [
        ("security_operation", "PK_SF", "air_strike", {"militants": 12})]


def test_events_afghan_forces_raid_at_home_is_their_operation() -> None:
    evs = run("Taliban security forces killed five Daesh militants in a raid in Paktika on Sunday.")
    assert [(e["type"], e["country"], e["perpetrator"], e["tactic"]) for e in evs] == [
        ("security_operation", "AF", "TTA", "raid")]


def test_events_claim_versus_attribution() -> None:
    attributed = run("Police said the Jamaat-ul-Ahrar was behind the blast that killed two people in Peshawar.")
    assert attributed[0]["perpetrator"] == "JuA"
    unclaimed = run("A bomb killed three people in Quetta on Monday. No group has claimed responsibility.")
    assert unclaimed[0]["claimed_by"] is None and unclaimed[0]["perpetrator"] is None
    claimed = run("A blast killed two soldiers in Zhob on Monday. The BLA claimed responsibility for the attack.")
    assert (claimed[0]["perpetrator"], claimed[0]["claimed_by"]) == ("BLA", "BLA")
    denied = run("A bomb killed four people in Quetta on Monday. The TTP denied any role, while the BLF claimed "
                 "responsibility.")
    assert (denied[0]["perpetrator"], denied[0]["claimed_by"]) == ("BLF", "BLF")


def test_events_dateline_used_only_without_a_body_place() -> None:
    body_wins = run("PESHAWAR: Gunmen killed two policemen in Bannu on Monday.")
    assert body_wins[0]["admin2"] == "Bannu"
    dateline_only = run("QUETTA: Gunmen killed two policemen on Monday.")
    assert dateline_only[0]["admin2"] == "Quetta"


def test_events_no_place_no_guess() -> None:
    evs = run("Gunmen killed two guards at a checkpoint on Monday.")
    assert len(evs) == 1 and evs[0]["admin1"] is None and evs[0]["admin2"] is None
    # another incident with no place does not borrow the first one's district (it is dropped: no place)
    two = run("Gunmen killed two guards in Zhob on Monday. In another incident, a bomb killed a trader.")
    assert [e["admin2"] for e in two] == ["Zhob"]
    # ... but a local place the gazetteer does not know keeps the district of the report
    local = run("Troops killed four terrorists in Mir Ali on Monday. In a second encounter, in general area "
                "Khotkai, troops killed two more terrorists.")
    assert [(e["admin2"], sum(e["killed"].values())) for e in local] == [("North Waziristan", 4),
                                                                          ("North Waziristan", 2)]


def test_events_unknown_day_falls_back_to_publication() -> None:
    evs = run("Gunmen killed a trader in Quetta.", published="2024-05-15")
    assert evs[0]["date"] == "2024-05-15"
    assert run("Gunmen killed a trader in Quetta.", published=None)[0]["date"] is None


def test_events_kidnapping() -> None:
    evs = run("Armed men abducted five labourers from a mine in Zhob on Sunday night.")
    assert (evs[0]["tactic"], evs[0]["abducted"], evs[0]["date"]) == ("kidnapping", 5, "2024-05-12")


@pytest.mark.parametrize("blob", [
    ("12 34 56 killed injured martyred policemen soldiers " * 2000)[:100_000],
    ("attack in Bannu on Monday and " * 4000)[:100_000],
    ("a" * 100_000),
    ("Monday, " * 12_500),
    # many distinct incidents: frame merging and de-duplication must stay near-linear
    " ".join(f"In another incident, gunmen killed {i % 9 + 2} policemen in {['Bannu', 'Zhob', 'Quetta'][i % 3]} "
             f"on May {i % 28 + 1}." for i in range(1500))[:100_000],
])
def test_events_adversarial_input_under_a_second(blob: str) -> None:
    t = time.process_time()
    run(blob)
    assert time.process_time() - t < 1.0
