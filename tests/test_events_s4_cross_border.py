"""Cross-border events: Afghan forces firing on Pakistani posts are located where the fire landed (a Pakistani
district named in the report, not the Afghan district facing it), with no weapon taken from reactions or remarks;
strikes named only as the cause of a crossing's closure are no event."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-03-20", title="Border tension", text=text)
    return [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "cross_border"]


_FIRE = ("On Wednesday evening, forces of the Islamic Emirate targeted several Pakistani military posts across the "
         "Durand Line opposite Spera district of Khost, in what the defence ministry called a retaliatory operation. "
         "The ministry claimed that a number of posts in Pakistan's North Waziristan area were destroyed. ")


@pytest.mark.parametrize("tail", [
    "",
    "Kabul summoned Pakistan's envoy to protest over last week's air strikes. ",
    "“If the bombing goes on, we will have to leave,” said a resident of the area. ",
])
def test_events_af_fire_on_pk_posts_located_where_it_hit(tail):
    evs = _events(_FIRE + tail)
    assert [(e.country, e.admin2) for e in evs] == [("PK", "North Waziristan")]
    assert evs[0].tactic not in ("air_strike", "ied")  # not the reaction's nor the remark's weapon


def test_events_af_fire_named_weapon_kept():
    evs = _events(_FIRE + "Afghan forces used mortars and heavy machine guns in the attack on the posts. ")
    assert [e.tactic for e in evs] in (["shelling"], ["rocket_mortar"])


@pytest.mark.parametrize("text,n", [
    ("The crossing had been closed on March 12, when tensions rose along the border after Pakistani air strikes "
     "in Khost.", 0),
    # near misses: the firing behind the closure told with its own day; the strike told as the news itself
    ("The crossing was closed for all kinds of traffic on Monday after Afghan forces opened fire on a Pakistani "
     "border post in Khyber district late on Sunday night, officials said.", 1),
    ("Pakistani air strikes hit hideouts in Khost province on March 12, Afghan officials said.", 1),
])
def test_events_closure_cause_is_no_event(text, n):
    assert len(_events(text)) == n
