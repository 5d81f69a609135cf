"""Floating reports (no date, no publication date): judged as a group, and against publication windows."""
from __future__ import annotations

import pytest

from frontierwatch.incidents import assign_incidents
from frontierwatch.incidents.config import ResolveConfig
from frontierwatch.records import Document, Event, Evidence

_DATED = "Border officials sealed the mountain crossing after guards traded fire, and lorries queued for miles."


def closure(doc: str, day: str | None, sentence: str) -> Event:
    return Event(type="border_crossing", doc_id=doc, date=day, country="PK", admin1="Khyber Pakhtunkhwa",
                 admin2="Khyber", place="Torkham", crossing="Torkham", status="closed",
                 evidence=[Evidence(sentence)])


def _run(c_sentence: str, cfg: ResolveConfig | None = None) -> tuple[Event, Event, Event, Event]:
    d_sentence = "Lorries queued for miles at the sealed mountain crossing while guards traded fire again."
    a = closure("doc-a", "2024-06-15", _DATED)   # a Saturday
    b = closure("doc-b", "2024-03-04", _DATED)   # a Monday, same wording: an equally good match
    c = closure("doc-c", None, c_sentence)
    d = closure("doc-d", None, d_sentence)
    docs = [Document(id="doc-a", text=_DATED, published="2024-06-15"),
            Document(id="doc-b", text=_DATED, published="2024-03-04"),
            Document(id="doc-c", text=c_sentence), Document(id="doc-d", text=d_sentence)]
    assign_incidents([a, b, c, d], docs, cfg)
    return a, b, c, d


def test_incidents_floating_group_follows_a_members_named_day():
    a, b, c, d = _run("Lorries queued for miles at the sealed mountain crossing after guards traded fire on Saturday.")
    assert a.incident == c.incident == d.incident != b.incident


def test_incidents_floating_group_without_a_named_day_stays_apart():
    a, b, c, d = _run("Lorries queued for miles at the sealed mountain crossing after guards traded fire.")
    assert c.incident == d.incident
    assert c.incident not in (a.incident, b.incident)


def test_incidents_floating_group_attach_can_be_turned_off():
    a, b, c, d = _run("Lorries queued for miles at the sealed mountain crossing after guards traded fire on Saturday.",
                      ResolveConfig(attach_floating_groups=False))
    assert d.incident not in (a.incident, b.incident)  # pairwise alone, doc-d fits both dated closures


@pytest.mark.parametrize("published, merged", [("2024-06-20", True), ("2024-09-20", False)])
def test_incidents_named_month_day_must_fall_in_the_other_reports_window(published, merged):
    # doc-a is undated but published: its event happened in the two weeks before publication.
    text = "Traders said the mountain crossing had stayed sealed, lorries queued for miles."
    a = closure("doc-a", None, "The crossing stayed sealed, traders said.")
    b = closure("doc-b", None, "Traders said the crossing has been sealed since June 12, lorries queued for miles.")
    docs = [Document(id="doc-a", text=text, published=published),
            Document(id="doc-b", text=text + " It has been sealed since June 12.")]
    assign_incidents([a, b], docs)
    assert (a.incident == b.incident) is merged
