"""A short whole-sentence quote right after '"...," he added.' is the same speaker's; other short quotes stay out."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published="2026-01-01")).quotes]


@pytest.mark.parametrize("text, tail", [
    ('The post was hit at dawn.\n\n"Every man on that gate knew the risk," Inspector Gul Nawaz said. "They stayed anyway."',
     ("Gul Nawaz", "They stayed anyway.")),
    ('Traders waited at the gate.\n\n"We have lost three weeks of business," trader Zarina Bibi added. "Nobody listens!"',
     ("Zarina Bibi", "Nobody listens!")),
])
def test_quotes_s7_short_sentence_after_attribution_is_kept(text: str, tail: tuple) -> None:
    got = _quotes(text)
    assert got[-1][1] == tail[1]
    assert tail[0] is None or got[-1][0] == tail[0]
    assert got[-1][0] == got[0][0]  # the speaker of the quote before


@pytest.mark.parametrize("text", [
    # a word or label in marks after an attribution is no sentence of speech
    'The post was hit at dawn.\n\n"Every man on that gate knew the risk," Inspector Gul Nawaz said. "Khwarij" was the '
    'word officials used.',
    # the attribution goes on past the speech verb: the short quote is not told as the speaker's next sentence
    'The post was hit at dawn.\n\n"Every man on that gate knew the risk," Inspector Gul Nawaz said, before the line '
    'went dead. "Stay home."',
    # a short quote after a sentence that attributes nothing
    '"Every man on that gate knew the risk," Inspector Gul Nawaz said on the phone from Bannu, where the funeral '
    'was held. Later, a banner read "Never forget."',
    # the sentence after the short quote gives it its own source (a placard), not the speaker before
    "Families gathered outside the press club.\n\n'We only want to know where they are,' the mother said on Tuesday. "
    '"Return our sons." The placard held up by the marchers read the same.',
])
def test_quotes_s7_other_short_quotes_stay_out(text: str) -> None:
    assert all(len(t.split()) >= 5 for _, t in _quotes(text))
