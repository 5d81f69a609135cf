"""Speaker bodies are looked for only when a speaker phrase needs them: same bodies, same speakers."""
from __future__ import annotations

import pytest

from frontierwatch.extract import speakers as S
from frontierwatch.extract.lexicon import load
from frontierwatch.extract.quotes import extract_quotes
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

TEXTS = [
    ("Ministry statement", "The Foreign Office said in a statement that talks would go on. "
     "“We remain open to dialogue,” it said."),
    ("Raid in the valley", "The Balochistan Liberation Army (BLA) claimed the raid. The BLA said "
     "its fighters had withdrawn. “Our men are safe,” the group said."),
    (None, "Police said two men were held. “They were carrying rifles,” said Inspector Gul Zaman."),
    ("", "No body is named here at all, only a plain sentence about rain and roads."),
    ("ISPR", "The Inter-Services Public Relations wing said troops responded. "
     "“Three attackers were killed,” the statement said."),
]


def _eager(masked: str, title: str | None, limit: int) -> list[tuple[int, str]]:
    """The bodies as the context builder used to collect them before any quote was read."""
    lex, out = S._lex(), []
    for m in S._BODY_NAME.finditer((title or "") + "\n" + masked):
        words = m.group(1)
        if lex.body_rx.search(words) or S._ALL_CAPS.fullmatch(words):
            out.append((m.start() - len(title or "") - 1, S._THE_LEAD.sub("", words)))
    for h in load("actors").find(masked, 0, limit):
        if masked[h.start:h.end][:1].isupper():
            out.append((h.start, masked[h.start:h.end]))
    return sorted(out)


@pytest.mark.parametrize(("title", "text"), TEXTS)
def test_speakers_lazy_bodies_equal_eager_scan(title: str | None, text: str) -> None:
    ctx = S._build_ctx(text, text, title)
    assert ctx.bodies == [] and ctx.bodies_pending
    assert S._bodies(ctx) == _eager(text, title, ctx.limit)
    assert not ctx.bodies_pending
    assert S._bodies(ctx) is ctx.bodies  # found once


@pytest.mark.parametrize(("title", "text", "speaker"), [
    (TEXTS[0][0], TEXTS[0][1], "Foreign Office"),
    (TEXTS[2][0], TEXTS[2][1], "Gul Zaman"),
])
def test_extract_quotes_speaker_with_lazy_bodies(title: str | None, text: str, speaker: str) -> None:
    doc = Document(id="t", text=text, title=title, published="2025-01-02")
    quotes = extract_quotes(doc, split_sentences(text))
    assert [q.speaker for q in quotes] == [speaker]
