"""Relations events (border_crossing, refugees, diplomacy) from short reports written for these tests."""
from __future__ import annotations

import pytest

from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document, Location
from relations_helpers import install_fake_gazetteer

PUB = "2025-03-12"  # a Wednesday

_CROSSINGS = {
    "Torkham": Location("PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham", precision=1, crossing="Torkham"),
    "Chaman": Location("PK", "Balochistan", "Chaman", "Chaman", precision=1, crossing="Chaman"),
    "Ghulam Khan": Location("PK", "Khyber Pakhtunkhwa", "North Waziristan", "Ghulam Khan", precision=1,
                            crossing="Ghulam Khan"),
    "Kharlachi": Location("PK", "Khyber Pakhtunkhwa", "Kurram", "Kharlachi", precision=1, crossing="Kharlachi"),
}
_PLACES = {
    "Islamabad": Location("PK", "Islamabad", "Islamabad", "Islamabad", precision=2),
    "Kabul": Location("AF", "Kabul", None, "Kabul", precision=3),
    "Quetta": Location("PK", "Balochistan", "Quetta", "Quetta", precision=2),
    "Zarghun Gate": Location("PK", "Balochistan", "Zhob", "Zarghun Gate", precision=1, crossing="Zarghun Gate"),
}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    install_fake_gazetteer(monkeypatch, _CROSSINGS, _PLACES, crossings_from_places=True)


def _events(text: str, pub: str | None = PUB, kind: str | None = None) -> list[dict]:
    doc = Document(id="t1", text=text, published=pub)
    evs = extract_relations_events(doc, split_sentences(text))
    for ev in evs:
        assert ev.doc_id == "t1"
        for e in ev.evidence:
            assert text[e.start:e.end] == e.text  # evidence points back into the document
    return [e.as_dict() for e in evs if kind is None or e.type == kind]


def _crossing_rows(text: str, pub: str | None = PUB) -> set[tuple]:
    return {(e["crossing"], e["status"], e["date"]) for e in _events(text, pub, "border_crossing")}


# ---- border crossings -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Officials closed the Torkham crossing on Monday after a firefight between border guards.",
     {("Torkham", "closed", "2025-03-10")}),
    ("The Chaman border was opened again on Tuesday morning, and traders crossed with fruit.",
     {("Chaman", "reopened", "2025-03-11")}),
    ("Pakistan reopened the Chaman crossing for pedestrians only on Monday.",
     {("Chaman", "partially_reopened", "2025-03-10")}),
    ("Torkham reopened for cargo on Sunday. Passenger traffic remains suspended, customs staff said.",
     {("Torkham", "partially_reopened", "2025-03-09")}),
    ("The Torkham gate reopened on Tuesday morning but was shut again by the afternoon on Tuesday.",
     {("Torkham", "reopened", "2025-03-11"), ("Torkham", "closed", "2025-03-11")}),
    ("The Ghulam Khan and Kharlachi crossings were sealed on Sunday after the raid.",
     {("Ghulam Khan", "closed", "2025-03-09"), ("Kharlachi", "closed", "2025-03-09")}),
    ("Pakistan shut the Chaman crossing on Saturday. It was reopened on Monday evening.",
     {("Chaman", "closed", "2025-03-08"), ("Chaman", "reopened", "2025-03-10")}),
    ("Torkham reopened on Tuesday after being closed for six days over a dispute.",
     {("Torkham", "reopened", "2025-03-11")}),
    ("The Torkham border, shut since March 2, was opened again to traffic on Monday.",
     {("Torkham", "closed", "2025-03-02"), ("Torkham", "reopened", "2025-03-10")}),
    ("The Torkham crossing remained closed for the fourth consecutive day on Wednesday.",
     {("Torkham", "closed", "2025-03-09")}),
    ("Guards said the Torkham border crossing stayed shut for a 10th day, customs officials said on Tuesday.",
     {("Torkham", "closed", "2025-03-02")}),
    ("Kharlachi crossing has been shut to trucks and travellers alike, fruit sellers in Parachinar said.",
     {("Kharlachi", "closed", PUB)}),
    ("Chaman, which reopened last month, was shut again on Friday after a protest.",
     {("Chaman", "closed", "2025-03-07")}),
    ("Torkham was opened to pedestrians on Monday after nine days, while trade remains suspended.",
     {("Torkham", "partially_reopened", "2025-03-10")}),
    ("Chaman reopened for trade on Friday after remaining closed for twenty days.",
     {("Chaman", "reopened", "2025-03-07")}),
    ("Crossings including Torkham and Chaman were closed on Sunday.",
     {("Torkham", "closed", "2025-03-09"), ("Chaman", "closed", "2025-03-09")}),
])
def test_extract_relations_crossing_status_and_day(text: str, expected: set) -> None:
    assert _crossing_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Officials said the Torkham crossing would reopen next week if the talks succeed.",
    "Elders held talks to reopen the Chaman border, but no date was set.",
    "Shops and markets stayed shut on Monday in Chaman during the traders' strike.",
    "Afghan guards opened fire on a Pakistani post near Torkham on Friday.",
    "Islamabad denied on Monday that it had sealed the crossing; it was never shut, a spokesman insisted.",
    "Traffic on the motorway was suspended on Sunday because of fog near Peshawar.",
    "Police sealed off the area near Chaman on Sunday after the blast.",
])
def test_extract_relations_crossing_not_an_event(text: str) -> None:
    assert _crossing_rows(text) == set()


