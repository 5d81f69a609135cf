"""Speakers named by a transcript turn, a role's comma-set name, an aged apposition, or a body's statement."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


def _speakers(text: str) -> list[str | None]:
    return [sp for sp, _ in _quotes(text)]


@pytest.mark.parametrize("text, speaker", [
    ('HOST: Is dialogue worth it?\n\nNASREEN AKHTAR BHATTI: Yes. I have told my students many times: "A bad meeting still '
     'beats a good battle." Nothing else has worked.', "Nasreen Akhtar Bhatti"),
    ('ANCHOR: Your view?\n\nTARIQ MAHMOOD: Look, I said it last year on this show: "Closing the border hurts '
     'traders first and militants last." I stand by it.', "Tariq Mahmood"),
])
def test_speakers_s7_first_person_in_a_transcript_turn_is_the_turn_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, place", [
    # a dateline opening the paragraph is where the story was filed, not a transcript turn's speaker
    ('DERA ISMAIL KHAN: A trader stood by his burnt stall. I told the police plainly: "We need guards here, not '
     'promises." Nobody came.', "Dera Ismail Khan"),
    ('LANDI KOTAL: Porters waited at the gate for a third day. I asked one of them, and he said: "We have not earned '
     'a rupee all week."', "Landi Kotal"),
])
def test_speakers_s7_dateline_is_no_turn_speaker(text: str, place: str) -> None:
    assert place not in _speakers(text)


@pytest.mark.parametrize("text", [
    # a first-person quote in ordinary prose (no turn label) is not given a label from elsewhere
    'EDITOR\'S NOTE: This story was updated.\n\nThe trader shrugged. "I told them: \'We cannot pay twice for the same road,\'" '
    'he recalled of the meeting with officials at the market in Peshawar.',
])
def test_speakers_s7_note_label_is_no_turn_speaker(text: str) -> None:
    assert all(sp is None or "Note" not in sp for sp in _speakers(text))


@pytest.mark.parametrize("text, speaker", [
    ('Talks ended without a deal. But look at what the Norwegian mediator, Dr Hamid Sultani, told reporters on Friday: '
     '"Both teams will be back at the table next month."', "Hamid Sultani"),
    ('The provincial spokesperson, Naila Qureshi, said: "The camps will stay open through the winter months."',
     "Naila Qureshi"),
])
def test_speakers_s7_role_then_comma_set_name_is_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, not_speaker", [
    # what follows the role in commas is no name: a phrase, a place, a time
    ('The mediator, in a brief remark, told reporters: "Both teams will be back at the table next month."', "in a brief remark"),
    ('The spokesman, speaking on Friday, said: "The camps will stay open through the winter months."', "speaking on Friday"),
])
def test_speakers_s7_role_then_comma_phrase_keeps_no_phrase(text: str, not_speaker: str) -> None:
    assert not_speaker not in " ".join(sp or "" for sp in _speakers(text))


@pytest.mark.parametrize("text, speaker", [
    ('Bibi Hawa, a 52-year-old mother of six, waited at the camp gate. "We sold everything to pay for the truck," '
     'she said.', "Bibi Hawa"),
    ('The market has been shut since mid-March, traders said. Shah Wali, a 38-year-old porter, sat on a sack. '
     '"There is no work left for us here," he said.', "Shah Wali"),
])
def test_speakers_s7_aged_apposition_is_the_pronoun_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, not_speaker", [
    # a fronted place phrase before ", a N-year-old ..." is where, never who
    ('Deputy Superintendent Omar Daud said the search would go on. In Kalam, a 41-year-old guard was stabbed on Tuesday. '
     '"We know who did this," he said.', "In Kalam"),
    ('At Lady Reading Hospital, a 9-year-old girl waited for surgery. "Nobody has come to see us," she said.',
     "At Lady Reading Hospital"),
    ('Close to the Friendship Gate, a 58-year-old loader rested on a cart. "The queue never moves," he said.',
     "Friendship Gate"),
])
def test_speakers_s7_place_before_aged_apposition_is_no_speaker(text: str, not_speaker: str) -> None:
    assert not_speaker not in _speakers(text)


@pytest.mark.parametrize("text, not_speaker", [
    # a month or weekday before the comma is a time, never the "he"/"she" who speaks
    ('Trade has been halted since mid-October, the chamber says. "We are losing money every single day," she said.', "October"),
    ('Last Friday, the council met again. "We are losing money every single day," he said.', "Last Friday"),
])
def test_speakers_s7_time_before_comma_is_no_speaker(text: str, not_speaker: str) -> None:
    assert not_speaker not in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ('"Troops will stay in the valley," the ISPR said. Separately, the Interior Ministry, in a statement, praised the '
     'police. "Their courage keeps the city safe at night," the statement said.', "Interior Ministry"),
])
def test_speakers_s7_statement_said_is_its_issuing_body(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # with no body issuing a statement nearby, "the statement" stays with the body that spoke before
    ('The ISPR said troops had cleared the area. "The operation will continue until the last militant is removed," '
     'the statement said.', "ISPR"),
])
def test_speakers_s7_statement_without_issuer_keeps_last_body(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
