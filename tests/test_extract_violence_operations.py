"""Security operations on unseen text: a search that made arrests, a release listing arrests per
district ("three in X, two each in Y and Z"), a ground operation's raid tactic; and narrative or
arson attacks with no standard verb. Our own invented reports; real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two policemen in Bannu on Sunday. On Monday, police launched a search operation in "
     "the villages around Bannu and arrested six suspects, officials said.",
     [("attack", "2025-03-09", None), ("security_operation", "2025-03-10", 6)]),
    # near miss: a search with no arrests is only the attack's follow-up
    ("Gunmen killed two policemen in Bannu on Sunday. On Monday, police launched a search operation in "
     "the villages around Bannu, officials said.",
     [("attack", "2025-03-09", None)]),
    # near miss: foreigners detained in a search are a deportation drive, not an operation on militants
    ("Police detained 300 Afghan nationals during a search operation in Peshawar on Monday.", []),
])
def test_violence_search_with_arrests_is_an_operation(text: str, expected: list) -> None:
    assert [(e["type"], e["date"], e["arrested"]) for e in run(text)] == expected


def test_violence_arrests_listed_per_district_are_one_operation_each() -> None:
    text = ("LAHORE: The Counter Terrorism Department said on Tuesday it had arrested eight suspected militants "
            "in 20 intelligence-based operations across the province during the past week.\n\n"
            "Four suspects were held in Sargodha, one each in Okara and Kasur, and two in Bahawalpur, a "
            "spokesman said.")
    evs = run(text)
    assert sorted((e["admin2"], e["arrested"], e["tactic"], e["date"]) for e in evs) == [
        ("Bahawalpur", 2, "raid", "2025-03-11"), ("Kasur", 1, "raid", "2025-03-11"),
        ("Okara", 1, "raid", "2025-03-11"), ("Sargodha", 4, "raid", "2025-03-11")]


def test_violence_release_total_alone_is_no_event() -> None:
    # near miss: the same release without a per-district list is a round-up, no event
    text = ("LAHORE: The Counter Terrorism Department said on Tuesday it had arrested eight suspected militants "
            "in 20 intelligence-based operations across the province during the past week.")
    assert run(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Militants attacked a police post in Bannu on Tuesday night, killing two constables. A day earlier, "
     "unknown men had set fire to a girls' school in Domel, also in Bannu district. Nobody was hurt.",
     [("attack", "2025-03-11", "police"), ("attack", "2025-03-10", "infrastructure")]),
    # near miss: "a day earlier" inside the sentence about the same incident adds nothing
    ("Two constables were found dead in Bannu on Tuesday. They had been abducted a day earlier from a "
     "check post in Bannu district, police said.",
     [("attack", "2025-03-11", "police")]),
])
def test_violence_arson_and_another_day(text: str, expected: list) -> None:
    assert [(e["type"], e["date"], e["target"]) for e in run(text)] == expected


@pytest.mark.parametrize("text, killed, injured, day", [
    ("TANK: The shooting began shortly after midnight on Monday. When it ended, three Levies soldiers lay "
     "dead at their post near Gul Imam and two of their comrades had been wounded, officials said on Tuesday.",
     {"security_forces": 3}, 2, "2025-03-10"),
])
def test_violence_narrative_attack(text: str, killed: dict, injured: int, day: str) -> None:
    evs = run(text)
    assert len(evs) == 1
    assert (evs[0]["killed"], evs[0]["injured"], evs[0]["date"]) == (killed, injured, day)


@pytest.mark.parametrize("text, tactic", [
    ("Two militants were killed and a third was arrested in a shootout with police in Peshawar on Monday.", "raid"),
    ("Jets struck militant hideouts in North Waziristan on Monday, killing 12 terrorists, the military said.",
     "air_strike"),
])
def test_violence_operation_tactic(text: str, tactic: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["type"] == "security_operation" and evs[0]["tactic"] == tactic


def test_violence_arrests_per_district_after_a_release_without_operation_word() -> None:
    text = ("KARACHI: The CTD said on Tuesday it had arrested nine suspected terrorists during the week. Of them, "
            "five were arrested in Hyderabad, three in Sukkur and one in Larkana.")
    assert sorted((e["admin2"], e["arrested"]) for e in run(text)) == [("Hyderabad", 5), ("Larkana", 1), ("Sukkur", 3)]


def test_violence_arrests_per_district_after_an_attack_are_not_operations() -> None:
    # near miss: after an attack, "two were hurt in X and one in Y" is no arrest release
    text = ("Militants attacked two police posts on Monday night. Three policemen were wounded in Hyderabad "
            "and one in Sukkur.")
    assert all(e["type"] == "attack" for e in run(text))


@pytest.mark.parametrize("text, expected", [
    ("LAHORE: The CTD said on Tuesday it had arrested six suspected terrorists in intelligence-based operations "
     "in three districts over the past day. Three suspects were picked up from the outskirts of Sahiwal, two "
     "TTP men were held in Okara, and one suspect was arrested in Kasur.",
     [("Kasur", 1), ("Okara", 2), ("Sahiwal", 3)]),
])
def test_violence_each_district_keeps_its_own_arrests(text: str, expected: list) -> None:
    assert sorted((e["admin2"], e["arrested"]) for e in run(text)) == expected


def test_violence_a_quarter_s_arrests_by_district_are_no_events() -> None:
    # near miss of the per-district release: a round-up over months is a statistic, not operations
    text = ("LAHORE: The CTD said on Tuesday it had arrested 410 suspected terrorists during the last three months. "
            "Of them, 120 were arrested in Lahore, 90 in Multan and 200 in Rawalpindi.")
    assert run(text) == []
