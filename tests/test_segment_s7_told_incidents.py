"""An incident named in one sentence and told in the next: "In that firing ...", "in connection with Sunday's
attack. The attack had killed ...", a verdict then "on 14 February ... The explosion killed five"."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


@pytest.mark.parametrize("text, etype, day", [
    ("The border crossing was shut on Saturday evening after Afghan forces opened fire on Pakistani posts near "
     "Chaman. In that firing two Pakistani citizens were martyred and seven were injured, officials said.",
     "cross_border", "2026-03-07"),
    ("The highway was blocked on Friday night after gunmen attacked a police checkpost in Kalat. During the attack "
     "three policemen were martyred, officials said.", "attack", "2026-03-06"),
])
def test_segment_s7_that_incident_takes_the_day_told_before(text: str, etype: str, day: str) -> None:
    (e,) = _violence(text)
    assert (e.type, e.date) == (etype, day)


def test_segment_s7_that_incident_after_a_remark_keeps_no_borrowed_day() -> None:
    # the sentence before names no violence: its day is the traders' complaint, not the firing's
    (e,) = _violence("Traders in Chaman complained on Saturday about the long closure of the crossing. In that firing "
                     "two Pakistani citizens were martyred, officials said.")
    assert e.date != "2026-03-07"


def test_segment_s7_named_incident_is_told_on_its_own_day() -> None:
    events = _violence("The CTD said on Tuesday it had arrested three suspects in a raid in Quetta on Monday night in "
                       "connection with Sunday's grenade attack on a market. The attack had killed a shopkeeper and "
                       "wounded four other people.")
    got = sorted((e.type, e.date, e.killed.civilians, e.injured) for e in events)
    assert got == [("attack", "2026-03-08", 1, 4), ("security_operation", "2026-03-09", None, None)]


def test_segment_s7_attack_told_without_a_named_day_stays_with_the_raid() -> None:
    # no "<day>'s attack" named before: nothing says the attack is another incident on another day
    events = _violence("The CTD said on Tuesday it had arrested three suspects in a raid in Quetta on Monday night. "
                       "The attack had killed a shopkeeper and wounded four other people.")
    assert [e.type for e in events] == ["security_operation"]


def test_segment_s7_verdict_then_the_explosion_on_its_day() -> None:
    events = _violence("An anti-terrorism court in Quetta on Tuesday sentenced two men to death for a market bombing. "
                       "According to the prosecution, the convicts had planted a bomb on a motorcycle beside a fruit "
                       "stall on February 14, 2025. The explosion killed five people and wounded 19 others.")
    assert [(e.type, e.date, e.killed.total(), e.injured) for e in events] == [("attack", "2025-02-14", 5, 19)]


def test_segment_s7_verdict_then_explosion_after_a_statement_day_is_no_event() -> None:
    # the day before is when the prosecutor spoke, not when the bomb went off
    assert _violence("An anti-terrorism court in Quetta on Tuesday sentenced two men to death for a market bombing. "
                     "The prosecutor said on Monday the case was strong. The explosion killed five people and "
                     "wounded 19 others.") == []
