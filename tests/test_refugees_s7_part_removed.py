"""'Of these, N were deported through X' after a detention is that action: N people, through X, on its day."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_LEAD = "Afghan refugees in Peshawar fear the end of their cards."
_ARREST = "Meanwhile, police in Peshawar arrested 240 undocumented Afghan nationals during search operations on Tuesday."
_TAIL = "Community elders said many Afghan families had lived in the city for decades."


def _removals(follow: str) -> list[tuple[str | None, int | None, str | None]]:
    text = f"{_LEAD} {_ARREST} {follow} {_TAIL}"
    ev = extract(Document(id="t", text=text, published="2025-05-08")).events
    return [(e.date, e.count, e.crossing) for e in ev if e.type == "refugees" and e.action == "deportation"]


@pytest.mark.parametrize("follow", [
    "Of these, 198 were deported through Torkham the same day after checks.",
    "Among them, 198 were deported through Torkham after checks.",
])
def test_refugees_s7_part_removed_folds_into_detention(follow: str) -> None:
    assert _removals(follow) == [("2025-05-06", 198, "Torkham")]


def test_refugees_s7_removal_not_a_part_stays_its_own() -> None:
    # no partitive: another removal, told on its own
    got = _removals("Separately, 198 Afghans were deported through Torkham on Wednesday.")
    assert got == [("2025-05-06", 240, None), ("2025-05-07", 198, "Torkham")]
