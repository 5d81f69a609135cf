"""Relations extractor on the generality audit's counter-examples (invented sentences), with the real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

PUB = "2025-05-01"  # a Thursday


def _rows(text: str, kind: str, fields: tuple[str, ...]) -> set[tuple]:
    evs = extract_relations_events(Document(id="a1", text=text, published=PUB), split_sentences(text))
    return {tuple(tuple(v) if isinstance(v, list) else v for v in (e.as_dict()[f] for f in fields))
            for e in evs if e.type == kind}


def _crossings(text: str) -> set[tuple]:
    return _rows(text, "border_crossing", ("crossing", "status", "date"))


def _refugees(text: str) -> set[tuple]:
    return _rows(text, "refugees", ("action", "date", "count", "crossing"))


def _diplomacy(text: str) -> set[tuple]:
    return _rows(text, "diplomacy", ("action", "date", "country", "place", "parties"))


@pytest.mark.parametrize("text", [
    "CHAMAN: Vendors said the main gate of the vegetable market was closed on Monday after a row over rents.",
    "CHAMAN: Porters waited near the crossing on Sunday. Meanwhile, Iran closed its border with Pakistan "
    "at Taftan on Tuesday.",
    "CHAMAN: Officials sealed the border with Iran on Monday to stop fuel smuggling.",
    "TORKHAM: Lorries queued near the crossing. The customs office at the border was closed on Tuesday "
    "for a holiday.",
    "About 2,000 Afghans crossed into Pakistan through Torkham on Monday after the border reopened.",
    "The main bazaar in Chaman was shut on Monday and the only bank stayed closed too.",
])
def test_extract_relations_audit_crossing_not_an_event(text: str) -> None:
    assert _crossings(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("TORKHAM: The border was closed on Tuesday after a clash between guards.",
     {("Torkham", "closed", "2025-04-29")}),
    ("After two weeks of talks, Pakistan reopened the Torkham crossing on Monday.",
     {("Torkham", "reopened", "2025-04-28")}),
    # "the crossing" is the one named just before, not the one named more often in the article
    ("Officials reopened the Kharlachi crossing on Tuesday. Separately, the Ghulam Khan crossing was closed "
     "on Monday. Lorries bound for the crossing were halted near Miranshah.",
     {("Kharlachi", "reopened", "2025-04-29"), ("Ghulam Khan", "closed", "2025-04-28")}),
    # a pluperfect closure with no day is the background of the reopening
    ("The Chaman crossing reopened for trade on Wednesday, officials said. Traders welcomed the news. "
     "Until then it had stayed sealed during a row about visas.", {("Chaman", "reopened", "2025-04-30")}),
])
def test_extract_relations_audit_crossing_event(text: str, expected: set) -> None:
    assert _crossings(text) == expected


@pytest.mark.parametrize("text", [
    "Attacks in 2024 had left 1,600 people dead across the country, the report said.",
    "In 2024, 1,200 people have left the tribal districts because of the fighting, officials said on Monday.",
    "The storm had left 300 Afghan refugees homeless in Quetta on Monday.",
    "On Monday, 450 people have left the camp in Quetta for higher ground.",
])
def test_extract_relations_audit_left_is_not_a_return(text: str) -> None:
    assert _refugees(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("On Monday, some 3,000 Afghans have left Pakistan through Torkham, officials said.",
     {("returns", "2025-04-28", 3000, "Torkham")}),
    ("Afghans kept leaving Pakistan, the agency said. On Sunday, 5,120 people went home via Torkham, "
     "while about 1,800 returned through Chaman, it said.",
     {("returns", "2025-04-27", 5120, "Torkham"), ("returns", "2025-04-27", 1800, "Chaman")}),
])
def test_extract_relations_audit_returns(text: str, expected: set) -> None:
    assert _refugees(text) == expected


@pytest.mark.parametrize("text", [
    "Foreign Minister Ishaq Dar met Afghan refugees' representatives in Islamabad on Monday.",
    "Bashir Dar, a shopkeeper, met Afghan officials in Peshawar on Monday.",
    "The Foreign Office said in a statement on Monday that terrorism remained the main concern.",
    "The TTP said in a statement on Monday that it attacked Pakistani forces near the Afghan border.",
    "Pakistan's foreign minister visited Kabul last year for talks with Taliban officials, a former aide "
    "recalled.",
])
def test_extract_relations_audit_diplomacy_not_an_event(text: str) -> None:
    assert _diplomacy(text) == set()


def test_extract_relations_audit_met_traders_is_not_talks() -> None:
    text = ("Pakistan's special envoy arrived in Kabul on Monday. He met traders at the Torkham border to "
            "hear their complaints.")
    assert _diplomacy(text) == {("visit", "2025-04-28", "AF", "Kabul", ("AF", "PK"))}


@pytest.mark.parametrize("text, expected", [
    # the article's news, no day named: an event with a null date
    ("ISLAMABAD: Pakistan's interior minister arrived in Kabul this week for talks with Taliban officials "
     "on border security and trade.", {("visit", None, "AF", "Kabul", ("AF", "PK"))}),
    ("ISLAMABAD: The Foreign Office said in a statement on Monday that Pakistan had conveyed its concerns "
     "to the Afghan government over the attacks.",
     {("statement", "2025-04-28", "PK", "Islamabad", ("AF", "PK"))}),
    ("Senator Dar met the Afghan ambassador in Islamabad on Tuesday.",
     {("talks", "2025-04-29", "PK", "Islamabad", ("AF", "PK"))}),
    # one-party talks the day after a visit: the visitor's talks on that trip
    ("KABUL: Pakistan's trade envoy landed in Kabul on Saturday. The next day, on Sunday, the envoy held talks "
     "with Taliban officials about transit fees.",
     {("visit", "2025-04-26", "AF", "Kabul", ("AF", "PK")), ("talks", "2025-04-27", "AF", "Kabul", ("AF", "PK"))}),
])
def test_extract_relations_audit_diplomacy_event(text: str, expected: set) -> None:
    assert _diplomacy(text) == expected
