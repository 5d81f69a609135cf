"""Session-3 round-2 diplomacy rules: an agreement reported on one day ("officials said Thursday")
takes the day of the talks the next sentence ties it to, and a foreign ministry named after
"In a statement issued on <day>," is the issuer of a statement rejecting the other state's charge."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dip(text: str, published: str = "2025-05-09") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-05-09 is a Friday
    return sorted(((e.action, e.date, e.country, tuple(e.parties or ())) for e in extract(doc).events
                   if e.type == "diplomacy"), key=str)


@pytest.mark.parametrize("anaphor", ["The understanding", "The agreement", "The deal"])
def test_diplomacy_s3_reported_agreement_takes_the_talks_day(anaphor: str) -> None:
    text = ("Pakistan and Afghanistan have agreed to set up a joint border commission, officials said Thursday.\n\n"
            f"{anaphor} was reached at talks hosted by Turkey in Ankara, which ended on Wednesday, the hosts said.")
    got = _dip(text)
    assert [(a, d) for a, d, _, _ in got] == [("agreement", "2025-05-07")]


def test_diplomacy_s3_reported_agreement_without_anaphor_keeps_its_day() -> None:
    text = ("Pakistan and Afghanistan have agreed to set up a joint border commission, officials said Thursday.\n\n"
            "Traders in Peshawar welcomed the news on Wednesday.")
    assert [(a, d) for a, d, _, _ in _dip(text)] == [("agreement", "2025-05-08")]


@pytest.mark.parametrize("verb", ["rejected", "condemned"])
def test_diplomacy_s3_statement_issuer_named_after_the_cue(verb: str) -> None:
    text = ("ISLAMABAD: Pakistan on Thursday accused Afghanistan of sheltering the attackers.\n\n"
            f"In a statement issued late on Thursday, the Afghan foreign ministry {verb} the allegations as baseless.")
    got = _dip(text)
    assert ("statement", "2025-05-08", "AF", ("AF", "PK")) in got


def test_diplomacy_s3_statement_without_the_other_state_is_no_event() -> None:
    text = ("KABUL: Heavy rain hit the city on Wednesday.\n\n"
            "In a statement issued late on Thursday, the Afghan foreign ministry rejected reports of a cabinet reshuffle.")
    assert not any(a == "statement" for a, *_ in _dip(text))
