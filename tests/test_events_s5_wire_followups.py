"""Wire follow-ups: a source's town ("an official in Peshawar told AFP") opens no new incident; "the number of
soldiers killed rose to N" counts soldiers; an unnamed faction "allied to" a group is not that group; workers
"from the eastern X province" do not place the attack in X."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str, published: str = "2026-05-06") -> list:
    doc = Document(id="t1", url="u", outlet="o", published=published, title="Camp attack toll rises", text=text)
    return violence_events(doc, split_sentences(doc.text))


_LEAD = ("The number of paramilitary soldiers killed in a bomb-and-gun assault on a fort in Tank rose to nine on "
         "Tuesday, officials said. Attackers blew a hole in the wall of the fort in Tank district late Monday. ")


@pytest.mark.parametrize("tail", [
    "\u201cTwo more of our wounded men died in the night,\u201d a security official in Peshawar told AFP.",
    "\u201cThe wounded are stable,\u201d an intelligence official based in Peshawar said.",
])
def test_events_speaker_town_not_new_scene(tail):
    evs = _events(_LEAD + tail)
    assert [(e.admin2, e.killed.security_forces) for e in evs] == [("Tank", 9)]


def test_events_speaker_town_with_own_attack_is_new_scene():
    # near miss: the official's sentence tells an attack of its own in that town
    tail = "A police official in Peshawar said gunmen attacked a checkpoint there on Monday, killing two policemen."
    assert sorted(e.admin2 for e in _events(_LEAD + tail)) == ["Peshawar", "Tank"]


@pytest.mark.parametrize("text,group", [
    ("The number of policemen killed in the bombing in Kohat district rose to six on Monday, police said.",
     "security_forces"),
    ("The number of villagers killed in the attack in Kohat district climbed to six on Monday, police said.",
     "civilians"),
])
def test_events_number_of_group_killed_rose(text, group):
    ev = _events(text)[0]
    got = {k: getattr(ev.killed, k) for k in ("security_forces", "civilians", "militants", "unspecified")}
    assert {k: v for k, v in got.items() if v} == {group: 6}


def test_events_number_of_people_killed_stays_unspecified():
    # near miss: "people" names no group the toll belongs to
    ev = _events("The number of people killed in the bombing in Kohat district rose to six on Monday, police said.")[0]
    assert ev.killed.unspecified == 6 and ev.killed.security_forces is None


@pytest.mark.parametrize("ally", ["allied to", "affiliated with", "linked to"])
def test_events_named_claimant_replaces_unnamed_ally(ally):
    text = (f"Gunmen killed three policemen at a checkpoint in Kohat district on Monday, police said, as a faction {ally} "
            "the Pakistani Taliban claimed the attack. The Hafiz Gul Bahadur group said in a message that its fighters "
            "carried out the attack.")
    ev = _events(text)[0]
    assert (ev.perpetrator, ev.claimed_by) == ("HGB", "HGB")


def test_events_unnamed_ally_alone_keeps_its_group():
    # near miss: no group is named later, so the faction's allied group stands
    text = ("Gunmen killed three policemen at a checkpoint in Kohat district on Monday, police said. A faction linked "
            "to the Hafiz Gul Bahadur group claimed the attack.")
    assert _events(text)[0].claimed_by == "HGB"


@pytest.mark.parametrize("origin", ["the eastern Punjab province", "southern Sindh province"])
def test_events_workers_from_compass_province_not_scene(origin):
    text = (f"Gunmen stopped a van and shot dead five laborers from {origin}, police said on Wednesday. The attack "
            "happened on Tuesday near Turbat in Kech district.")
    evs = _events(text)
    assert [(e.admin1, e.admin2, e.date) for e in evs] == [("Balochistan", "Kech", "2026-05-05")]
