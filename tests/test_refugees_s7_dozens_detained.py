"""'Police detained dozens of Afghans ... on Friday' in a removal story: a deportation action counted 12 (GUIDE: dozens = 12)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

LEAD = ("TORKHAM -- More than 2,000 Afghans crossed back from Pakistan on Saturday as Pakistani police widened a "
        "campaign to deport undocumented migrants, border officials said.\n\n"
        "Many of the Afghans had lived in Pakistan for decades.\n\n"
        "Aid groups said the Afghan families arriving at the camp needed shelter before winter.\n\n")


def _refugee_events(text: str) -> list[tuple]:
    x = extract(Document(id="t", text=text, published="2026-11-16"))
    return [(e.action, e.date, e.count) for e in x.events if e.type == "refugees"]


@pytest.mark.parametrize("sentence", [
    "In Rawalpindi, police detained dozens of Afghans, including card holders, in raids on Friday, a lawyer said.",
    "Police in Quetta detained dozens of undocumented Afghans in a night raid on Friday, officials said.",
])
def test_refugees_s7_dozens_detained_is_a_counted_deportation(sentence: str) -> None:
    assert ("deportation", "2026-11-13", 12) in _refugee_events(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # dozens of something else, or no removal story: no deportation of 12
    "In Rawalpindi, police detained dozens of protesters outside the press club on Friday, a lawyer said.",
    "In Rawalpindi, shopkeepers said dozens of stalls had been cleared by the municipal staff on Friday.",
])
def test_refugees_s7_dozens_of_others_is_no_deportation(sentence: str) -> None:
    assert not [e for e in _refugee_events(LEAD + sentence) if e[0] == "deportation" and e[2] == 12]
