"""Relations extractor guards: lexicon data is well formed, run-on input stays fast, dev-corpus floor."""
from __future__ import annotations

import re
import time

import pytest

from frontierwatch.extract import lexicon
from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

KINDS = {
    "crossing_cues": {"crossing", "closed", "reopened", "opened", "partial", "generic", "not_generic", "block",
                      "after", "not_crossing", "mode", "ignore"},
    "refugee_cues": {"population", "people", "family", "extension", "ext_object", "deadline", "leave",
                     "decision", "launch", "drive", "returns", "forced", "other_origin", "cumulative", "block", "detain"},
    "diplomacy_cues": {"cue", "block", "purpose", "mediator", "trilateral", "projectile", "local", "idiom"},
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_extract_relations_lexicon_kinds_are_known(name: str) -> None:
    rows = lexicon.load(name).rows
    assert rows, name
    assert {v[0] for v in rows.values()} <= KINDS[name]


def test_extract_relations_states_are_iso_codes() -> None:
    rows = lexicon.load("states").rows
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code, _kind in rows.values())
    assert {kind for _code, kind in rows.values()} <= {"country", "demonym", "capital", "city", "government",
                                                      "official"}
    assert rows["kabul"] == ("AF", "capital") and rows["islamabad"] == ("PK", "capital")


ADVERSARIAL = {
    "one word": "word " * 20_000,
    "digits": "1," * 50_000,
    "run-on cues": "Torkham closed on Monday and reopened on Tuesday and " * 2_000,
    "run-on diplomacy": "Pakistan and Afghanistan held talks in Kabul on Monday, " * 1_800,
    "many cue sentences": "The Chaman crossing was shut on Monday. It was reopened on Tuesday. " * 1_500,
    "many returns": "On Monday, 3,000 Afghans went back through Torkham, officials said. " * 1_500,
    "trilateral": "On Monday, three states met for trilateral talks in Kabul: Pakistan, Afghanistan, China. " * 1_000,
    "lists": "mediated by " + "Qatar and " * 10_000,
    "no spaces": "x" * 100_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extract_relations_adversarial_input_is_fast(name: str) -> None:
    text = ADVERSARIAL[name]
    doc = Document(id="adv", text=text, published="2025-03-12")
    sentences = split_sentences(text)
    extract_relations_events(doc, sentences[:1])  # load lexicons outside the timing
    start = time.perf_counter()
    extract_relations_events(doc, sentences)
    assert time.perf_counter() - start < 1.0
