"""Returns counted in people when families are given with their people, and crossings into an Afghan province."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.refugee_returns import people_count
from frontierwatch.records import Document


@pytest.mark.parametrize("text, count", [
    ("820 families, comprising 4,910 individuals, returned from Pakistan on Monday", 4910),
    ("about 300 families (some 1,750 people) went back through Torkham", 1750),
    ("410 Afghan families comprising 2,380 people crossed on Sunday", 2380),
])
def test_refugee_returns_s7_families_with_their_people(text: str, count: int) -> None:
    assert people_count(text)[0] == count


@pytest.mark.parametrize("text", [
    "1,200 families and 800 individuals returned on Monday",  # two groups, not one group's people
    "1,200 families returned on Monday, and 800 people left later",
    "1,200 families returned on Monday",
])
def test_refugee_returns_s7_families_alone_give_no_people(text: str) -> None:
    assert people_count(text)[0] is None


def _returns(text: str) -> list[tuple]:
    doc = Document(id="t", text=text, published="2025-09-02")
    return [(e.date, e.count, e.crossing) for e in extract(doc).events if e.type == "refugees" and e.action == "returns"]


_STORY = ("Afghan refugees kept leaving Pakistan this week. Returnees said the police raids had frightened them. "
          "Afghans without cards were most at risk. ")


@pytest.mark.parametrize("text, event", [
    (_STORY + "Torkham recorded the week's highest figure on Sunday, when 2,410 people crossed into Nangarhar.",
     ("2025-08-31", 2410, "Torkham")),
    (_STORY + "At Chaman, 1,320 people crossed into Kandahar on Monday.", ("2025-09-01", 1320, "Chaman")),
])
def test_refugee_returns_s7_crossed_into_afghan_province(text: str, event: tuple) -> None:
    assert event in _returns(text)


@pytest.mark.parametrize("text", [
    # into a Pakistani district: the other way, or a movement inside Pakistan
    _STORY + "On Sunday 2,410 people crossed into Khyber from the tribal areas, officials at Torkham said.",
    _STORY + "On Monday 1,320 people crossed into Quetta after the floods.",
])
def test_refugee_returns_s7_crossed_into_pakistan_is_no_return(text: str) -> None:
    assert not any(c in (2410, 1320) for _d, c, _x in _returns(text))