def test_extract_relations_crossing_location_on_pakistani_side() -> None:
    (ev,) = _events("Pakistan closed the Torkham border on Monday.", kind="border_crossing")
    assert (ev["country"], ev["admin1"], ev["admin2"]) == ("PK", "Khyber Pakhtunkhwa", "Khyber")


def test_extract_relations_crossing_known_only_to_the_gazetteer() -> None:
    (ev,) = _events("The Zarghun Gate was sealed on Monday.", kind="border_crossing")
    assert (ev["crossing"], ev["status"], ev["admin2"]) == ("Zarghun Gate", "closed", "Zhob")


def test_extract_relations_crossing_undated_without_publication() -> None:
    assert _crossing_rows("The Chaman crossing was closed on Friday.", pub=None) == {("Chaman", "closed", None)}


def test_extract_relations_crossing_one_event_per_status_and_day() -> None:
    text = ("Torkham shut on Monday, officials said. The Torkham border was closed on Monday as guards "
            "exchanged fire. Traders said the Torkham border has been shut.")
    assert _crossing_rows(text) == {("Torkham", "closed", "2025-03-10")}


# ---- refugees ---------------------------------------------------------------------------------

def _refugee_rows(text: str, pub: str | None = PUB) -> list[tuple]:
    return sorted((e["action"], e["date"], e["until"], e["count"], e["crossing"])
                  for e in _events(text, pub, "refugees"))


@pytest.mark.parametrize("text, expected", [
    ("The cabinet on Tuesday extended the validity of PoR cards held by 1.3 million Afghan refugees "
     "until December 31.", [("extension", "2025-03-11", "2025-12-31", 1300000, None)]),
    ("The government has extended the stay of Afghan Citizen Card holders till June 30, 2026.",
     [("extension", None, "2026-06-30", None, None)]),
    ("Islamabad pushed back to April 15 the deadline for undocumented Afghans to leave.",
     [("extension", None, "2025-04-15", None, None)]),
    ("On Monday ministers decided to extend registration cards held by refugees from Afghanistan for twelve "
     "months. Holders may now stay until June 30, 2026.", [("extension", "2025-03-10", "2026-06-30", None, None)]),
])
def test_extract_relations_refugee_extension_until(text: str, expected: list) -> None:
    assert _refugee_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On Monday the provincial home department set March 31 as the deadline for Afghan migrants without "
     "papers to leave the country.", [("deadline", "2025-03-10", "2025-03-31", None, None)]),
    ("Thousands of undocumented Afghans face a deadline to leave the country that runs out within hours.",
     [("deadline", None, PUB, None, None)]),
    ("Officials announced a plan on Friday to expel 2 lakh undocumented foreigners, setting a deadline "
     "to leave by April 30.", [("deadline", "2025-03-07", "2025-04-30", 200000, None)]),
])
def test_extract_relations_refugee_deadline(text: str, expected: list) -> None:
    assert _refugee_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police launched a deportation drive against undocumented Afghans in Quetta on Monday.",
     [("deportation", "2025-03-10", None, None, None)]),
    ("On Sunday, 3,450 Afghan nationals went back home through the Torkham crossing, officials said.",
     [("returns", "2025-03-09", None, 3450, "Torkham")]),
    ("Officials said on Tuesday that about 12,500 Afghans had crossed into Afghanistan via Chaman "
     "over the past week.", [("returns", "2025-03-11", None, 12500, "Chaman")]),
    ("More than 40 Afghan families living in Quetta went back to Afghanistan this week.",
     [("returns", PUB, None, None, None)]),
    ("Pakistan on Monday began the third phase of its repatriation drive against PoR card holders.",
     [("deportation", "2025-03-10", None, None, None)]),
    # people forced out are a deportation (GUIDE: an action on Afghans in Pakistan), not returns
    ("The agency said 2,300 Afghans were deported from Pakistan on Sunday.",
     [("deportation", "2025-03-09", None, 2300, None)]),
])
def test_extract_relations_refugee_drive_and_returns(text: str, expected: list) -> None:
    assert _refugee_rows(text) == expected


