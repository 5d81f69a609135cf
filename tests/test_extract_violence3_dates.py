"""An incident named with its own day ("Tuesday's bombing") as the first violence of a sentence keeps that
day even when the sentence is dated by what followed (funerals, a protest); a new blast told before the
possessive keeps its own day. Our own invented reports (published 2025-03-13, a Thursday); real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import extract_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def run(text: str, published: str = "2025-03-13") -> list[dict]:
    doc = Document(id="v", text=text, title="", published=published)
    return [e.as_dict() for e in extract_events(doc, split_sentences(text)) if e.type == "attack"]


@pytest.mark.parametrize("text, day", [
    ("Funerals were held on Wednesday for the six people killed in Tuesday's bombing in Kohat.", "2025-03-11"),
    ("Traders shut their shops on Wednesday to mourn the four killed in Monday's attack on a bazaar in Kohat.",
     "2025-03-10"),
    # near miss: the blast told first is a new one on its own day
    ("A blast killed two people in Kohat on Wednesday, a day after Tuesday's bombing there.", "2025-03-12"),
])
def test_violence3_owned_day_of_the_incident_wins_over_an_aftermath_day(text: str, day: str) -> None:
    evs = run(text)
    assert evs and evs[0]["date"] == day


def run_ops(text: str, published: str) -> list[dict]:
    doc = Document(id="v", text=text, title="", published=published)
    return [e.as_dict() for e in extract_events(doc, split_sentences(text)) if e.type == "security_operation"]


@pytest.mark.parametrize("second, day", [
    # "was carried out on the night of March 10" says outright when it happened ("reported presence" is no speech)
    ("Officials said the operation was carried out on the night of March 10 on the reported presence of "
     "militants.", "2025-03-10"),
    # near miss: no day given for the operation itself, the statement's day stands
    ("Officials said weapons were recovered from the hideout.", "2025-03-11"),
])
def test_violence3_operation_carried_out_on_a_day(second: str, day: str) -> None:
    evs = run_ops("Security forces killed five militants in an intelligence-based operation in Datta Khel, North "
                  "Waziristan, the military said on Tuesday. " + second, published="2025-03-12")
    assert evs and evs[0]["date"] == day
