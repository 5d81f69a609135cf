"""Relations-stage speed (issue 4, second pass): a sentence's day expressions are scanned once and
resolved for each day asked (publication, probe day, year anchor) exactly as a fresh scan would."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract import dates as D

TEXTS = [
    "The crossing reopened on Monday, March 3, after talks on 2024-02-28 and yesterday's meeting.",
    "Officials said on 5th of May–7 May 2023 that Sundays and next Friday do not count; tonight does.",
    "PESHAWAR, Dec. 12 (AFP) - two days ago and the day before yesterday; 31 February is no day.",
    "\u0130n Sept 9 \u212a \u017funday; THIS MORNING, Last Night, 3 days ago",
    "no day at all here",
    "",
]
DAYS = [None, date(2024, 3, 10), date(2000, 6, 15), "2023-12-31", "not a date"]


def _fresh(text: str, published) -> list[D.DateMention]:
    D._scan_memo.clear()
    return D._find_dates(text, published)


@pytest.mark.parametrize("text", TEXTS)
def test_extract_speed2_dates_scanned_once_same_days(text: str) -> None:
    expected = [_fresh(text, p) for p in DAYS + DAYS[::-1]]
    D._scan_memo.clear()
    got = [D.find_dates(text, p) for p in DAYS + DAYS[::-1]]  # all but the first read the kept scan
    assert text in D._scan_memo
    assert got == expected


def test_extract_speed2_dates_memo_bounded_and_not_vacuous() -> None:
    D._scan_memo.clear()
    for k in range(D._SCAN_SIZE + 10):
        D.find_dates(f"On March {k % 28 + 1} the border reopened ({k}).", date(2024, 4, 1))
    assert len(D._scan_memo) == D._SCAN_SIZE
    found = D.find_dates("It reopened on March 3 and closed on Monday.", date(2024, 3, 10))
    assert [(m.day, m.kind) for m in found] == [(date(2024, 3, 3), "md"), (date(2024, 3, 4), "wd")]


PEOPLE = [
    "Some 4,500 Afghan refugees and 1,200 returnees crossed, with 30 families and 2 lakh migrants.",
    "About 700 Deportees, 12 foreigners-in-transit and 3 refugee-families went back on 3 April.",
    "A million immigrants? half a million people; 20 trucks; 15 Migrants' children",
    "no count here", "",
]


def _people_count_plain(text: str) -> tuple[int | None, bool]:
    import re

    from frontierwatch.extract import refugee_returns as R
    from frontierwatch.extract.relations_common import counts
    exact, stems, fam = R._noun_stems()
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", text)}
    stemmed = frozenset(w for w in words if any(w.startswith(st) for st in stems))
    for _s, _e, value, unit in counts(text, frozenset(exact) | stemmed, frozenset(fam)):
        return (value, False) if unit == "people" else (None, True)
    return None, False


@pytest.mark.parametrize("text", PEOPLE)
def test_extract_speed2_people_count_same_as_plain(text: str) -> None:
    from frontierwatch.extract.refugee_returns import people_count
    assert people_count(text) == _people_count_plain(text)


def test_extract_speed2_people_count_not_vacuous() -> None:
    assert _people_count_plain(PEOPLE[0])[0] == 4500


@pytest.mark.parametrize("name", ["crossing_cues", "refugee_cues", "diplomacy_cues"])
def test_extract_speed2_block_lead_same_matches(name: str) -> None:
    from frontierwatch.extract import fastre
    from frontierwatch.extract.relations_common import _block_regex
    rx = _block_regex(name)
    plain = fastre.ORIGINALS[rx]  # led: the plain pattern is kept
    for text in PEOPLE + TEXTS + ["plans to reopen; may reopen; May 4; would-be closure; not expected to; MIGHT",
                                  "Officials planned to, hoping to, likely, proposed-closure, if it reopens"]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