def test_extract_relations_refugee_returns_place_from_geo() -> None:
    (ev,) = _events("More than 40 Afghan families living in Quetta went back to Afghanistan this week.",
                    kind="refugees")
    assert (ev["country"], ev["admin1"], ev["admin2"]) == ("PK", "Balochistan", "Quetta")


@pytest.mark.parametrize("text", [
    "A charity appealed to Islamabad to extend refugee cards before they lapse at the end of the month.",
    "If the cards are not extended, many Afghans could be deported, aid workers warned on Monday.",
    "Around 900,000 Afghans have returned from Pakistan since January 2024, the agency said on Friday.",
    "Police are set to launch a crackdown on undocumented Afghans next week.",
    "Pakistani troops returned fire when Afghan soldiers attacked a post on Tuesday.",
])
def test_extract_relations_refugee_not_an_event(text: str) -> None:
    assert _refugee_rows(text) == []


def test_extract_relations_refugee_combined_origin_figure_has_no_count() -> None:
    rows = _refugee_rows("The agency said on Friday that 1.1 million Afghans went back from Iran and "
                         "Pakistan this year.")
    assert rows == [("returns", "2025-03-07", None, None, None)]


@pytest.mark.parametrize("phrase, value", [
    ("1.45 million", 1450000), ("over 1.2 million", 1200000), ("2 lakh", 200000), ("140,322", 140322),
    ("two million", 2000000), ("half a million", 500000), ("3.5m", 3500000),
])
def test_extract_relations_refugee_counts_written_forms(phrase: str, value: int) -> None:
    text = f"On Monday, {phrase} Afghans went back through Torkham, officials said."
    assert [r[3] for r in _refugee_rows(text)] == [value]


def test_extract_relations_refugee_later_figure_stands() -> None:
    text = ("Officials said on Monday that some 50,000 undocumented Afghans had left through Torkham. "
            "A later count put the figure at 52,310 people who had crossed back through Torkham.")
    assert _refugee_rows(text) == [("returns", "2025-03-10", None, 52310, "Torkham")]


# ---- diplomacy --------------------------------------------------------------------------------

def _dip_rows(text: str, pub: str | None = PUB) -> list[tuple]:
    return sorted((e["action"], e["date"], e["country"], e["place"], tuple(e["parties"] or ()))
                  for e in _events(text, pub, "diplomacy"))


