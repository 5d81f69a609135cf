"""Quote-stage patterns compiled once (issue 4, second pass) match what the per-call patterns matched."""
from __future__ import annotations

import re

import pytest

from frontierwatch.extract import quotes as Q
from frontierwatch.extract import speakers as S

SUBJECTS = [
    "The ministry issued a statement and said",
    "A provincial department released figures, saying",
    "the Foreign Office put out a note",
    "The local police chief condemned the attack and said",
    "Gul Khan, speaking from Quetta,",
    "In Kabul the ministry sent",
    "",
]


def _statement_plain() -> re.Pattern[str]:
    bodies = S._alt([r for r, k in S._lex().roles.items() if k == "body"])
    return re.compile(rf"((?:[Tt]he|[Aa]n?)\s+(?:[\w'’]+\s+){{0,3}}(?:{bodies}))\s+(?:issued|released|put\s+out|sent)\b")


@pytest.mark.parametrize("text", SUBJECTS)
def test_extract_speed2_statement_pattern_same_match(text: str) -> None:
    fast, plain = Q._statement_rx().search(text), _statement_plain().search(text)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


def test_extract_speed2_statement_pattern_not_vacuous() -> None:
    assert Q._sentence_subject("after talks, the ministry issued a warning") == "the ministry"


@pytest.mark.parametrize("np,expected", [
    ("the  spokesman (retired)", "spokesman"),
    ("The Foreign Office's statement", "Foreign Office"),
    ("a relative of Gul Khan", "relative of Gul Khan"),
])
def test_extract_speed2_resolve_with_compiled_patterns(np: str, expected: str) -> None:
    name, _ = S._resolve(np, 0, S._Ctx(), "")
    assert name == expected


def _mask_plain(text: str, spans: list) -> str:
    chars = list(text)
    for q in spans:
        for s, e in q.parts:
            for k in range(s, min(e, len(chars))):
                if not chars[k].isspace():
                    chars[k] = Q._MASK
    return "".join(chars)


MASK_TEXT = "He said “we\u00a0will\u2009stay\x1chere,” and\tthen ‘left’ — “again\u3000and\n\nagain” ok_"


@pytest.mark.parametrize("parts", [
    [], [[(0, 5)]], [[(9, 30)], [(20, 40)]], [[(40, 60), (62, 70)], [(0, 3)]], [[(70, 500)]],
    [[(10, 10)], [(30, 12)]], [[(5, 50)], [(6, 7)], [(49, 52)]], [[(0, len(MASK_TEXT))]],
])
def test_extract_speed2_mask_same_as_char_loop(parts: list) -> None:
    spans = [Q._QSpan(p[0][0], p[-1][1], list(p)) for p in parts]
    assert Q._mask(MASK_TEXT, spans) == _mask_plain(MASK_TEXT, spans)


def test_extract_speed2_mask_not_vacuous() -> None:
    assert Q._mask("a “b c” d", [Q._QSpan(2, 7, [(3, 6)])]) == "a “_ _” d"


@pytest.mark.parametrize("text", SUBJECTS + [MASK_TEXT, "Dr. Amna Qazi, DPO\u00a0Khan and the deputy commissioner Ali",
                                             "Inspector-General of Police Sindh Kamal Shah; ſenator \u212aamal"])
def test_extract_speed2_title_lead_same_matches(text: str) -> None:
    from frontierwatch.extract import fastre
    rx = S._lex().title_rx
    plain = fastre.ORIGINALS[rx]
    for probe in (text, text + " ", text.upper() + " "):
        assert [m.span() for m in rx.finditer(probe)] == [m.span() for m in plain.finditer(probe)]
        assert bool(rx.match(probe)) == bool(plain.match(probe))


ROLE_PHRASES = ["the spokesman for the ministry", "a police official in Quetta", "The spokesman\u00a0FROM Kabul",
                "the official\tspeaking", "spokesmanfrom", "the commander ſpeaking", "Gul Khan", "a senior officer who",
                "the envoy posted", "the minister", "", "officials in"]


@pytest.mark.parametrize("np", ROLE_PHRASES)
def test_extract_speed2_role_cut_first_check_same(np: str) -> None:
    plain = S._lex().role_cut_rx.match(np)
    fast = S._lex().role_cut_rx.match(np) if S._ROLE_CUT_WORD.search(np) else None
    assert (fast and fast.span()) == (plain and plain.span())


def test_extract_speed2_role_cut_not_vacuous() -> None:
    assert S._lex().role_cut_rx.match("the spokesman for the ministry")
    assert not S._ROLE_CUT_WORD.search("Gul Khan")
