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
    ("A bomb went off beside a Levies vehicle in Zhob on Monday. Three militants, including the bomber, died and two "
     "Levies men were martyred.", "suicide_bombing"),
    ("A bomb went off at the gate of a police station in Tank on Monday, martyring two constables. The bomber himself "
     "was killed in the blast.", "suicide_bombing"),
    # the bomber did not die: a planted bomb
    ("A bomb went off beside a Levies vehicle in Zhob on Monday, martyring two Levies men. Police are hunting for the "
     "bomber.", "ied"),
    # he died at work on the device, not in an attack of his own
    ("A bomb went off in a rented room in Zhob on Monday, killing two people. Police said the bomber was killed as he "
     "was fitting the detonator.", "ied"),
    ("A bomb exploded near a shop in Pishin on Monday, killing three men including the one who made it. The "
     "bomber was killed while planting it, an official added.", "ied"),
])
def test_event_roles_s7_bomber_among_the_dead(text: str, tactic: str) -> None:
    assert _violence(text)[0].tactic == tactic


def test_event_roles_s7_bomb_maker_killed_at_work_is_counted_once() -> None:
    # the maker is one of the three dead, and the later sentence about him adds no one
    (e,) = _violence("A bomb went off at a bus stand in Pishin on Monday, killing three people including the bomb "
                     "maker. Police said the bomber died while fitting the timer.")
    assert (e.tactic, e.killed.total(), e.killed.militants) == ("ied", 3, 1)


@pytest.mark.parametrize("text, tactic", [
    # a remark about suicide bombings in general does not re-type the assault told
    ('Armed men raided a Levies post in Awaran district on March 2, killing two Levies men. "The suicide bomber is '
     'back as the militants\' main weapon," a researcher said.', "armed_assault"),
    # the same frame's own detail does
    ("Armed men raided a Levies post in Awaran district on March 2, killing two Levies men. Before that, a suicide "
     "bomber had blown himself up at the gate.", "suicide_bombing"),
])
def test_event_roles_s7_remark_does_not_retype(text: str, tactic: str) -> None:
    assert _violence(text)[0].tactic == tactic


@pytest.mark.parametrize("text, target", [
    # the Assistant Commissioner only told reporters: the dead travellers say who was hit
    ("Five travellers were shot dead after armed men stopped a van near Surab in Kalat district late on Friday. "
     "Assistant Commissioner Surab Mr. Naveed Ali told reporters that about a dozen gunmen had blocked the road at "
     "about 9pm.", "civilians"),
    # the official's own vehicle was fired on
    ("Gunmen opened fire on the vehicle of the Deputy Commissioner Mr. Abdul Wahid in Kalat district on Saturday "
     "night, injuring his driver.", "government"),
])
def test_event_roles_s7_honorific_speaker_is_no_target(text: str, target: str) -> None:
    assert _violence(text)[0].target == target


@pytest.mark.parametrize("text, target", [
    # the police only gave the first figure: the convoy of soldiers was hit
    ("Six soldiers were martyred when a suicide bomber rammed a car into a security forces convoy near Mir Ali on "
     "Monday. Police had first put the number of dead soldiers at five, but one more died in hospital on Tuesday.",
     "security_forces"),
    # the police van was what the bomb hit, whoever gave the toll
    ("A bomb hit a police van near Mir Ali on Monday, killing three constables. Police put the toll at three.",
     "police"),
])
def test_event_roles_s7_who_gave_the_toll_is_no_target(text: str, target: str) -> None:
    assert _violence(text)[0].target == target


@pytest.mark.parametrize("text, target", [
    # people taken from a work site: the captives are the target, not the tower they worked on
    ("Armed men kidnapped four labourers working on the repair of a mobile phone tower near Hoshab in Kech district "
     "on Sunday.", "civilians"),
    # the pipeline itself was blown up; the hurt passers-by were not taken
    ("Militants blew up a gas pipeline near Dera Bugti on Sunday, injuring two passers-by.", "infrastructure"),
])
def test_event_roles_s7_captives_not_their_work_site(text: str, target: str) -> None:
    assert _violence(text)[0].target == target


@pytest.mark.parametrize("text, target", [
    ("Unknown men threw a grenade at a pharmacy on the main road in Sibi on Friday, wounding two people.", "civilians"),
    ("Gunmen opened fire on a restaurant in Turbat on Friday, wounding three people.", "civilians"),
    # a pharmacy named only as where a police patrol stood
    ("A grenade was thrown at a police patrol standing outside a pharmacy in Sibi on Friday, wounding two "
     "constables.", "police"),
    # a shop named by its owner: the owner (a policeman) is who was aimed at
    ("Gunmen fired at a medical store owned by a police inspector in Sibi on Friday, wounding him and a "
     "constable.", "police"),
])
def test_event_roles_s7_shops_are_civilian_targets(text: str, target: str) -> None:
    assert _violence(text)[0].target == target
