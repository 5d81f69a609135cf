"""Quotes in single straight marks, a one-word noun held in quotes after a determiner, and a speaker
named in apposition to a role (a delegation leader, an envoy to a capital)."""
from __future__ import annotations

import pytest

from frontierwatch.extract.quotes import extract_quotes
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = Document(id="q", text=text, published="2025-01-01")
    return [(q.speaker, q.text) for q in extract_quotes(doc, split_sentences(text))]


@pytest.mark.parametrize("text, expected", [
    # single straight marks closing right after punctuation are a quote
    ("Deputy Commissioner Farhan Ali Baig visited the town on Monday.\n\n"
     "'Nobody will be allowed to block the highway,' Baig said. 'The road will stay open for everyone.'",
     [("Farhan Ali Baig", "Nobody will be allowed to block the highway,"),
      ("Farhan Ali Baig", "The road will stay open for everyone.")]),
    ("'We lost our shop and our savings,' said Rahim Gul, a trader in the old bazaar.",
     [("Rahim Gul", "We lost our shop and our savings,")]),
    # the delegation leader named in apposition is who "he" is
    ("Afghanistan's delegation leader, Deputy Minister Sayed Karim Naseri, said the talks had gone well. "
     "\u201cWe came to listen and we listened,\u201d he said.",
     [("Sayed Karim Naseri", "We came to listen and we listened,")]),
    # a role with its post ("envoy to Kabul") before the name in apposition: the name speaks
    ("Pakistan's envoy to Kabul, Ambassador Nadeem Raza Shah, said the talks had gone well. "
     "\u201cWe came to listen and we listened,\u201d he said.",
     [("Nadeem Raza Shah", "We came to listen and we listened,")]),
])
def test_extract_quotes_marks_found(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", [
    # apostrophes are no quotation marks
    "The soldiers' families gathered at the district's main hospital, Khan's brother said.",
    "Officials said the 'rock 'n' roll' era of the bazaar's music shops was over, the owner's son added.",
    # a straight single mark that never closes after punctuation is no quote
    "Police chief Ali Raza said the 'so-called commanders' had fled to the hills.",
    # one word held at arm's length after a determiner is no speech
    "Spokesman Zabihullah Wardak said the forces had answered the \u201caggression\u201d by firing back.",
    'Minister Qasim Noor said the group\'s "jihad" was a cover for extortion.',
])
def test_extract_quotes_marks_not_quotes(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    # a one-word quote that is the speaker's own verdict stays a quote
    ("Senator Mushtaq Ahmad called the reports \u201cbaseless\u201d.", [("Mushtaq Ahmad", "baseless")]),
    ("The Balochistan Liberation Front said its fighters had \u201coverrun\u201d the post.",
     [("Balochistan Liberation Front", "overrun")]),
])
def test_extract_quotes_marks_one_word_verdict_kept(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a statement posted on ..." describes the medium: the group that claimed speaks
    ("The banned Baloch Unity Front claimed the attack in a statement posted on its channel, saying its fighters "
     "had struck \u201ca convoy of the occupiers and their collaborators\u201d.",
     [("Baloch Unity Front", "a convoy of the occupiers and their collaborators")]),
    # "a statement said" is still the statement speaking
    ("A Foreign Office statement said Pakistan wanted \u201cconcrete and verifiable steps against the group\u201d.",
     [("Foreign Office", "concrete and verifiable steps against the group")]),
])
def test_extract_quotes_marks_statement_medium(text: str, expected: list) -> None:
    assert _quotes(text) == expected

