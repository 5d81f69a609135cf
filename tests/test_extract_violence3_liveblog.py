"""Newest-first live blogs are read oldest first, so an update without a place follows the incident it
updates, not a separate incident posted above it; "the other N dead were <group>" names the rest of the
toll. Our own invented blog (published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally
from frontierwatch.extract.events import extract_events
from frontierwatch.extract.liveblog import chronological
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

BLOG = ("16:30 PKT — Separately, police in Karak say a constable was shot dead by gunmen this afternoon.\n\n"
        "12:15 PKT — The toll has risen: nine people, including three soldiers, are now confirmed dead.\n\n"
        "10:40 PKT — Officials say at least four people died in the blast.\n\n"
        "09:50 PKT — A bomb has gone off near a military vehicle in Kohat this morning.")


def run(text: str) -> list[dict]:
    doc = Document(id="v", text=text, title="", published="2025-03-12")
    return [e.as_dict() for e in extract_events(doc, split_sentences(text)) if e.type == "attack"]


def test_violence3_newest_first_blog_keeps_the_toll_with_its_incident() -> None:
    evs = {e["admin2"]: e for e in run(BLOG)}
    assert evs["Kohat"]["killed"]["security_forces"] == 3
    assert evs["Karak"]["killed"] == {"security_forces": 1}


@pytest.mark.parametrize("text, reordered", [
    (BLOG, True),
    # near misses: oldest-first entries, or only two entries, keep their order
    ("09:50 PKT — A bomb went off.\n\n10:40 PKT — Four died.\n\n12:15 PKT — Nine died.", False),
    ("12:15 PKT — Nine died.\n\n09:50 PKT — A bomb went off.", False),
])
def test_violence3_only_newest_first_blogs_are_reordered(text: str, reordered: bool) -> None:
    sents = split_sentences(text)
    assert (chronological(sents) != sents) == reordered


@pytest.mark.parametrize("text, groups", [
    ("The other six dead were labourers and shopkeepers.", {"civilians": 6}),
    ("He said the remaining two victims were soldiers.", {"security_forces": 2}),
    # near miss: no group named after the count
    ("The other six dead were taken to their villages.", {"unspecified": 6}),
])
def test_violence3_the_other_dead_were_a_group(text: str, groups: dict) -> None:
    t = tally(find_casualties(text, 0, len(text)))["killed"]
    assert (dict(t.groups) or {"unspecified": t.total}) == groups
