"""Session-3 diplomacy rules: a rebuttal is a statement issued where the rejecting body sits, an
appeal for dialogue is no talks, any named ministry can issue a statement, 'A day earlier' talks keep
the trip's venue, 'met on Sunday and Monday' is one meeting on its last day, and a later clause
('..., and on Tuesday they agreed to extend the ceasefire') takes its own act."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dips(text: str, published: str = "2025-06-12") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-06-12 is a Thursday
    return sorted((e.date, e.action, tuple(e.parties or ()), e.country, e.place) for e in extract(doc).events
                  if e.type == "diplomacy")


@pytest.mark.parametrize("verb", ["rejected", "rebutted"])
def test_diplomacy_s3_rebuttal_is_a_statement_at_the_issuer(verb: str) -> None:
    text = ("ISLAMABAD: Trade talks opened in the capital this week.\n\n"
            f"On Wednesday, the Foreign Office {verb} as baseless Kabul's claim that Pakistani forces had crossed the border.")
    assert ("2025-06-11", "statement", ("AF", "PK"), "PK", "Islamabad") in _dips(text)


def test_diplomacy_s3_rejection_without_a_state_body_is_no_statement() -> None:
    text = "ISLAMABAD: On Wednesday, traders rejected Kabul's new tariff on Pakistani goods."
    assert _dips(text) == []


def test_diplomacy_s3_leading_in_a_statement_keeps_the_issuer_after_it() -> None:
    text = ("KHOST: Two villagers died in a strike on Tuesday.\n\nIn a statement on Wednesday, the Islamic Emirate's "
            "Ministry of Foreign Affairs condemned the strike by Pakistan as a breach of sovereignty.")
    assert [(d[1], d[3]) for d in _dips(text)] == [("statement", "AF")]
    assert _dips(text)[0][4] == "Kabul"


def test_diplomacy_s3_urging_dialogue_is_no_talks() -> None:
    text = ("KABUL: The Ministry of Foreign Affairs of the Islamic Emirate issued a statement on Wednesday rejecting "
            "accusations by Islamabad and urging Pakistan to resolve differences through dialogue.")
    assert [d[1] for d in _dips(text)] == ["statement"]


@pytest.mark.parametrize("body", ["The Taliban's Ministry of Refugees", "Afghanistan's Refugees Ministry"])
def test_diplomacy_s3_any_ministry_issues_a_statement(body: str) -> None:
    text = (f"KABUL: {body} said in a statement on Wednesday that it welcomed the extension and called on "
            "Islamabad to halt deportations.")
    assert [(d[0], d[1], d[2]) for d in _dips(text)] == [("2025-06-11", "statement", ("AF", "PK"))]


def test_diplomacy_s3_taliban_fighters_are_no_party() -> None:
    text = "KABUL: The Taliban's fighters said in a statement on Wednesday that Islamabad had shelled a village."
    assert _dips(text) == []


def test_diplomacy_s3_day_earlier_talks_keep_the_trip_venue() -> None:
    text = ("The foreign ministers of Afghanistan, China and Pakistan held a trilateral meeting in Kabul on Wednesday, "
            "officials said.\n\nA day earlier, the Chinese foreign minister held separate talks with the Afghan "
            "acting foreign minister on mining.")
    got = _dips(text)
    assert ("2025-06-10", "talks", ("AF", "CN"), "AF", "Kabul") in got


@pytest.mark.parametrize("span,day", [("on Sunday and Monday", "2025-06-09"), ("from Monday to Tuesday", "2025-06-10")])
def test_diplomacy_s3_talks_over_two_days_are_one_event_on_the_last(span: str, day: str) -> None:
    text = f"Delegations from Pakistan and Afghanistan met in Istanbul {span} for a new round of talks, officials said."
    got = _dips(text)
    assert [d[0] for d in got] == [day]


def test_diplomacy_s3_later_clause_takes_its_own_act() -> None:
    text = ("Delegations from Pakistan and Afghanistan met in Istanbul on Monday for talks, and on Tuesday evening the "
            "hosts announced that the sides had agreed to extend their ceasefire.")
    got = {(d[0], d[1]) for d in _dips(text)}
    assert got == {("2025-06-09", "talks"), ("2025-06-10", "ceasefire")}


def test_diplomacy_s3_met_officials_in_the_capital_is_the_venue() -> None:
    text = ("Pakistan's foreign minister, Tariq Sheikh, met Islamic Emirate officials in Kabul on Wednesday and "
            "discussed the treatment of Afghan migrants in Pakistan.")
    got = _dips(text)
    assert [(d[3], d[4]) for d in got] == [("AF", "Kabul")]


def test_diplomacy_s3_government_in_the_capital_is_no_venue() -> None:
    text = "ISLAMABAD: The government in Kabul said in a statement on Wednesday that Pakistan had shelled a village."
    assert all(d[4] != "Kabul" for d in _dips(text))


@pytest.mark.parametrize("lead,day", [
    ("The visit came two days after", "2025-06-09"),
    ("Three days earlier,", "2025-06-08"),
])
def test_diplomacy_s3_n_days_from_the_act_told_before(lead: str, day: str) -> None:
    text = ("KABUL: Pakistan's foreign minister arrived in Kabul on Wednesday for talks with Afghan officials.\n\n"
            f"{lead} the Ministry of Foreign Affairs summoned Pakistan's envoy in Kabul to protest the detention of "
            "Afghan migrants.")
    got = {(d[0], d[1]) for d in _dips(text)}
    assert (day, "protest") in got
