"""Session-6 quotes: a 'while X said ...' clause after a quote is another statement, not the quote's speaker;
'said <Name> at the launch of ...' ends the speaker at the place phrase; '"...," the minister was quoted as
saying'; a belief ('Police believed ...') is not speech; '<Post> of the <Body>, <Name>, said' gives the name (an honorific
such as Mawlawi stays part of it, as the gold files write it)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.rstrip(",")) for q in extract(Document(id="t", text=text, published="2026-03-01")).quotes]


@pytest.mark.parametrize("joint", ["while", "whereas", "although"])
def test_quotes_s6_while_clause_after_quote_is_not_the_speaker(joint: str) -> None:
    text = (f"The interior ministry's spokesman accused Kabul of trying to \u201cdeflect blame for its failures\u201d, "
            f"{joint} Kabul has often said that no fighters use Afghan soil.")
    assert _quotes(text) == [("interior ministry's spokesman", "deflect blame for its failures")]


def test_quotes_s6_speaker_after_quote_still_read() -> None:
    text = "The markets will reopen soon, \u201cwithin days if the talks hold\u201d, the trade minister Gul Rehman said."
    assert [s for s, _ in _quotes(text)] == ["Gul Rehman"]


@pytest.mark.parametrize("tail", ["at the launch of the survey", "during a seminar in Quetta", "after the cabinet meeting"])
def test_quotes_s6_said_name_then_place_phrase(tail: str) -> None:
    text = f"\u201cThe numbers are the worst in a decade, and the trend is upward,\u201d said the monitor's director Nargis Afridi {tail}."
    assert [s for s, _ in _quotes(text)] == ["Nargis Afridi"]


@pytest.mark.parametrize("subject,speaker", [("the acting commerce minister", "acting commerce minister"),
                                             ("Commerce Minister Ahmad Zia Noori", "Ahmad Zia Noori")])
def test_quotes_s6_was_quoted_as_saying(subject: str, speaker: str) -> None:
    text = ("The envoys met in Kabul on Monday.\n\n"
            f"\u201cWe want calm borders and open markets with every neighbour,\u201d {subject} was quoted as saying.")
    assert _quotes(text) == [(speaker, "We want calm borders and open markets with every neighbour")]


@pytest.mark.parametrize("verb", ["believed", "believes"])
def test_quotes_s6_belief_verb_is_not_speech(verb: str) -> None:
    # a belief is no attribution: the police hold a view, the official is the one who speaks
    text = (f"\u201cThey will not get far.\u201d Police {verb} the gunmen had slipped away towards the hills, "
            "a police official said.")
    assert all(s.lower() != "police" for s, _ in _quotes(text))


def test_quotes_s6_believed_passive_is_no_speech() -> None:
    text = ("The governor spoke to reporters on Monday.\n\n"
            "The blast is believed to have been caused by a gas leak, which officials called \u201ca tragic accident\u201d.")
    assert all(s != "blast" for s, _ in _quotes(text))


@pytest.mark.parametrize("post", ["Deputy spokesman of the Islamic Emirate", "Chairman of the Frontier Traders Union"])
@pytest.mark.parametrize("title", ["Mawlawi ", ""])
def test_quotes_s6_post_of_body_then_name(post: str, title: str) -> None:
    text = f'{post}, {title}Noor Ahmad Saqib, rejected the charge and said: "Our soil is used against no one. We want peace."'
    assert [s for s, _ in _quotes(text)] == [f"{title}Noor Ahmad Saqib"]


def test_quotes_s6_post_of_body_without_name_stays_the_speaker() -> None:
    text = 'The deputy spokesman of the Islamic Emirate said: "Our soil is used against no one. We want peace."'
    assert [s for s, _ in _quotes(text)] == ["deputy spokesman of the Islamic Emirate"]
