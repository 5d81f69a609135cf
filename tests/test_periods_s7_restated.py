"""A period restated in brackets after another takes that period's role (baseline stays baseline)."""

from datetime import date

import pytest

from frontierwatch.extract.periods import find_periods

REF = date(2025, 6, 20)


def _current():
    return find_periods("Monthly review: 1-14 June 2025", REF, None)[0]


@pytest.mark.parametrize("with_current", [False, True])
@pytest.mark.parametrize("text", [
    "Rangers logged 31 raids, against 26 in the prior week (25-31 May).",
    "Officials counted 40 arrests, up from 33 in the previous week (25-31 May).",
    "The toll reached 12, compared with 9 the prior month (1-31 May).",
])
def test_periods_s7_restated_bracket_is_baseline(text: str, with_current: bool) -> None:
    found = find_periods(text, REF, None, _current() if with_current else None)
    bracketed = [p for p in found if text[p.span[0] - 1] == "("]
    assert bracketed and all(p.role == "baseline" for p in bracketed)


@pytest.mark.parametrize("text", [
    "Police recorded 23 raids in the week (1-7 June), up from 20.",
    "The agency counted 23 arrests in the first week (1-7 June) of the drive.",
    "Attacks fell during last week (8-14 June) to 12.",
])
def test_periods_s7_restated_main_bracket_stays_main(text: str) -> None:
    found = find_periods(text, REF, None, _current())
    bracketed = [p for p in found if text[p.span[0] - 1] == "("]
    assert bracketed and all(p.role == "main" for p in bracketed)
