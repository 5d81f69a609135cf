"""Speed pass 7: the place scan skips phrase tries at a word no longer name goes on from; the
matches must be exactly those of the full trie walk."""
from __future__ import annotations

from pathlib import Path

import pytest

from frontierwatch.geo import scan

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


class _Everything:
    """A second-token table that lets every phrase length be tried (the walk before the skip)."""

    def get(self, key: str, default: object = None) -> "_Everything":
        return self

    def __contains__(self, item: object) -> bool:
        return True


def _flat(found: tuple[list[scan.RawMatch], list[str]]) -> tuple[list[tuple], list[str]]:
    return [(m.start, m.end, m.surface, m.candidates) for m in found[0]], found[1]


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple, tuple]:
    new = _flat(scan.raw_matches(text))
    with monkeypatch.context() as m:
        m.setattr(scan, "_second_tokens", lambda g: _Everything())
        old = _flat(scan.raw_matches(text))
    return new, old


@pytest.mark.parametrize("text", [
    "Gunmen opened fire in Lakki Marwat and later fled towards North Waziristan.",
    "Officials in Dera Ismail Khan said the D.I. Khan police had sealed the road.",
    "The Kurram River rose after rain; Kurram district stayed calm, Pakistan said.",
    "A blast near Torkham on the Afghan side of the border wounded two porters.",
    "Khyber Pakhtunkhwa police and the KP counter-terrorism unit raided a house in Peshawar",
    "South",  # a first word of longer names standing last
    "Nothing named here at all.",
])
def test_extract_speed7_scan_matches_full_walk(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new, old = _both(text, monkeypatch)
    assert new == old


def test_extract_speed7_scan_finds_multiword_name() -> None:
    spans = [m.surface for m in scan.raw_matches("Shots were fired in Lakki Marwat on Sunday.")[0]]
    assert "Lakki Marwat" in spans


def test_extract_speed7_scan_dev_corpus_same(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = SHARED / "corpus" / "dev" / "docs"
    if not docs.is_dir():
        pytest.skip("no shared dev corpus")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(docs.iterdir())[:40] if p.is_file()]
    assert texts
    for text in texts:
        new, old = _both(text, monkeypatch)
        assert new == old
