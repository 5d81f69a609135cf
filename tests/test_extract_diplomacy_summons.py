"""Diplomacy: an act told as "a day earlier" / "the next day" takes the day of the act before, moved by one;
protests lodged in other words."""
from __future__ import annotations

import pytest

from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document
from relations_helpers import install_fake_gazetteer

PUB = "2025-03-12"  # a Wednesday


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """No gazetteer: these tests read only the states lexicon."""
    install_fake_gazetteer(monkeypatch, find=False)


def _diplomacy(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title="")
    return {(e.action, e.date, e.country, tuple(e.parties or ())) for e in
            extract_relations_events(doc, split_sentences(text)) if e.type == "diplomacy"}


_FO = ("ISLAMABAD: The Foreign Office on Tuesday summoned Afghanistan's charge d'affaires and lodged a protest "
       "over the border firing. ")


@pytest.mark.parametrize("text, expected", [
    (_FO + "A day earlier, the Afghan foreign ministry had summoned Pakistan's ambassador in Kabul to protest "
           "against the shelling of villages.",
     {("protest", "2025-03-11", "PK", ("AF", "PK")), ("protest", "2025-03-10", "AF", ("AF", "PK"))}),
    (_FO + "The next day, the Afghan foreign ministry summoned Pakistan's ambassador in Kabul in turn.",
     {("protest", "2025-03-11", "PK", ("AF", "PK")), ("protest", "2025-03-12", "AF", ("AF", "PK"))}),
])
def test_extract_diplomacy_day_shift(text: str, expected: set) -> None:
    assert _diplomacy(text) == expected


@pytest.mark.parametrize("text", [
    # no diplomatic act in the shifted sentence
    _FO + "A day earlier, traders had blocked the highway near the border.",
    # a shifted act that is only planned
    _FO + "The next day, the Afghan foreign ministry will summon Pakistan's ambassador in Kabul.",
])
def test_extract_diplomacy_day_shift_near_misses(text: str) -> None:
    assert _diplomacy(text) == {("protest", "2025-03-11", "PK", ("AF", "PK"))}


def test_extract_diplomacy_day_shift_before_a_named_event_is_not_a_shift() -> None:
    """'the day before the talks' counts from the talks, not from the act told before: no day is read."""
    text = _FO + "The day before the talks, the Afghan foreign ministry summoned Pakistan's ambassador in Kabul."
    assert ("protest", "2025-03-10", "AF", ("AF", "PK")) not in _diplomacy(text)


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Pakistan on Tuesday lodged a formal protest with Afghanistan over the firing.",
    "ISLAMABAD: The Foreign Office on Tuesday lodged its strong protest with the Afghan charge d'affaires.",
])
def test_extract_diplomacy_protest_wordings(text: str) -> None:
    assert _diplomacy(text) == {("protest", "2025-03-11", "PK", ("AF", "PK"))}
