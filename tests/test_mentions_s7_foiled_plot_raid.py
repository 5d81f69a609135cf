"""A raid that arrested militants and "foiled a plan to attack X" is an operation: the plot is what is negated."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _ops(text: str) -> list:
    ex = extract(Document(id="t", text=text, published="2026-06-02"))
    return [e for e in ex.events if e.type == "security_operation"]


@pytest.mark.parametrize("text", [
    "KOHAT: Police said on Tuesday they had arrested four suspected militants in a raid in Kohat on Monday night "
    "and foiled a plan to attack a school.",
    "PESHAWAR: The CTD arrested two terrorists in a raid in Peshawar on Monday, foiling a plot to bomb a market.",
])
def test_mentions_s7_raid_with_arrests_and_foiled_plot_is_an_operation(text: str) -> None:
    ops = _ops(text)
    assert len(ops) == 1 and ops[0].arrested


@pytest.mark.parametrize("text", [
    # near misses: a foiled plot with no arrests in a raid stays no operation
    "KOHAT: Security forces foiled a plan to attack a convoy in Kohat on Monday, officials said.",
    "KOHAT: Police said on Monday they had foiled a plan to attack a school in Kohat and were hunting the plotters.",
])
def test_mentions_s7_foiled_plot_without_arrests_is_no_operation(text: str) -> None:
    assert _ops(text) == []
