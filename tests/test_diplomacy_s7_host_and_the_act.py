"""'talks ..., hosted by Qatar': the state before 'hosted by' is a party; 'The ceasefire was first agreed in
Doha on 28 May' is the ceasefire told before, between the same states."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dips(text: str, published: str | None = "2025-11-20") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)
    return [(e.date, e.action, tuple(e.parties or ()), e.country) for e in extract(doc).events if e.type == "diplomacy"]


@pytest.mark.parametrize("text, event", [
    ("The round of Pakistan–Afghanistan talks in Doha on October 29, hosted by Qatar, ended without a joint statement.",
     ("2025-10-29", "talks", ("AF", "PK"), "QA")),
    ("Pakistan and Afghanistan held talks in Istanbul on October 29, hosted by Turkey.",
     ("2025-10-29", "talks", ("AF", "PK"), "TR")),
])
def test_diplomacy_s7_hosted_by_keeps_parties(text: str, event: tuple) -> None:
    assert event in _dips(text)


def test_diplomacy_s7_host_before_hosted_is_mediator() -> None:
    # "Qatar, which hosted the talks": Qatar hosts, it is no party
    got = _dips("Pakistan and Afghanistan held talks in Doha on October 29. Qatar hosted the round.")
    assert got and all("QA" not in e[2] for e in got)


@pytest.mark.parametrize("text, event", [
    ("Pakistan and Afghanistan agreed on Saturday to extend the ceasefire. The ceasefire was first agreed in Doha on "
     "28 May 2025, after a week of clashes.", ("2025-05-28", "ceasefire", ("AF", "PK"), "QA")),
])
def test_diplomacy_s7_the_act_told_again_with_its_day(text: str, event: tuple) -> None:
    assert event in _dips(text, published="2025-09-20")


def test_diplomacy_s7_other_act_not_borrowed() -> None:
    # "The ceasefire" when only talks were told before: no parties borrowed, no event made up
    got = _dips("Pakistan and Afghanistan held talks in Doha on Saturday. The ceasefire was first agreed in Riyadh on "
                "3 March 2025, after a week of clashes.", published="2025-09-20")
    assert all(e[0] != "2025-03-03" for e in got)


@pytest.mark.parametrize("text", [
    "Pakistan and Afghanistan agreed on Saturday to extend the ceasefire. The ceasefire was breached by gunmen in "
    "Kurram on Sunday, police said.",
    "Pakistan and Afghanistan agreed on Saturday to extend the ceasefire. The truce was broken in North Waziristan "
    "on Sunday.",
])
def test_diplomacy_s7_the_act_broken_is_no_new_act(text: str) -> None:
    got = _dips(text, published="2025-11-18")
    assert not any(e[0] == "2025-11-16" and set(e[2]) == {"AF", "PK"} for e in got)


@pytest.mark.parametrize("text, parties", [
    # a plain hyphen between two states names both, as an en dash does
    ("The round of Pakistan-Afghanistan talks in Doha on October 29 ended without a joint statement.", ("AF", "PK")),
    ("The round of Pakistan–Afghanistan talks in Doha on October 29 ended without a joint statement.", ("AF", "PK")),
])
def test_diplomacy_s7_hyphen_pair_names_both_states(text: str, parties: tuple) -> None:
    assert any(e[2] == parties and e[1] == "talks" for e in _dips(text))

