"""A toll update told first ("the number of soldiers killed rose to 12") or in a note after background is the
story's incident, not one of its own."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}


def _events(text: str) -> list:
    ex = extract(Document(id="t", text=text, published="2026-03-12"))
    return [e for e in ex.events if e.type in _VIOLENCE]


@pytest.mark.parametrize("lead", [
    "The number of policemen killed in a bombing on a patrol in northwest Pakistan rose to 9 on Wednesday, officials said.",
    "The number of people killed in a bomb attack on a police van rose to 9 on Wednesday after two of the wounded died.",
])
def test_segment_s7_update_lead_joins_the_incident_told_after(lead: str) -> None:
    text = (f"PESHAWAR: {lead} A passer-by also died in Tuesday's blast in Kohat district, and 11 people were "
            "wounded, a hospital spokesman said.")
    evs = _events(text)
    assert len(evs) == 1
    assert evs[0].date == "2026-03-10" and evs[0].admin2 == "Kohat"


def test_segment_s7_separate_attack_after_update_lead_stays_apart() -> None:
    # near miss: a separate attack on an earlier day after an update lead is its own event
    text = ("PESHAWAR: The number of policemen killed in a bombing on a patrol in Kohat rose to 9 on Wednesday. "
            "In a separate attack on Monday, gunmen killed two shopkeepers in Kohat district.")
    assert len(_events(text)) == 2


def test_segment_s7_update_note_after_background_updates_the_lead() -> None:
    text = ("KOHAT: A roadside bomb killed five soldiers in Kohat district on Tuesday, officials said. "
            "Militant violence has surged in the province since 2021, with hundreds of attacks a year. "
            "This story has been updated to reflect that the number of soldiers killed rose to 7 later on Wednesday.")
    evs = _events(text)
    assert len(evs) == 1
    assert evs[0].killed.security_forces == 7


def test_segment_s7_new_killing_after_background_is_no_update() -> None:
    # near miss: after the same background passage, a dated killing elsewhere (no toll update) is its own event
    text = ("KOHAT: A roadside bomb killed five soldiers in Kohat district on Tuesday, officials said. "
            "Militant violence has surged in the province since 2021, with hundreds of attacks a year. "
            "On Monday, gunmen shot dead two policemen in Karak district.")
    assert len(_events(text)) == 2
