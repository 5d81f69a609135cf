"""geo.find_places: every known place in a sentence, longest first, with context-based choices."""
from __future__ import annotations

import pytest

from frontierwatch import geo


def _names(text: str, **kw) -> list[tuple[str, str | None, str | None]]:
    return [(m.surface, m.location.admin1, m.location.admin2) for m in geo.find_places(text, **kw)]


def test_geo_scan_spans_point_at_the_text() -> None:
    text = "Two soldiers were martyred in Mir Ali, North Waziristan, on Tuesday."
    matches = geo.find_places(text)
    assert [text[m.start:m.end] for m in matches] == ["Mir Ali", "North Waziristan"]
    assert all(m.surface == text[m.start:m.end] for m in matches)


def test_geo_scan_longest_match_wins() -> None:
    found = _names("Officials in Khyber Pakhtunkhwa and in Khyber district met.")
    assert found == [("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", None), ("Khyber district", "Khyber Pakhtunkhwa", "Khyber")]
    assert _names("Lower South Waziristan police said") == [
        ("Lower South Waziristan", "Khyber Pakhtunkhwa", "South Waziristan")]


@pytest.mark.parametrize("text", [
    "Engineers inspected the barrage after the flood.",
    "The oil tank exploded near the hub of the network.",
    "The Kurram River swelled after rain.",
    "A spokesman for Tehreek-e-Taliban Pakistan denied it.",
    "Peshawar Zalmi beat Quetta Gladiators.",
    "Ahmed Wazir, a local elder, spoke to reporters.",
    "The summit in Bahrain ended on Friday.",
    "mir ali was written in lower case here.",
])
def test_geo_scan_ignores_words_that_are_not_places_here(text: str) -> None:
    assert [m for m in geo.find_places(text, countries=False)] == []


def test_geo_scan_context_names_unlock_ambiguous_short_names() -> None:
    # "Wazir" is a tehsil of Bannu but also a tribe and surname: only with Bannu named nearby
    assert _names("Police said the attack was in Wazir subdivision of Bannu.") == [
        ("Wazir subdivision", "Khyber Pakhtunkhwa", "Bannu"), ("Bannu", "Khyber Pakhtunkhwa", "Bannu")]
    assert _names("The Wazir elders met.") == []
    assert _names("Shelling hit Kalam.", context="Swat police said ...")[0][2] == "Swat"


def test_geo_scan_case_sensitive_abbreviations() -> None:
    assert _names("KP police and the KPK government said") == [("KP", "Khyber Pakhtunkhwa", None),
                                                             ("KPK", "Khyber Pakhtunkhwa", None)]
    assert _names("kp is not an abbreviation here") == []


def test_geo_scan_dotted_and_hyphenated_names() -> None:
    found = _names("Gunmen attacked a post in D.I. Khan and later fled towards Dand-e-Patan.")
    assert found == [("D.I. Khan", "Khyber Pakhtunkhwa", "Dera Ismail Khan"), ("Dand-e-Patan", "Paktia", "Dand-e-Patan")]


def test_geo_scan_chaman_crossing_only_with_border_words() -> None:
    town = geo.find_places("A blast in Chaman injured three shopkeepers.")
    assert town[0].location.crossing is None and town[0].location.admin2 == "Chaman"
    gate = geo.find_places("Trucks lined up as the Chaman border stayed closed.")
    assert gate[0].location.crossing == "Chaman"
    assert geo.find_places("Torkham reopened for pedestrians.")[0].location.crossing == "Torkham"


def test_geo_scan_both_countries_resolved_by_other_places_in_text() -> None:
    pk = geo.find_places("Firing in Chamkani, Peshawar, wounded two.")
    assert pk[0].location.country == "PK"
    af = geo.find_places("Pakistani strikes hit Chamkani in Paktia province.")
    assert af[0].location.country == "AF"


def test_geo_scan_countries_flag() -> None:
    text = "Pakistan and Afghanistan agreed to talks in Kabul."
    assert [m.location.precision for m in geo.find_places(text)] == [4, 4, 1]
    assert [m.surface for m in geo.find_places(text, countries=False)] == ["Kabul"]


def test_geo_scan_no_fuzzy_matching() -> None:
    assert geo.find_places("Militants attacked Peshawer yesterday.") == []


@pytest.mark.parametrize("text,expected", [
    ("ZHOB: Gunmen opened fire on a checkpost.", [("ZHOB", "Balochistan", "Zhob")]),
    ("PESHAWAR: Police said", [("PESHAWAR", "Khyber Pakhtunkhwa", "Peshawar")]),
    ("A SWAT team and a TANK unit were deployed.", []),
    ("LET US TALK ABOUT GB STORAGE", []),
])
def test_geo_scan_capitals_datelines_vs_acronyms(text: str, expected: list) -> None:
    assert _names(text) == expected


def test_geo_scan_wider_context_breaks_ties_without_changing_it() -> None:
    doc = "Officials in Paktia province said Pakistani shelling hit border villages."
    first = geo.find_places("Two houses were destroyed in Jani Khel.", context=doc)
    assert first[0].location.country == "AF"
    assert geo.find_places("Two houses were destroyed in Jani Khel.")[0].location.admin2 == "Bannu"
    assert geo.find_places("Two houses were destroyed in Jani Khel.", context=doc)[0].location.country == "AF"


@pytest.mark.parametrize("text,expected", [
    ("Farah Naz said the school reopened.", []),
    ("Shelling in Poonch killed two, Indian officials said.", []),
    ("Firing across the LoC hit Poonch and Kotli districts of AJK.",
     [("Poonch", "Azad Kashmir", "Poonch"), ("Kotli", "Azad Kashmir", "Kotli"), ("AJK", "Azad Kashmir", None)]),
    ("Farah and Herat provinces saw clashes, Afghanistan said.",
     [("Farah", "Farah", None), ("Herat", "Herat", None), ("Afghanistan", None, None)]),
    ("The Haveli restaurant in Lahore was sealed.", [("Lahore", "Punjab", "Lahore")]),
    ("Sui Southern Gas cut supply in Dera Bugti.", [("Dera Bugti", "Balochistan", "Dera Bugti")]),
    ("The Bara Kahu bypass was opened.", [("Bara Kahu", "Islamabad", "Islamabad")]),
    ("Kalat, the capital of Zabul province, fell.", [("Kalat", "Zabul", "Qalat"), ("Zabul", "Zabul", None)]),
    ("Gunmen attacked a post in Kalat.", [("Kalat", "Balochistan", "Kalat")]),
])
def test_geo_scan_names_that_need_their_province_or_country(text: str, expected: list) -> None:
    assert _names(text) == expected


def test_geo_scan_accents_and_unicode_spaces() -> None:
    assert [m.location.country for m in geo.find_places("Talks were held in Türkiye and Ghazni.")] == ["TR", "AF"]
    found = geo.find_places("Firing in Mir\u00a0Ali was reported.")
    assert found[0].surface == "Mir\u00a0Ali" and found[0].location.admin2 == "North Waziristan"
