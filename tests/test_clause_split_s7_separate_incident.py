"""", and in a separate incident ..." inside one sentence tells a second incident, even in the same district."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}


def _events(text: str) -> list:
    ex = extract(Document(id="t", text=text, published="2026-03-03"))
    return [e for e in ex.events if e.type in _VIOLENCE]


@pytest.mark.parametrize("joint", ["and in a separate incident the same day", "while in another attack"])
def test_clause_split_s7_second_incident_in_one_sentence(joint: str) -> None:
    text = (f"KHAR: Two policemen guarding a polio team were shot dead in Bajaur's Mamund tehsil on Monday, {joint} "
            "gunmen kidnapped three vaccinators in the Salarzai area, police said.")
    evs = _events(text)
    assert len(evs) == 2
    assert sorted((e.killed.security_forces or 0, e.abducted or 0) for e in evs) == [(0, 3), (2, 0)]


@pytest.mark.parametrize("text", [
    # near misses: the words with no second incident told after them
    "KHAR: Two policemen were shot dead in Bajaur's Mamund tehsil on Monday, police said, adding that the attack "
    "was not linked to another incident.",
    "KHAR: In a separate incident, two policemen were shot dead in Bajaur's Mamund tehsil on Monday, police said.",
])
def test_clause_split_s7_no_second_incident_no_split(text: str) -> None:
    assert len(_events(text)) == 1


def test_clause_split_s7_separate_is_linear_on_long_space_runs() -> None:
    import time

    from frontierwatch.extract.clause_split import _SEPARATE
    t0 = time.perf_counter()
    assert _SEPARATE.search(" " * 20000 + "x") is None
    assert time.perf_counter() - t0 < 0.2
