"""A drive detaining Afghan migrants in raids across two named places is no security operation."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _ops(text: str) -> list[str | None]:
    ex = extract(Document(id="t", text=text, published="2026-05-20"))
    return [e.admin2 for e in ex.events if e.type == "security_operation"]


@pytest.mark.parametrize("text", [
    "On Tuesday, police detained 85 Afghans in raids in Peshawar and Mardan, officials said.",
    "Police rounded up 300 undocumented Afghan migrants in raids across Rawalpindi and Attock on Monday.",
])
def test_mentions_s7_migrant_drive_in_two_places_is_no_operation(text: str) -> None:
    assert _ops(text) == []


@pytest.mark.parametrize("text", [
    # near misses: the same raids in two places against militants or suspects stay operations
    "On Tuesday, police arrested 12 suspected militants in raids in Peshawar and Mardan, officials said.",
    "Counter-terrorism police killed four militants in raids in Bannu and Lakki Marwat on Monday.",
])
def test_mentions_s7_raids_on_militants_in_two_places_stay_operations(text: str) -> None:
    assert _ops(text)
