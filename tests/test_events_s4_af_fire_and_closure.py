"""The Afghan state's forces "targeting Pakistani posts in X" is a cross-border event located in X; a closure
"following the clashes" on the next day is no new clash, while firing that went on into the next day still is."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _cross(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-04-14", title="Border clash", text=text)
    return sorted((e.country, e.admin2, e.date) for e in violence_events(doc, split_sentences(doc.text))
                  if e.type == "cross_border")


@pytest.mark.parametrize("text", [
    "The defence ministry in Kabul said Islamic Emirate forces responded on Saturday night by targeting "
    "Pakistani military posts in the Kurram area, and claimed that several posts were captured.",
    "Afghan forces attacked Pakistani border posts in the Kurram area late on Saturday, the ministry said.",
])
def test_events_af_forces_targeting_pk_posts(text):
    assert _cross(text) == [("PK", "Kurram", "2026-04-11")]


def test_events_af_forces_targeting_without_posts_no_clash():
    # near miss: no Pakistani posts or positions named as hit
    text = "Islamic Emirate forces are targeting smugglers in Kurram, the ministry said on Saturday."
    assert _cross(text) == []


_CLASH = ("Two soldiers were martyred when Afghan forces opened fire on Pakistani border posts in Bajaur late on "
          "Saturday night, officials said. ")


@pytest.mark.parametrize("tail,n", [
    ("Following the clashes, authorities closed the Torkham crossing on Sunday morning.", 1),
    ("After the firing, traders stayed away from the Torkham market on Sunday.", 1),
    # near miss: the firing itself went on into another day
    ("Sporadic firing continued in Bajaur through Sunday afternoon, residents said.", 2),
])
def test_events_closure_after_clash_no_new_clash(tail, n):
    assert len(_cross(_CLASH + tail)) == n
