"""Session-3 round-2 quote speakers: "According to a <Body> statement, ..." then '"...," the statement
said' names the body; "the minister" finds "Minister of State for Interior <Name>"; and a post
described before a name in commas ("the chief minister's adviser on information, <Name>, said") hands
a later "he said" to the name."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("body,speaker", [("Foreign Office", "Foreign Office"), ("ISPR", "ISPR")])
def test_quotes_s3_the_statement_said_names_the_body_of_the_statement(body: str, speaker: str) -> None:
    text = ("The banned TTP claimed the raid on the camp.\n\n"
            f"According to a {body} statement, the envoy was handed a demarche on Monday.\n\n"
            "\u201cWe will protect our citizens at any cost,\u201d the statement said.")
    assert [s for s, _ in _quotes(text)] == [speaker]


def test_quotes_s3_the_statement_said_without_a_named_statement_keeps_the_last_body() -> None:
    text = ("The Foreign Office summoned the envoy on Monday.\n\n"
            "\u201cWe will protect our citizens at any cost,\u201d the statement said.")
    assert [s for s, _ in _quotes(text)] == ["Foreign Office"]


@pytest.mark.parametrize("title", ["Minister of State for Interior", "Minister for Refugees"])
def test_quotes_s3_the_minister_is_the_titled_person(title: str) -> None:
    text = (f"Briefing reporters, {title} Tariq Nawaz Gill said the decision was final.\n\n"
            "The minister said the country had hosted refugees for decades, \u201ca duty we carried alone.\u201d")
    assert [s for s, _ in _quotes(text)] == ["Tariq Nawaz Gill"]


def test_quotes_s3_described_post_then_name_takes_the_pronoun() -> None:
    text = ("Condemning the attack, the KP chief minister's adviser on information, Barrister Saad Ullah Khan, "
            "said the attackers would fail. \u201cThey will not shake our resolve,\u201d he said.")
    assert [s for s, _ in _quotes(text)] == ["Saad Ullah Khan"]


def test_quotes_s3_described_post_with_one_word_is_no_name() -> None:
    text = ("Condemning the attack, the KP chief minister's adviser on information, Khan, "
            "said the attackers would fail. \u201cThey will not shake our resolve,\u201d he said.")
    assert [s for s, _ in _quotes(text)] != [("Khan")]
