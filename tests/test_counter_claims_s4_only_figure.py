"""The other side's claimed toll is kept when the report gives no other toll for the incident, and yields to the
report's own figure when there is one."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _killed(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-04-14", title="Border clash", text=text)
    return [{g: n for g in ("security_forces", "civilians", "militants", "unspecified") if (n := getattr(e.killed, g))}
            for e in violence_events(doc, split_sentences(doc.text)) if e.admin2 == "Kurram"]


@pytest.mark.parametrize("text,n", [
    ("The ministry said Islamic Emirate forces responded on Saturday night by targeting Pakistani military posts in "
     "the Kurram area, and claimed that 17 Pakistani soldiers were killed.", 17),
    ("Afghan forces shelled Pakistani border posts in Kurram on Saturday night; the Taliban claimed that nine "
     "Pakistani soldiers were killed.", 9),
])
def test_counter_claims_only_figure_kept(text, n):
    assert _killed(text) == [{"security_forces": n}]


def test_counter_claims_report_figure_wins():
    # near miss: officials give their own toll, the claim is set aside
    text = ("Two soldiers were martyred when Afghan forces shelled Pakistani border posts in Kurram on Saturday night, "
            "officials said. The Taliban claimed that nine Pakistani soldiers were killed.")
    assert _killed(text) == [{"security_forces": 2}]


@pytest.mark.parametrize("text", [
    "Militants attacked a security post in Kurram on Saturday night; the TTP claimed that 20 soldiers were killed.",
    "Insurgents stormed a check post in Kurram on Saturday night, and the group claimed that 14 soldiers were killed.",
])
def test_counter_claims_armed_group_toll_not_kept(text):
    # near miss: an armed group's claimed toll is propaganda, not the incident's toll
    assert _killed(text) == [{}]
