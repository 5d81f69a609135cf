"""Tactic and target from what the report says: a bomber among the dead, a quoted remark or round-up that names
suicide bombings, and an official named as the source of the report."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


@pytest.mark.parametrize("text, tactic", [
    ("A car bomb exploded near an army convoy in Bannu on Monday. Five militants, including the bomber, were killed "
     "and two soldiers were martyred.", "suicide_bombing"),
    ("A bomb went off at the gate of a police station in Tank on Monday, martyring two constables. The bomber himself "
     "was killed in the blast.", "suicide_bombing"),
    # the bomber did not die: a planted bomb
    ("A bomb exploded near an army convoy in Bannu on Monday, martyring two soldiers. Police are searching for the "
     "bomber.", "ied"),
])
def test_event_roles_s7_bomber_among_the_dead(text: str, tactic: str) -> None:
    assert _violence(text)[0].tactic == tactic


@pytest.mark.parametrize("text, tactic", [
    # a remark about suicide bombings in general does not re-type the assault told
    ('Gunmen stormed a Levies post in Washuk district on February 21, killing three Levies personnel. "Suicide '
     'bombing has returned as a weapon of choice," an analyst said.', "armed_assault"),
    # the same frame's own detail does ("a car packed with explosives smashed into ...")
    ("Gunmen stormed a Levies post in Washuk district on February 21, killing three Levies personnel. Before that, "
     "a suicide bomber had blown himself up at the gate.", "suicide_bombing"),
])
def test_event_roles_s7_remark_does_not_retype(text: str, tactic: str) -> None:
    assert _violence(text)[0].tactic == tactic


@pytest.mark.parametrize("text, target", [
    # the Deputy Commissioner only told reporters: the dead passengers say who was hit
    ("Seven passengers were shot dead after armed men blocked the highway near Mangochar in Kalat district late on "
     "Saturday night. Deputy Commissioner Kalat Mr. Abdul Wahid told reporters that around 20 gunmen had set up a "
     "checkpoint on the highway at about 11pm.", "civilians"),
    # the official's own vehicle was fired on
    ("Gunmen opened fire on the vehicle of the Deputy Commissioner Mr. Abdul Wahid in Kalat district on Saturday "
     "night, injuring his driver.", "government"),
])
def test_event_roles_s7_honorific_speaker_is_no_target(text: str, target: str) -> None:
    assert _violence(text)[0].target == target
