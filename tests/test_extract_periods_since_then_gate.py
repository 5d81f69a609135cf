"""since_then with the lower-cased text given skips the regex only when it cannot match."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract.periods import since_then

_BEFORE = "The agency counted 40 arrivals in March 2024."


@pytest.mark.parametrize("text", ["Since then, 12 more have come.", "SINCE\tTHEN 12 more came.", "since then",
                                  "\u017fince then 5 came.", "Nothing changed after that.", "Ever since, 4 came.",
                                  "Sınce then 5 came.", "sincethen 3", "convinced since  then"])
def test_periods_since_then_same_with_and_without_low(text: str) -> None:
    ref = date(2024, 6, 1)
    assert since_then(text, _BEFORE, ref, None, text.lower()) == since_then(text, _BEFORE, ref, None)


def test_periods_since_then_reads_the_period_before() -> None:
    got = since_then("Since then, 12 more have come.", _BEFORE, date(2024, 6, 1), None, "since then, 12 more have come.")
    assert got is not None and got.start == date(2024, 3, 1) and got.end is None and got.kind == "since"
