"""Round-3 roles: a claimant's own account ("X claimed it, saying its fighters killed 14 soldiers") yields to
the report's figures and victims beside it; "the deadliest of them" takes the way the incidents before it were
done; a source's office is not a target. Our own invented reports."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target
from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str, title: str = "Highway attack") -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-04-18", title=title, text=text)
    return violence_events(doc, split_sentences(doc.text))


_CLAIM = ("The BLA claimed responsibility for an attack on the highway near Kalat on Friday, saying its fighters "
          "killed 12 soldiers travelling in plain clothes. ")


@pytest.mark.parametrize("report, killed, target", [
    ("However, the district administration said three passengers were killed when gunmen opened fire on a bus.",
     {"civilians": 3}, "civilians"),
    ("Officials said two labourers were killed and four others were wounded in the firing.",
     {"civilians": 2}, "civilians"),
])
def test_event_roles_s3_claimant_account_yields(report: str, killed: dict, target: str) -> None:
    evs = _events(_CLAIM + report)
    assert [(e.killed.as_dict(), e.target, e.claimed_by) for e in evs] == [(killed, target, "BLA")]


def test_event_roles_s3_claimant_account_near_miss() -> None:
    # near miss: with no other account the claimant's figure stands
    evs = _events(_CLAIM + "Traffic on the highway stayed closed until the next morning.")
    assert [e.killed.as_dict() for e in evs] == [{"security_forces": 12}]


@pytest.mark.parametrize("text, tactic", [
    ("The month saw three suicide attacks. The deadliest of them was the March 4 bombing of a police station in "
     "Bannu, which killed six people.", "suicide_bombing"),
    ("Two suicide bombings hit the province. The worst of these was the March 4 blast at a checkpost in Bannu, "
     "which killed six soldiers.", "suicide_bombing"),
])
def test_event_roles_s3_deadliest_of_them(text: str, tactic: str) -> None:
    evs = _events(text, title="Monthly review")
    assert [e.tactic for e in evs if e.admin2 == "Bannu"] == [tactic]


def test_event_roles_s3_deadliest_of_them_near_miss() -> None:
    # near miss: the sentence before names no suicide attack, the bombing stays a bombing
    evs = _events("The month saw thirty attacks. The deadliest of them was the March 4 bombing of a police station "
                  "in Bannu, which killed six people.", title="Monthly review")
    assert [e.tactic for e in evs if e.admin2 == "Bannu"] == ["ied"]


@pytest.mark.parametrize("text", [
    "The deputy commissioner's office said the road was reopened.",
    "The minister’s spokesman said the inquiry had begun.",
])
def test_event_roles_s3_office_is_source(text: str) -> None:
    assert best_target(text) is None
