"""An incident named in one sentence and told in the next: "In that attack ...", "over Friday's bombing. The
bombing had wounded six", a verdict then "on 3 May ... The blast killed four"."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


@pytest.mark.parametrize("text, etype, day", [
    ("Torkham gate was sealed on Saturday night after Afghan forces opened fire on Pakistani posts near Landi Kotal. "
     "In that firing three Pakistani citizens were martyred and four were hurt, the administration said.",
     "cross_border", "2026-03-07"),
    ("The highway was blocked on Friday night after gunmen attacked a police checkpost in Kalat. During the attack "
     "three policemen were martyred, officials said.", "attack", "2026-03-06"),
])
def test_segment_s7_that_incident_takes_the_day_told_before(text: str, etype: str, day: str) -> None:
    (e,) = _violence(text)
    assert (e.type, e.date) == (etype, day)


def test_segment_s7_that_incident_after_a_remark_keeps_no_borrowed_day() -> None:
    # the sentence before names no violence: its day is the traders' meeting, not the firing's
    (e,) = _violence("Traders in Landi Kotal met on Saturday to discuss the closure of the gate. In that firing three "
                     "Pakistani citizens were martyred, the administration said.")
    assert e.date != "2026-03-07"


def test_segment_s7_named_incident_is_told_on_its_own_day() -> None:
    events = _violence("Police said on Tuesday they had detained two men in a raid in Mardan on Monday over Friday's "
                       "bombing at a bus stand. The bombing had wounded six commuters and killed a labourer.")
    got = sorted((e.type, e.date, e.killed.civilians, e.injured) for e in events)
    assert got == [("attack", "2026-03-06", 1, 6), ("security_operation", "2026-03-09", None, None)]


def test_segment_s7_attack_told_without_a_named_day_takes_no_earlier_day() -> None:
    # no "<day>'s bombing" named before: nothing dates the bombing to an earlier day
    events = _violence("Police said on Tuesday they had detained two men in a raid in Mardan on Monday. The bombing "
                       "had wounded six commuters and killed a labourer.")
    assert all(e.date != "2026-03-06" for e in events)
    assert "security_operation" in [e.type for e in events]


def test_segment_s7_verdict_then_the_blast_on_its_day() -> None:
    events = _violence("A special court in Peshawar on Tuesday sentenced two men to life in prison over a bus stand "
                       "bombing. The prosecution said the two had left a bomb in a bag near a ticket booth on May 3, "
                       "2025. The blast killed four people and injured 12 others.")
    assert [(e.type, e.date, e.killed.total(), e.injured) for e in events] == [("attack", "2025-05-03", 4, 12)]


def test_segment_s7_verdict_then_blast_after_a_statement_day_is_no_event() -> None:
    # the day before is when the lawyer spoke, not when the bomb went off
    assert _violence("A special court in Peshawar on Tuesday sentenced two men to life in prison over a bus stand "
                     "bombing. Their lawyer said on Monday he would appeal. The blast killed four people and injured 12 "
                     "others.") == []


@pytest.mark.parametrize("middle", [
    # the day before is an arrest's or a conviction's, not the attack's
    "He was picked up in Chaman on April 9 last year and has been held since then.",
    "On April 9 last year he was arrested in Chaman with two accomplices.",
])
def test_segment_s7_verdict_then_blast_after_an_arrest_day_takes_no_day(middle: str) -> None:
    events = _violence("An anti-terrorism court in Quetta on Tuesday handed a man a life term over a 2023 bombing. "
                       + middle + " The attack killed seven Levies personnel.")
    assert all(e.date != "2025-04-09" for e in events)


def test_segment_s7_verdict_then_blast_told_with_the_day_first() -> None:
    events = _violence("A special court in Peshawar on Tuesday sentenced two men to life in prison over a bus stand "
                       "bombing. On May 3, 2025, the two had left a bomb in a bag near a ticket "
                       "booth. The blast killed four people and injured 12 others.")
    assert [(e.type, e.date) for e in events] == [("attack", "2025-05-03")]


def test_segment_s7_that_incident_takes_the_nearest_district_told_before() -> None:
    # the firing's own sentence names no place: the crossing's district told just before, not the headline's capital
    events = _violence("Islamabad protests to Kabul over firing. Trade through Torkham in Khyber district resumed on "
                       "Thursday, customs officials said. The crossing had been sealed on Sunday night after Afghan "
                       "troops fired on Pakistani posts. In that firing one Pakistani citizen was martyred and three "
                       "were hurt, officials said.")
    assert [(e.type, e.date, e.admin2, e.killed.civilians, e.injured) for e in events] == [
        ("cross_border", "2026-03-08", "Khyber", 1, 3)]
