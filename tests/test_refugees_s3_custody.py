"""Session-3 round-2 refugee rules: 'took N Afghans into custody' and 'picked up N Afghans' are
detentions in a removal story, 'announced <day> as the last date' is a deadline, a day inside a
'since ...' clause is not the detentions' day, and 'The detentions took place on <day>' gives it."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_STORY = ("Undocumented Afghans across the capital fear removal. Afghan families say they have nowhere to go. "
          "Officials said Afghan nationals without papers would be sent home.\n\n")


def _refugees(text: str, published: str = "2025-05-08") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-05-08 is a Thursday
    return sorted(((e.action, e.date, e.count, e.until) for e in extract(doc).events if e.type == "refugees"), key=str)


@pytest.mark.parametrize("lead", [
    "Police in Lahore on Monday took 140 Afghan nationals into custody in a crackdown on illegal foreigners.",
    "Police in Lahore on Monday picked up 140 Afghan nationals in a crackdown on illegal foreigners.",
    "Police in Lahore took some 140 Afghan migrants into custody on Monday during a search drive.",
])
def test_refugees_s3_active_custody_is_a_detention(lead: str) -> None:
    assert ("deportation", "2025-05-05", 140, None) in _refugees(_STORY + lead)


@pytest.mark.parametrize("lead", [
    "Police said on Monday that 140 Afghan nationals remain in custody after a court hearing.",
    "Police in Lahore on Monday took statements from 140 Afghan nationals about their cards.",
    "A bus picked up tourists in Lahore on Monday, officials said.",
])
def test_refugees_s3_custody_near_misses_are_no_detention(lead: str) -> None:
    assert not any(a == "deportation" and n == 140 for a, _, n, _ in _refugees(_STORY + lead))


@pytest.mark.parametrize("word", ["last date", "final date", "cut-off date"])
def test_refugees_s3_announced_day_as_the_last_date(word: str) -> None:
    text = (f"The interior ministry on Tuesday announced June 30 as the {word} for all undocumented Afghans "
            "to leave the country.")
    assert ("deadline", "2025-05-06", None, "2025-06-30") in _refugees(text)


def test_refugees_s3_last_date_without_leaving_is_no_deadline() -> None:
    text = "The board on Tuesday announced June 30 as the last date for exam forms from Afghan students."
    assert not any(a == "deadline" for a, *_ in _refugees(text))


@pytest.mark.parametrize("follow,day", [
    (" The detentions took place on Wednesday in two markets of the city.", "2025-05-07"),
    (" The arrests were made on Wednesday in two markets of the city.", "2025-05-07"),
])
def test_refugees_s3_since_clause_day_is_not_the_detention_day(follow: str, day: str) -> None:
    text = _STORY + ("Police have detained at least 75 Afghan migrants in Quetta since the validity of their cards "
                     "expired on Tuesday, residents said." + follow)
    assert ("deportation", day, 75, None) in _refugees(text)


def test_refugees_s3_since_clause_day_without_a_told_day_is_dropped() -> None:
    text = _STORY + ("Police have detained at least 75 Afghan migrants in Quetta since the validity of their cards "
                     "expired on Tuesday, residents said. Many families have lived there for decades.")
    assert not any(a == "deportation" and d == "2025-05-06" for a, d, *_ in _refugees(text))