@pytest.mark.parametrize("text, expected", [
    ("Afghan Foreign Minister Amir Khan Muttaqi arrived in Islamabad on Tuesday for a three-day visit.",
     [("visit", "2025-03-11", "PK", "Islamabad", ("AF", "PK"))]),
    ("Pakistani and Afghan delegations held a second round of talks in Istanbul on Saturday, "
     "Turkish officials said.", [("talks", "2025-03-08", "TR", "Istanbul", ("AF", "PK"))]),
    ("Pakistan and Afghanistan agreed to a ceasefire in Doha on Sunday after talks mediated by "
     "Qatar and Turkey.", [("ceasefire", "2025-03-09", "QA", "Doha", ("AF", "PK"))]),
    ("Pakistan summoned the Afghan charge d'affaires on Thursday to lodge a protest over the attack.",
     [("protest", "2025-03-06", "PK", "Islamabad", ("AF", "PK"))]),
    ("Pakistan summoned Afghanistan's envoy on Thursday to protest against the raid on a post in Quetta.",
     [("protest", "2025-03-06", "PK", "Islamabad", ("AF", "PK"))]),
    ("In Beijing on Monday, envoys from Afghanistan, Pakistan and China signed a memorandum of understanding "
     "on railway links.", [("agreement", "2025-03-10", "CN", "Beijing", ("AF", "CN", "PK"))]),
    ("The two sides agreed to a truce on Sunday after talks in Doha mediated by Qatar and Turkey, "
     "Qatar's foreign ministry said.", []),
    ("Pakistan and Afghanistan agreed to a truce on Sunday after talks in Doha hosted by Qatar, "
     "Qatar's foreign ministry said.", [("ceasefire", "2025-03-09", "QA", "Doha", ("AF", "PK"))]),
    ("Ishaq Dar spoke by telephone with Amir Khan Muttaqi on Tuesday.",
     [("talks", "2025-03-11", None, None, ("AF", "PK"))]),
    ("Ishaq Dar visited Kabul on Monday and held talks with Taliban officials.",
     [("visit", "2025-03-10", "AF", "Kabul", ("AF", "PK"))]),
    ("On Monday Ishaq Dar flew to Kabul to attend a regional forum. Later, Dar held talks with his host "
     "Amir Khan Muttaqi.", [("talks", "2025-03-10", "AF", "Kabul", ("AF", "PK"))]),
    # one state only (the host): no party is named for the visitor, so no event
    ("The minister's earlier trips to Kabul on 3 May 2024 and on 9 August 2024 were recalled.", []),
])
def test_extract_relations_diplomacy_action_place_parties(text: str, expected: list) -> None:
    assert _dip_rows(text) == expected


def test_extract_relations_diplomacy_background_visits_each_get_an_event() -> None:
    text = ("Pakistan's commerce minister made trips to Kabul on 3 May 2024 and, on 9 August 2024, "
            "Pakistan's railways minister also went to Kabul.")
    assert _dip_rows(text) == [("visit", "2024-05-03", "AF", "Kabul", ("AF", "PK")),
                               ("visit", "2024-08-09", "AF", "Kabul", ("AF", "PK"))]


def test_extract_relations_diplomacy_venue_at_a_crossing() -> None:
    (ev,) = _events("Afghan and Pakistani border officials met at Torkham on Tuesday to discuss trade.",
                    kind="diplomacy")
    assert (ev["action"], ev["country"], ev["admin2"], ev["parties"]) == ("talks", "PK", "Khyber", ["AF", "PK"])


def test_extract_relations_diplomacy_two_days_two_acts() -> None:
    text = "Amir Khan Muttaqi, who arrived in Islamabad on Monday, met Ishaq Dar on Tuesday."
    assert _dip_rows(text) == [("talks", "2025-03-11", "PK", "Islamabad", ("AF", "PK")),
                               ("visit", "2025-03-10", "PK", "Islamabad", ("AF", "PK"))]


def test_extract_relations_diplomacy_dateline_gives_the_venue() -> None:
    text = "ISLAMABAD: Pakistan and Afghanistan signed a transit trade accord on Wednesday."
    assert _dip_rows(text) == [("agreement", PUB, "PK", "Islamabad", ("AF", "PK"))]


@pytest.mark.parametrize("text", [
    "Ishaq Dar will visit Kabul next week for talks with the Taliban government.",
    "Talks between Pakistan and Afghanistan are expected to resume in Doha on Sunday.",
    "Pakistan and Afghanistan signed several trade agreements in the past decade.",
    "The Afghan delegation is due to arrive in Islamabad on Monday.",
    "Pakistan's foreign office said on Monday that terrorism remained the main concern.",
])
def test_extract_relations_diplomacy_not_an_event(text: str) -> None:
    assert _dip_rows(text) == []
