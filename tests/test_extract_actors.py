"""Actor aliases as data (data/lexicons/actors.csv) and the lexicon loader's checks."""
from __future__ import annotations

import pytest

from frontierwatch.extract.actors import actor_code, find_actors
from frontierwatch.extract.lexicon import LexiconError, load, parse_rows


@pytest.mark.parametrize("name, code", [
    ("Tehreek-i-Taliban Pakistan", "TTP"), ("Tehrik-e-Taliban Pakistan", "TTP"), ("Pakistani Taliban", "TTP"),
    ("Fitna al Khawarij", "TTP"), ("Fitna-ul-Khawarij", "TTP"), ("khwarij", "TTP"),
    ("Islamic State Khorasan", "ISKP"), ("IS-K", "ISKP"), ("Daesh", "ISKP"), ("ISKP", "ISKP"),
    ("Balochistan Liberation Army", "BLA"), ("Majeed Brigade", "BLA"), ("Baloch Liberation Front", "BLF"),
    ("Baloch Raji Aajoi Sangar", "BRAS"), ("Fitna al Hindustan", "Fitna al Hindustan"),
    ("Hafiz Gul Bahadur group", "HGB"), ("Jamaat-ul-Ahrar", "JuA"), ("Lashkar-e-Jhangvi", "LeJ"),
    ("Afghan Taliban", "TTA"), ("Afghan border forces", "TTA"),
])
def test_actors_alias_codes(name: str, code: str) -> None:
    assert actor_code(name) == code
    found = find_actors(f"Officials blamed the {name} for the raid.")
    assert [a.code for a in found] == [code]


def test_actors_longest_alias_wins_and_words_only() -> None:
    found = find_actors("The Islamic State Khorasan Province and the TTP; a TTPX file is not an actor.")
    assert [(a.surface, a.code) for a in found] == [("Islamic State Khorasan Province", "ISKP"), ("TTP", "TTP")]
    assert actor_code("Unknown Front") is None


@pytest.mark.parametrize("raw, reason", [
    ("alias,code\n", "no entries"),
    ("alias,code\nTTP,TTP\nttp,TTP\n", "repeats"),
    ("alias,code\n ,TTP\n", "empty phrase"),
    ("alias,code\nTTP,\n", "empty value"),
    ("alias,code\nTTP,TTP,extra\n", "columns"),
])
def test_lexicon_loader_rejects_bad_rows(raw: str, reason: str) -> None:
    with pytest.raises(LexiconError, match=reason):
        parse_rows("actors.csv", raw)


@pytest.mark.parametrize("name", ["actors", "victim_groups", "casualty_verbs", "tactics", "targets", "event_cues"])
def test_lexicon_files_load(name: str) -> None:
    lex = load(name)
    assert len(lex.rows) > 10
    assert all(k and all(v for v in vals) for k, vals in lex.rows.items())


def test_lexicon_adversarial_input_is_fast() -> None:
    import time

    blob = ("suicide attack attack-attack khwarij " * 3000)[:100_000]
    t = time.process_time()
    for name in ("event_cues", "actors", "tactics"):
        load(name).find(blob)
    assert time.process_time() - t < 1.0
