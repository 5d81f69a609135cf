"""Session-4 quote speakers: a body alias written with a curly apostrophe ('the military’s media wing')
is the body; 'condemned ... as a "..."' attributes speech; a verb-like noun inside the object of a
labelling verb ('called the rival claims "..."') is no speech verb; an office named without its holder
('Governor of Sindh') is kept whole; a time adverb ('have in the past') is cut from the subject."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("apostrophe", ["\u2019", "'"])
def test_quotes_s4_media_wing_alias_with_either_apostrophe(apostrophe: str) -> None:
    text = (f"The military{apostrophe}s media wing said troops answered the firing “with full force” and "
            "silenced the posts across the line.")
    assert _quotes(text) == [("ISPR", "with full force")]


@pytest.mark.parametrize("verb", ["condemned", "denounced"])
def test_quotes_s4_condemned_as_attributes_the_phrase(verb: str) -> None:
    text = (f"The Taliban government’s spokesman, Abdul Qahar Nuri, {verb} the raid as a “blatant breach of "
            "our territorial integrity” on Monday.")
    assert _quotes(text) == [("Abdul Qahar Nuri", "blatant breach of our territorial integrity")]


@pytest.mark.parametrize("noun", ["claims", "statements", "calls"])
def test_quotes_s4_noun_in_a_labelling_object_is_no_speech_verb(noun: str) -> None:
    text = f"The ISPR termed the rival {noun} about the captured posts “entirely fabricated”."
    assert [s for s, _ in _quotes(text)] == ["ISPR"]


def test_quotes_s4_verb_after_a_clause_break_still_speaks() -> None:
    text = "The ISPR rejected the report, and Zabihullah Mujahid claims “we hold every post on the ridge”."
    assert [s for s, _ in _quotes(text)] == ["Zabihullah Mujahid"]


@pytest.mark.parametrize("office", ["Governor of Sindh", "Chief Minister of Khyber Pakhtunkhwa"])
def test_quotes_s4_office_without_holder_kept_whole(office: str) -> None:
    text = f"{office} condemned the bombing, calling it a “cowardly attempt to divide the people of the province”."
    assert [s for s, _ in _quotes(text)] == [office]


def test_quotes_s4_office_with_holder_gives_the_name() -> None:
    text = "Governor of Sindh Kamran Tessori condemned the bombing, calling it a “cowardly attempt to divide the people”."
    assert [s for s, _ in _quotes(text)] == ["Kamran Tessori"]


@pytest.mark.parametrize("adverb", ["have in the past", "have previously"])
def test_quotes_s4_time_adverb_before_the_verb_is_cut_from_the_speaker(adverb: str) -> None:
    text = f"Kabul officials {adverb} rejected the charge and termed the raids “an open act of aggression”."
    assert [s for s, _ in _quotes(text)] == ["Kabul officials"]


def test_quotes_s4_past_inside_a_name_phrase_is_kept() -> None:
    text = "The Past Pupils Association said the school would reopen “as soon as the roof is repaired”."
    assert [s for s, _ in _quotes(text)] == ["Past Pupils Association"]
