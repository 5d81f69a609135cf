"""One combined scan fills each lexicon's whole-text cache with exactly the hits its own scan finds,
and scanning again (another stage asking) changes nothing."""
from pathlib import Path

import pytest

from frontierwatch.extract import lexicon

NAMES = ("casualty_verbs", "event_cues", "actors", "crossing_cues", "refugee_cues", "diplomacy_cues")
TEXTS = [
    "QUETTA: Two Levies men were martyred and three injured when militants attacked a check post; the "
    "Torkham crossing was closed and Afghan refugees were told to leave before talks in Kabul.",
    "Nothing of note happened in the market on Tuesday, traders said.",
    "Killed in the raid were four gunmen; troops killed, injured and arrested others near the border crossing.",
    "zq xv",  # no phrase at all: every cache holds an empty scan
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lexicon_together_same_hits_and_idempotent(text):
    copy = (text + " ")[:-1]  # an equal string that is another object: its scans are cached apart
    own = {n: [(h.start, h.end, h.key) for h in lexicon.load(n).find(copy)] for n in NAMES}
    for n in NAMES:
        lexicon.load(n)._scans = []  # nothing cached: the combined scan below fills every cache
    together = lexicon.together(NAMES)
    together.scan(text)
    assert all(any(t is text for t, _, _ in lexicon.load(n)._scans) for n in NAMES)
    first = {n: [(h.start, h.end, h.key) for h in lexicon.load(n).find(text)] for n in NAMES}
    together.scan(text)
    again = {n: [(h.start, h.end, h.key) for h in lexicon.load(n).find(text)] for n in NAMES}
    assert first == own
    assert again == first


DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "docs"


def test_lexicon_together_same_hits_on_dev_corpus():
    if not DEV.exists():
        pytest.skip("no shared dev corpus")
    from frontierwatch.clean import clean_document
    from frontierwatch.ingest import iter_documents

    together = lexicon.together(NAMES)
    for doc in iter_documents([str(DEV)]):
        if isinstance(doc, Exception):
            continue
        text = clean_document(doc).text or ""
        copy = (text + " ")[:-1]
        own = {n: [(h.start, h.end, h.key) for h in lexicon.load(n).find(copy)] for n in NAMES}
        together.scan(text)
        assert {n: [(h.start, h.end, h.key) for h in lexicon.load(n).find(text)] for n in NAMES} == own, doc.id
