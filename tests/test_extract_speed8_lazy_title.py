"""The headline's SentenceInfo is described lazily: same events as describing it up front."""
from __future__ import annotations

import dataclasses

import pytest

from frontierwatch.extract import events as E
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

CASES = [
    ("Gunmen kill two policemen in Bannu", "BANNU: Unknown gunmen opened fire on a police van on Monday, "
     "killing two constables, officials said.", "2024-03-05"),
    ("TTP claims attack on checkpost in Lakki Marwat", "Militants attacked a security checkpost late on "
     "Tuesday night. Three soldiers were martyred in the exchange of fire, the military said.", "2024-05-08"),
    ("Roadside bomb kills three in Khyber district", "A roadside device went off near a passing vehicle, "
     "leaving three people dead and four others hurt, police said on Friday.", "2024-07-13"),
    ("Security forces kill four terrorists in North Waziristan", "Four terrorists were killed during an "
     "intelligence-based operation, the ISPR said in a statement on Sunday.", "2024-09-02"),
    ("", "Two labourers were shot dead in Quetta on Wednesday, police said.", "2024-10-03"),
    ("Clash at border crossing", "Afghan forces fired mortar shells across the border into Kurram, "
     "killing one villager, local officials said on Thursday.", "2024-11-15"),
]


def _events(doc: Document, lazy: bool, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    with monkeypatch.context() as m:
        if not lazy:
            m.setattr(E, "_title_info", E._describe_title)
        return [dataclasses.asdict(e) for e in E.violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize(("title", "text", "published"), CASES)
def test_extract_speed8_lazy_title_same_events(title: str, text: str, published: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(id="own-words", text=text, title=title or None, published=published)
    assert _events(doc, True, monkeypatch) == _events(doc, False, monkeypatch)


@pytest.mark.parametrize("title", ["Gunmen kill two policemen in Bannu", "Bomb blast in Peshawar market"])
def test_extract_speed8_lazy_title_describes_on_first_use(title: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = E._describe_title
    monkeypatch.setattr(E, "_describe_title", lambda t, lead, ref: calls.append(t) or real(t, lead, ref))
    frame = type("F", (), {"members": []})()  # the lead only gates the place/day look-ups
    info = E._title_info(title, frame, None)
    assert info.sent.text == title and info.sent.start == 0 and info.sent.end == len(title)
    assert calls == []
    assert info.is_title and info.sent.text == title
    assert calls == [title]
    assert info.cues == info.cues  # cached: not described again
    assert calls == [title]
