"""Merge rule and ids of frontierwatch.incidents (pure core, hand-built events)."""
from __future__ import annotations

import pytest

from frontierwatch.incidents import assign_incidents, near_duplicates
from frontierwatch.incidents.config import describe
from frontierwatch.records import Casualties, Document, Event


def ev(doc: str, **kw) -> Event:
    base = dict(type="attack", date="2024-05-10", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Bannu")
    base.update(kw)
    killed = base.pop("killed", None)
    return Event(doc_id=doc, killed=Casualties(**killed) if killed else Casualties(), **base)


def same(a: Event, b: Event) -> bool:
    return a.incident is not None and a.incident == b.incident


@pytest.mark.parametrize("a_kw, b_kw, merged", [
    ({}, {}, True),
    ({}, {"date": "2024-05-11"}, True),                            # a day apart
    ({}, {"date": "2024-05-13"}, False),                           # three days apart
    ({}, {"admin2": "Lakki Marwat"}, False),                       # different district
    ({}, {"type": "security_operation"}, False),                   # different type
    ({}, {"admin2": None}, True),                                  # district unknown on one side: province decides
    ({}, {"admin2": None, "admin1": "Balochistan"}, False),       # different province
    ({}, {"admin2": None, "admin1": None}, False),                 # country-only vs district: too vague to merge
    ({"perpetrator": "TTP"}, {"perpetrator": "ISKP"}, False),      # contradicting perpetrators
    ({"perpetrator": "TTP"}, {"perpetrator": None}, True),         # unknown is no contradiction
    ({"tactic": "suicide_bombing"}, {"tactic": "ied"}, True),      # both explosive: compatible
    ({"tactic": "suicide_bombing"}, {"tactic": "kidnapping"}, False),
    ({"target": "police"}, {"target": "civilians"}, False),
])
def test_incidents_merge_rule(a_kw, b_kw, merged):
    a, b = ev("doc-a", **a_kw), ev("doc-b", **b_kw)
    assign_incidents([a, b])
    assert same(a, b) is merged


def test_incidents_same_document_never_merges():
    a, b = ev("doc-a"), ev("doc-a")
    incidents = assign_incidents([a, b])
    assert len(incidents) == 2 and a.incident != b.incident


@pytest.mark.parametrize("status_b, crossing_b, merged", [
    ("closed", "Torkham", True), ("reopened", "Torkham", False), ("closed", "Chaman", False)])
def test_incidents_border_crossing_needs_same_crossing_and_status(status_b, crossing_b, merged):
    kw = dict(type="border_crossing", admin2="Khyber")
    a = ev("doc-a", crossing="Torkham", status="closed", **kw)
    b = ev("doc-b", crossing=crossing_b, status=status_b, **kw)
    assign_incidents([a, b])
    assert same(a, b) is merged


def test_incidents_undated_report_cannot_bridge_two_dated_incidents():
    a, c = ev("doc-a", date="2024-05-01"), ev("doc-c", date="2024-05-20")
    b = ev("doc-b", date=None)
    assign_incidents([a, b, c])
    assert not same(a, c)


def test_incidents_undated_report_outside_publication_window_stays_apart():
    docs = [Document(id="doc-a", text="x", published="2024-05-10"), Document(id="doc-b", text="y", published="2024-08-01")]
    a, b = ev("doc-a"), ev("doc-b", date=None)
    assign_incidents([a, b], docs)
    assert not same(a, b)


def test_incidents_best_match_wins_when_two_candidates():
    # doc-b's two undated reports must go to the incidents they agree with, one each.
    a0 = ev("doc-a", type="cross_border", date="2024-09-07", place="Upper Village", killed={"security_forces": 8})
    a1 = ev("doc-a", type="cross_border", date="2024-09-08")
    b0 = ev("doc-b", type="cross_border", date=None, place="Upper Village", killed={"security_forces": 8})
    b1 = ev("doc-b", type="cross_border", date=None)
    docs = [Document(id="doc-a", text="Border troops clashed at the village; firing resumed next day.", published="2024-09-09"),
            Document(id="doc-b", text="Troops clashed at the border village and firing resumed later.")]
    assign_incidents([a0, a1, b0, b1], docs)
    assert same(a0, b0) and same(a1, b1) and not same(a0, a1)


def test_incidents_ids_stable_across_reruns_and_new_sources():
    first = [ev("doc-a"), ev("doc-b", date="2024-05-11")]
    assign_incidents(first)
    ids = [e.incident for e in first]
    again = [ev("doc-a"), ev("doc-b", date="2024-05-11")]
    assign_incidents(again)
    assert [e.incident for e in again] == ids
    more = [ev("doc-a"), ev("doc-b", date="2024-05-11"), ev("doc-c")]
    docs = [Document(id="doc-a", text="", published="2024-05-10"), Document(id="doc-b", text="", published="2024-05-11"),
            Document(id="doc-c", text="", published="2024-05-12")]
    assign_incidents(more, docs)
    assert {e.incident for e in more} == {ids[0]}


def test_incidents_ids_look_stable():
    a = ev("doc-a")
    assign_incidents([a])
    assert a.incident.startswith("inc-") and len(a.incident) == 14


def _text(words: int, seed: str) -> str:
    return " ".join(f"{seed}{i % 97} word{i}" for i in range(words))


def test_incidents_near_duplicates_found_and_unrelated_not():
    base = _text(120, "alpha")
    docs = [Document(id="wire", text=base), Document(id="copy", text=base + " Follow us for more updates."),
            Document(id="other", text=_text(120, "beta"))]
    pairs = near_duplicates(docs)
    assert [(a, b) for a, b, _ in pairs] == [("copy", "wire")]
    assert pairs[0][2] >= 0.7


def test_incidents_near_duplicate_documents_merge_undated_reports():
    base = _text(120, "alpha")
    docs = [Document(id="doc-a", text=base, published="2024-05-10"), Document(id="doc-b", text=base + " More.")]
    a, b = ev("doc-a"), ev("doc-b", date=None)
    assign_incidents([a, b], docs)
    assert same(a, b)


def test_incidents_every_knob_documented():
    assert all(help_text.strip() for _, _, help_text in describe())


def _docs(**published: str | None) -> list[Document]:
    text = "Gunmen attacked a police post in the district; officials said the attackers fled."
    return [Document(id=d, text=text, published=p) for d, p in published.items()]


@pytest.mark.parametrize("rivals, joins", [
    (["2024-05-10"], True),                 # one dated candidate: the floating report joins it
    (["2024-05-10", "2023-02-01"], False),  # two different dated incidents fit equally: a guess, stays apart
])
def test_incidents_floating_report_joins_only_when_unambiguous(rivals, joins):
    dated = [ev(f"doc-{n}", date=d) for n, d in enumerate(rivals)]
    floating = ev("doc-x", date=None)
    docs = _docs(**{f"doc-{n}": d for n, d in enumerate(rivals)}, **{"doc-x": None})
    assign_incidents(dated + [floating], docs)
    assert same(floating, dated[0]) is joins


@pytest.mark.parametrize("place_b, merged", [("Main Bazaar", True), ("Hill Village", False), (None, True)])
def test_incidents_undated_reports_naming_different_places_stay_apart(place_b, merged):
    a = ev("doc-a", place="Main Bazaar Chowk")
    b = ev("doc-b", date=None, place=place_b)
    assign_incidents([a, b], _docs(**{"doc-a": "2024-05-10", "doc-b": "2024-05-11"}))
    assert same(a, b) is merged


def test_incidents_undated_without_texts_need_a_shared_detail():
    a, b = ev("doc-a", tactic="ied"), ev("doc-b", date=None)
    assign_incidents([a, b])
    assert not same(a, b)
    c, d = ev("doc-c", tactic="ied"), ev("doc-d", date=None, tactic="ied")
    assign_incidents([c, d])
    assert same(c, d)


def test_incidents_summary_uses_most_common_date_and_most_precise_place():
    a = ev("doc-a", admin2=None)
    b, c = ev("doc-b", date="2024-05-11"), ev("doc-c", date="2024-05-11")
    (inc,) = assign_incidents([a, b, c])
    assert (inc.date, inc.admin2, inc.admin1, len(inc.members)) == ("2024-05-11", "Bannu", "Khyber Pakhtunkhwa", 3)


def test_incidents_same_deadline_merges_without_story_similarity() -> None:
    """Two outlets' reports of one deadline (same end date, a day's rounding apart) are one measure."""
    from frontierwatch.incidents import assign_incidents
    from frontierwatch.records import Document, Event

    docs = [Document(id="r1", text="Undocumented foreigners must leave by the end of the month, the cabinet decided.",
                     published="2024-03-30"),
            Document(id="r2", text="A deadline for people without papers to go home expires on Sunday night.",
                     published="2024-03-31")]
    a = Event(type="refugees", country="PK", action="deadline", until="2024-03-31", doc_id="r1")
    b = Event(type="refugees", country="PK", action="deadline", until="2024-04-01", doc_id="r2")
    c = Event(type="refugees", country="PK", action="deadline", until="2024-06-30", doc_id="r2")
    assign_incidents([a, b, c], docs=docs)
    assert a.incident == b.incident
    assert c.incident != a.incident
