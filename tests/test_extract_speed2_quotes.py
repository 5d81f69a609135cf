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
