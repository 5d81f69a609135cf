"""'"...," his brother, Ali Khan, told reporters': the person named in the apposition is the speaker."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("text, speaker", [
    ('Police said a shopkeeper was shot dead on Monday.\n\n"He never argued with anyone in the bazaar," his brother, '
     'Gul Muhammad, told a local newspaper.', "Gul Muhammad"),
    ('A driver was killed near the bridge, officials said.\n\n"She waited up for him every night," her eldest son, '
     'Naveed Akhtar, said.', "Naveed Akhtar"),
    ('Two guards were hurt in the blast, police said.\n\n"We heard a bang and ran out of the office," their '
     'colleague, Sana Ullah, told reporters.', "Sana Ullah"),
])
def test_quotes_s7_kin_apposition_names_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, wrong", [
    # no name in the commas: a relative described only, never a name invented from the clause
    ('Police said a shopkeeper was shot dead.\n\n"He never argued with anyone in the bazaar," his brother, '
     'who was also hurt, told reporters.', "who was also hurt"),
])
def test_quotes_s7_kin_without_name_takes_no_clause(text: str, wrong: str) -> None:
    assert wrong not in _speakers(text)


@pytest.mark.parametrize("text, wrong", [
    # a place after "their" is no relative: the place is never the speaker
    ('Families fled the shelling, officials said.\n\n"We left with nothing but our children," their village, '
     'Lowara, said.', "Lowara"),
    ('Traders protested the closure.\n\n"Every day costs us money," their market, Sadar, said.', "Sadar"),
])
def test_quotes_s7_kin_needs_kin_noun(text: str, wrong: str) -> None:
    assert wrong not in _speakers(text)


def test_speaker_lexicon_s7_kin_nouns_load() -> None:
    from frontierwatch.extract.speaker_lexicon import kin_nouns
    assert {"brother", "colleague"} <= kin_nouns()
