"""Session-4 returns: 'entered (Afghanistan) through <crossing>' is a return when Afghans are named
and the movement runs through a crossing or into Afghanistan; a forced removal told by 'the
returnees' themselves is how those returns went, not a deportation of its own."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _refugees(text: str, published: str | None = "2025-05-08") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-05-08 is a Thursday
    return sorted(((e.action, e.date, e.crossing, e.count) for e in extract(doc).events
                   if e.type == "refugees"), key=str)


@pytest.mark.parametrize("clause", [
    "2,410 Afghan refugees entered Afghanistan through Torkham on Wednesday",
    "2,410 Afghan migrants entered through the Torkham crossing on Wednesday",
])
def test_refugee_returns_s4_entered_through_a_crossing_is_a_return(clause: str) -> None:
    text = f"JALALABAD: The refugee ministry said {clause}, most of them families."
    assert ("returns", "2025-05-07", "Torkham", 2410) in _refugees(text)


@pytest.mark.parametrize("text", [
    "PESHAWAR: Gunmen entered the house of a trader on Wednesday and took away 40,000 rupees, police said.",
    "QUETTA: Thirty students entered the examination hall in Chaman on Wednesday after a delay.",
])
def test_refugee_returns_s4_entered_without_afghans_or_crossing_is_nothing(text: str) -> None:
    assert _refugees(text) == []


def test_refugee_returns_s4_returnees_own_account_is_no_deportation() -> None:
    text = ("KABUL: Some 1,900 Afghan refugees returned through Torkham on Wednesday, officials said.\n\n"
            "A few of the returnees said they had been picked up by police in Peshawar before being sent back.")
    assert [a for a, _, _, _ in _refugees(text)] == ["returns"]


def test_refugee_returns_s4_counted_forced_removal_stays_a_deportation() -> None:
    text = ("QUETTA: Police said 650 Afghan nationals were sent back through Chaman on Wednesday "
            "after a crackdown in the city.")
    assert [a for a, _, _, _ in _refugees(text)] == ["deportation"]


def test_refugee_returns_s4_entered_pakistan_is_the_other_way() -> None:
    text = "PESHAWAR: Officials said 2,410 Afghan refugees entered Pakistan through Torkham on Wednesday, fleeing the fighting."
    assert _refugees(text) == []
