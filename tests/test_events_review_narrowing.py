"""Raids and vehicle bombs after review: a raid is an operation only against a hideout or compound (or by the
military/CTD), and a car bomb followed by people entering the area is no suicide bombing."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _events(text: str) -> list[tuple]:
    doc = Document(id="r1", url="u", outlet="o", published="2026-03-10", title="", text=text)
    return [(e.type, e.tactic) for e in extract(doc).events]


@pytest.mark.parametrize("text", [
    "A provincial food authority team raided a factory in Lahore on Monday and seized 500 kilograms of spoiled oil.",
    "Police raided a gambling den in Peshawar on Monday and arrested 12 people.",
    "Excise teams raided two warehouses in Quetta on Monday and seized smuggled cigarettes.",
])
def test_civil_raids_are_no_operation(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Police raided a hideout in Peshawar on Monday and arrested 12 suspected militants.",
    "Troops raided a compound in Mir Ali on Monday night and killed four militants.",
])
def test_raids_on_hideouts_stay_operations(text):
    assert [t for t, _ in _events(text)] == ["security_operation"]


def test_car_bomb_then_police_entering_is_no_suicide_bombing():
    text = ("Five people were killed when a remote-controlled car bomb exploded in a market in Quetta on Monday, "
            "and police later entered the area.")
    assert _events(text) == [("attack", "ied")]
