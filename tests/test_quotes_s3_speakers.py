"""Session-3 quote speakers: 'the statement quoted X as saying' after the quote, a fragment in an
'According to the X (ACR)' sentence, a quoted protest wording with the protesting body as subject,
and a body name that runs over 'for ... and ...' kept whole."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("text,speaker", [
    ('The Baloch Liberation Front said it had attacked the post. "We hit them from two sides and left unharmed," '
     'the statement quoted Gwahram Baloch as saying.', "Gwahram Baloch"),
    ('"The road will stay shut until the talks end," a press release quoted Sardar Nabi Khan as saying.', "Sardar Nabi Khan"),
])
def test_quotes_s3_quoted_as_saying_after_the_quote(text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("According to the Inter-Services Public Relations (ISPR), troops returned fire and caused “heavy losses to the attackers”.",
     "ISPR"),
    ("According to the Counter Terrorism Department (CTD), the suspects were planning “attacks on places of worship”.",
     "Counter Terrorism Department"),
])
def test_quotes_s3_fragment_in_an_according_to_sentence(text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(text)] == [speaker]


def test_quotes_s3_fragment_without_attribution_is_skipped() -> None:
    assert _quotes("Troops returned fire and caused “heavy losses to the attackers” near the post.") == []


@pytest.mark.parametrize("text,word", [
    ("The Ministry of Foreign Affairs summoned the envoy on Monday and handed him a protest note over the "
     "\"repeated violation of our airspace and territory.\"", "Foreign"),
    ("The Ministry of Interior lodged a complaint about the \"unlawful detention of our citizens at the border\" on Sunday.",
     "Interior"),
])
def test_quotes_s3_protest_wording_takes_the_protesting_body(text: str, word: str) -> None:
    got = _quotes(text)
    assert len(got) == 1 and got[0][0] is not None and word in got[0][0]


def test_quotes_s3_protest_near_miss_unnamed_subject_is_skipped() -> None:
    assert _quotes("Residents handed the officials a protest note over the \"repeated closure of the only road\".") == []


def test_quotes_s3_body_name_with_for_and_kept_whole() -> None:
    text = ("The Pakistan Institute for Conflict and Security Studies (PICSS) released its report on Sunday. "
            "\"The trend shows no sign of easing across the north,\" the report said.")
    assert [s for s, _ in _quotes(text)] == ["Pakistan Institute for Conflict and Security Studies"]


@pytest.mark.parametrize("pronoun,speaker", [("him", "Saleem Kakar"), ("her", "Sadia Noor")])
def test_quotes_s3_quoted_pronoun_as_saying_takes_the_person(pronoun: str, speaker: str) -> None:
    first = "Home Minister Saleem Kakar's" if pronoun == "him" else "Commissioner Sadia Noor's"
    text = (f"{first} office said in a statement that security had been tightened. "
            f'"Nobody will hold the province hostage," the statement quoted {pronoun} as saying.')
    assert [s for s, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize("title", ["Dr.", "Prof.", "Gen."])
def test_quotes_s3_title_abbreviation_after_said(title: str) -> None:
    text = f'"Our teams walk into danger every morning," said {title} Rahim Gul Afridi, who heads the programme.'
    assert [s for s, _ in _quotes(text)] == ["Rahim Gul Afridi"]


def test_quotes_s3_title_abbreviation_near_miss_plain_name() -> None:
    text = '"Our teams walk into danger every morning," said Rahim Gul Afridi, who heads the programme.'
    assert [s for s, _ in _quotes(text)] == ["Rahim Gul Afridi"]


def test_quotes_s3_who_said_takes_the_named_person() -> None:
    text = ("The banned Baloch Liberation Front claimed the attack in a statement sent by its spokesman Gwahram "
            "Baloch, who said the fighters had \u201cheld the post for three hours\u201d.")
    assert [s for s, _ in _quotes(text)] == ["Gwahram Baloch"]


def test_quotes_s3_who_said_near_miss_unnamed_spokesman() -> None:
    text = ("The banned Baloch Liberation Front claimed the attack in a statement sent by its spokesman, who said "
            "the fighters had \u201cheld the post for three hours\u201d.")
    assert [s for s, _ in _quotes(text)] == ["Baloch Liberation Front"]
