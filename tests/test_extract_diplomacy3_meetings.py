"""Diplomacy: a trilateral held in a third country includes its host, not the mediator of other talks; a
trilateral and a bilateral meeting on one day are two events; "the two sides agreed" takes the states of
the talks just reported; a hypothetical ("imagine that ...") is no event."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dips(text: str) -> list[tuple]:
    doc = Document(id="t", text=text, published="2025-06-12")
    return sorted((e.date, e.action, tuple(e.parties or ()), e.country) for e in extract(doc).events
                  if e.type == "diplomacy")


def test_extract_diplomacy3_trilateral_in_third_country_has_its_host_not_the_mediator() -> None:
    text = ("ISLAMABAD: Pakistani and Afghan envoys held talks in Doha on Tuesday under Qatari mediation on border "
            "security. Qatar's foreign ministry hosted the session.\n\n"
            "The last trilateral meeting was held in Beijing on 14 March 2025.")
    assert ("2025-03-14", "talks", ("AF", "CN", "PK"), "CN") in _dips(text)


def test_extract_diplomacy3_trilateral_and_bilateral_same_day_are_two_events() -> None:
    text = ("KABUL: The foreign ministers of Pakistan, Afghanistan and China met in Kabul on Wednesday for trilateral "
            "talks on transit trade.\n\nEarlier the same day, the Pakistani foreign minister held bilateral talks "
            "with the Afghan foreign minister in Kabul.")
    assert _dips(text) == [("2025-06-11", "talks", ("AF", "CN", "PK"), "AF"), ("2025-06-11", "talks", ("AF", "PK"), "AF")]


def test_extract_diplomacy3_one_meeting_told_twice_stays_one() -> None:
    text = ("KABUL: The foreign ministers of Pakistan, Afghanistan and China met in Kabul on Wednesday for trilateral "
            "talks on transit trade.\n\nThe talks in Kabul on Wednesday also covered railways, officials said.")
    assert len(_dips(text)) == 1


@pytest.mark.parametrize("venue_clause, country", [
    ("and to meet again in Istanbul next month", "QA"),
    ("and to share border data every week", "QA"),
])
def test_extract_diplomacy3_two_sides_agreement_takes_the_talks_states(venue_clause: str, country: str) -> None:
    text = ("DOHA: Pakistani and Afghan delegations held talks in Doha on Tuesday under Qatari mediation.\n\n"
            f"In a joint statement released on Wednesday, the two sides said they had agreed to set up a hotline {venue_clause}.")
    assert ("2025-06-11", "agreement", ("AF", "PK"), country) in _dips(text)


@pytest.mark.parametrize("opener", ["Imagine, for a moment, that", "Suppose that"])
def test_extract_diplomacy3_hypothetical_agreement_is_no_event(opener: str) -> None:
    text = f"{opener} Islamabad and Kabul agreed tomorrow to keep the crossing open whatever happens."
    assert _dips(text) == []


_STRIKE = "KHOST: A drone strike hit a house in a border village late on Tuesday, killing three people, officials said{blame}.\n\n"


@pytest.mark.parametrize("blame, statement, expected", [
    (", blaming Pakistan", "In a statement on Wednesday, Afghanistan's Ministry of Foreign Affairs condemned the strike.",
     [("2025-06-11", "statement", ("AF", "PK"), "AF")]),
    # near-misses: nobody blamed, or no condemnation
    ("", "In a statement on Wednesday, Afghanistan's Ministry of Foreign Affairs condemned the strike.", []),
    (", blaming Pakistan", "In a statement on Wednesday, Afghanistan's Ministry of Foreign Affairs gave the names of the dead.", []),
])
def test_extract_diplomacy3_condemnation_of_a_blamed_strike(blame: str, statement: str, expected: list) -> None:
    assert _dips(_STRIKE.format(blame=blame) + statement) == expected
