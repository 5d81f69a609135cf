"""A title's bracketed abbreviation or a retired rank sits inside a titled name; "the DIG said" is its holder."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("text, speaker", [
    ('Speaking to reporters, Deputy Inspector General (DIG) CTD Faraz Ali Bukhari said two suspects were held.\n\n'
     '"The cell had planned more attacks in the city," the DIG said.', "Faraz Ali Bukhari"),
    ('Senior Superintendent of Police (SSP) Noor Jahan Mengal said the checkpoint was reinforced.\n\n'
     '"We will not let them return to the market," the SSP said.', "Noor Jahan Mengal"),
    ('Deputy Commissioner Zhob Major (retd) Habib Ullah Kakar said three houses were damaged.\n\n'
     '"Families are being moved to the school building tonight," the deputy commissioner said.', "Habib Ullah Kakar"),
    ('Deputy Inspector General CTD Tahir Hussain Abbasi said the van was found later.\n\n'
     '"The driver had been paid to park it there," the DIG told reporters.', "Tahir Hussain Abbasi"),
])
def test_speakers_s7_bracketed_title_resolves_to_holder(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a bracket after the title with no name after it: no titled person, the role stays as it is
    ('The Deputy Commissioner (DC) office said the road was open.\n\n"Traffic is moving again," the DC said.', "DC"),
    # a two-word name led by capitals is a name, not a unit's acronym and a name
    ('Deputy Commissioner AB Khan said the road was open.\n\n"Traffic is moving again," the deputy commissioner said.',
     "AB Khan"),
])
def test_speakers_s7_no_bracket_name_invented(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a title and its place, then the holder in commas: "he" and "the DPO" are that person
    ('District Police Officer (DPO) Lakki Marwat, Imran Khan Niazi, has served there since May. "Every family that '
     'lost a son is my family," he told us.', "Imran Khan Niazi"),
    ('District Police Officer Bannu, Ali Raza Khattak, said the road was open.\n\n"Traffic is moving again," the DPO '
     'said.', "Ali Raza Khattak"),
])
def test_speakers_s7_title_place_then_holder_in_commas(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_speakers_s7_title_then_lowercase_apposition_names_no_one() -> None:
    # "Deputy Commissioner Zhob, the district's top official,": no personal name given in the commas
    text = ('Deputy Commissioner Zhob, the district\'s top official, said the road was open.\n\n"Traffic is moving '
            'again," the deputy commissioner said.')
    assert "the district's top official" not in _speakers(text)


def test_speakers_s7_all_caps_name_keeps_its_first_word() -> None:
    # a name written in capitals is no acronym and a name
    text = ('Deputy Commissioner AMJAD ALI KHAN said the road was open.\n\n"Traffic is moving again," the deputy '
            'commissioner said.')
    assert _speakers(text) == ["AMJAD ALI KHAN"]
