"""Session-5 relations: trade at a crossing 'which has remained closed since <day>' dates the closure;
'a meeting in the Afghan capital' is held in Kabul; 'delegations from both countries' are the two
neighbours the story names (not 'both sides', which may be local)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _events(text: str, kind: str, published: str = "2026-10-16") -> list:
    return [e for e in extract(Document(id="t", text=text, published=published)).events if e.type == kind]


@pytest.mark.parametrize("lead", ["the halt of trade at Torkham", "the suspension of trade at Torkham"])
def test_crossings_s5_crossing_which_remained_closed_since(lead: str) -> None:
    text = f"The traders' body voiced alarm over {lead}, which has remained closed since 11 October 2026."
    assert [(e.crossing, e.status, e.date) for e in _events(text, "border_crossing")] == [("Torkham", "closed", "2026-10-11")]


def test_crossings_s5_trade_still_suspended_is_no_closure() -> None:
    text = "Torkham reopened for travellers on Monday, but trade at the crossing remained suspended."
    assert not any(e.status == "closed" for e in _events(text, "border_crossing"))


@pytest.mark.parametrize("phrase,admin1", [("in the Afghan capital", "Kabul"), ("in the Pakistani capital", "Islamabad")])
def test_diplomacy_s5_demonym_capital_is_the_venue(phrase: str, admin1: str) -> None:
    text = (f"The foreign ministers of Pakistan and Afghanistan signed a trade accord on Wednesday after talks {phrase}, "
            "officials said.")
    assert [(e.place, e.admin1) for e in _events(text, "diplomacy")] == [(admin1, admin1)]


def test_diplomacy_s5_both_countries_are_the_named_neighbours() -> None:
    text = ("Relations between Pakistan and Afghanistan have been tense for two years.\n\n"
            "Delegations from both countries met in Doha and on 4 May 2026 agreed to a ceasefire.")
    assert [(e.action, e.country, tuple(e.parties)) for e in _events(text, "diplomacy")] == [("ceasefire", "QA", ("AF", "PK"))]


def test_diplomacy_s5_both_sides_alone_are_no_states() -> None:
    text = ("Relations between Pakistan and Afghanistan have been tense for two years.\n\n"
            "Elders helped both sides reach a ceasefire over the disputed land on Friday.")
    assert _events(text, "diplomacy") == []
