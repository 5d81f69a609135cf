"""A reopening while another kind of traffic is still stopped ("not being allowed", "will resume only after")
is a partial reopening; a reopening with all traffic moving is not."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _statuses(text: str) -> list[str | None]:
    doc = Document(id="t", text=text, published="2025-03-04")
    return [e.status for e in extract(doc).events if e.type == "border_crossing"]


@pytest.mark.parametrize("text", [
    "PESHAWAR: The Torkham crossing was reopened to goods vehicles on Sunday, though travellers are still not being allowed across, customs staff said.",
    "QUETTA: The Chaman border was reopened for freight on Sunday, but pedestrian traffic will resume only after talks next week, officials said.",
    "QUETTA: The Chaman border was reopened for trade on Sunday; passenger movement is yet to resume, officials said.",
    "PESHAWAR: The Torkham crossing reopened for cargo on Sunday, while pedestrian traffic has not yet resumed, officials said.",
])
def test_extract_crossings3_partial_mode_still_stopped(text: str) -> None:
    assert _statuses(text) == ["partially_reopened"]


@pytest.mark.parametrize("text", [
    "PESHAWAR: The Torkham crossing was reopened on Sunday and pedestrian traffic resumed as well, officials said.",
    "QUETTA: The Chaman border was reopened on Sunday; pedestrians will resume crossing on Monday, officials said.",
])
def test_extract_crossings3_partial_near_misses_stay_whole(text: str) -> None:
    assert _statuses(text) == ["reopened"]
