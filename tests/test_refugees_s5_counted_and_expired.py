"""Session-5 refugees: a returnee count set at a crossing on a day is that crossing's returns (no return
verb needed), a lone returnee at a camp is not; a deadline told by its expiry ('expired on 30 June') is a
deadline event; 'gives some N card holders' is the people an extension covers; returns 'during <year>'
are a statistic, not an event."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _refugees(text: str, published: str = "2026-05-08") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2026-05-08 is a Friday
    return sorted(((e.date, e.action, e.crossing, e.count, e.until)
                   for e in extract(doc).events if e.type == "refugees"), key=str)


_STORY = ("Afghans have been leaving Pakistan in large numbers since the deadline passed. "
          "Aid groups say many Afghans arrive with nothing.\n\n{line}\n\nMost Afghans said they had no home to go to.")


@pytest.mark.parametrize("line,crossing,count", [
    ("On Thursday, aid workers registered 2,950 returnees at the Torkham zero point.", "Torkham", 2950),
    ("On Thursday, the agency counted 1,310 undocumented returnees at Chaman.", "Chaman", 1310),
    ("On Thursday, 1,310 returnees at the Chaman gate were processed by the agency.", "Chaman", 1310),
    ("On Thursday, officials put the day's figure at 2,100 returnees at Torkham.", "Torkham", 2100),
])
def test_refugees_s5_count_of_returnees_at_a_crossing(line: str, crossing: str, count: int) -> None:
    assert ("2026-05-07", "returns", crossing, count, None) in _refugees(_STORY.format(line=line))


@pytest.mark.parametrize("line", [
    "“We have nothing left,” said Gul Wali, a returnee at the camp near Torkham.",
    "Aid workers said returnees at Torkham needed shelter.",
    "Some 1,200 returnees at the Nasir Bagh camp near Torkham have no tents or food, aid workers said.",
    "Nearly 900 returnees at the Haji Abad shelter are waiting for cash grants.",
])
def test_refugees_s5_returnee_without_a_count_is_no_flow(line: str) -> None:
    assert not any(r[1] == "returns" for r in _refugees(_STORY.format(line=line)))


def test_refugees_s5_deadline_told_by_its_expiry() -> None:
    text = ("Returns of Afghans rose sharply last week as the deadline for Afghan card holders expired on 30 April. "
            "Officials said Afghans without papers would be held.")
    assert (None, "deadline", None, None, "2026-04-30") in _refugees(text)


def test_refugees_s5_expiry_without_a_deadline_is_no_event() -> None:
    text = "Many Afghans said their visas expired on 30 April and they could not renew them."
    assert not any(r[1] == "deadline" for r in _refugees(text))


@pytest.mark.parametrize("verb", ["gives", "grants"])
def test_refugees_s5_extension_count_from_people_given_time(verb: str) -> None:
    text = ("The federal cabinet on Tuesday extended until June 30 the deadline for holders of Proof of Registration "
            f"cards to leave the country.\n\nThe decision {verb} some 450,000 card holders two more months.")
    assert ("2026-05-05", "extension", None, 450000, "2026-06-30") in _refugees(text)


@pytest.mark.parametrize("when,event", [("during 2025", False), ("on Thursday", True)])
def test_refugees_s5_returns_over_a_year_are_a_statistic(when: str, event: bool) -> None:
    text = f"The UN says more than 90,000 Afghans returned from Pakistan {when}, many of them forced out."
    assert any(r[1] == "returns" for r in _refugees(text)) is event
