"""After cross-border fire is told, "killed when shells struck houses" is that fire's toll, not an attack of its own."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}
_LEAD = ("JALALABAD: Mortar rounds fired from the Pakistani side fell on homes in Kunar's Dangam district late on "
         "Sunday, local officials said. ")


def _types(text: str) -> list[str]:
    ex = extract(Document(id="t", text=text, published="2026-10-20"))
    return sorted(e.type for e in ex.events if e.type in _VIOLENCE)


@pytest.mark.parametrize("second", [
    "Three civilians were killed and four wounded when shells struck houses in Dangam, a spokesman said.",
    "A child was killed when a mortar shell hit a mosque in Dangam district, residents said.",
])
def test_segment_s7_shells_striking_after_cross_fire_is_that_fire(second: str) -> None:
    assert _types(_LEAD + second) == ["cross_border"]


def test_segment_s7_other_attack_after_cross_fire_stays_an_attack() -> None:
    # near miss: a separate attack (no shells) told after the fire is its own attack
    text = _LEAD + "In a separate attack, gunmen struck a police post in Dangam district, killing two policemen."
    assert "attack" in _types(text)
