"""Dated reports that fit each other stay together whatever floating reports (no date, no publication) add."""
from __future__ import annotations

import pytest

from frontierwatch.incidents import assign_incidents
from frontierwatch.records import Casualties, Document, Event, Evidence

# Three outlets, in our own words. A: the first report of a raid on a police post (dated, published
# next day). B: two days later, mostly about a follow-up search operation, the toll rises to four.
# C: no date and no publication date; it retells the raid ("on Monday night") and, in the same
# district, an arson attack on a school the night before it.
_A = ("Gunmen raided a police post in Kotkai village on Monday night, killing three constables and wounding "
      "two, the district police officer said. The attackers fired rockets at the post before fleeing.")
_B = ("A wounded constable died in hospital on Wednesday, taking the toll of Monday's raid to four. "
      "Security forces meanwhile cordoned off several hamlets and detained five suspects during a search "
      "operation, while traders shut markets to protest against rising insecurity across the region.")
_D = ("Three constables died when gunmen raided a police post in Kotkai village, wounding two more, police "
      "said; the attackers fired rockets at the post and fled into the hills.")
_C = ("Gunmen raided a police post in Kotkai village late Monday, killing three constables and wounding two, "
      "police said. The attackers fired rockets before fleeing. A night earlier, unknown men set fire to a "
      "girls school in Shahbaz Khel of the same district.")


def _attack(doc: str, day: str | None, sentence: str, **kw) -> Event:
    base = dict(type="attack", date=day, country="PK", admin1="Khyber Pakhtunkhwa", admin2="Lakki Marwat",
                place="Kotkai", target="police", tactic="armed_assault")
    base.update(kw)
    killed = base.pop("killed", None)
    return Event(doc_id=doc, killed=Casualties(security_forces=killed) if killed else Casualties(),
                 evidence=[Evidence(sentence)], **base)


def _events() -> tuple[Event, Event, Event, Event]:
    a = _attack("doc-a", "2024-10-14", _A.split(". ")[0], killed=3, injured=2)   # 2024-10-14 is a Monday
    b = _attack("doc-b", "2024-10-14", _B.split(". ")[0], killed=4, injured=1, perpetrator="TTP")
    c0 = _attack("doc-c", None, _C.split(". ")[0], killed=3, injured=2)
    c1 = _attack("doc-c", None, _C.split(". ")[-1], place="Shahbaz Khel", target="infrastructure",
                 tactic="other")
    return a, b, c0, c1


def _docs(*ids: str, c_published: str | None = None) -> list[Document]:
    all_docs = {"doc-a": Document(id="doc-a", text=_A, published="2024-10-15"),
                "doc-b": Document(id="doc-b", text=_B, published="2024-10-16"),
                "doc-c": Document(id="doc-c", text=_C, published=c_published),
                "doc-d": Document(id="doc-d", text=_D),
                "doc-r": Document(id="doc-r", text=_A, published="2023-10-10")}
    return [all_docs[i] for i in ids]


def test_incidents_anchor_dated_pair_merges_alone():
    a, b, _, _ = _events()
    assign_incidents([a, b], _docs("doc-a", "doc-b"))
    assert a.incident == b.incident


@pytest.mark.parametrize("c_published", [None, "2024-10-16"])  # floating, or undated but published
def test_incidents_anchor_undated_report_does_not_split_a_dated_pair(c_published):
    a, b, c0, c1 = _events()
    assign_incidents([a, b, c0, c1], _docs("doc-a", "doc-b", "doc-c", c_published=c_published))
    assert a.incident == b.incident
    assert c1.incident not in (a.incident, c0.incident)
    assert c0.incident == a.incident  # the one dated incident it fits, named weekday and all


def test_incidents_anchor_result_independent_of_input_order():
    a, b, c0, c1 = _events()
    assign_incidents([c0, c1, b, a], _docs("doc-c", "doc-b", "doc-a"))
    assert a.incident == b.incident == c0.incident != c1.incident


def test_incidents_anchor_floating_group_joins_a_dated_pair():
    a, b, c0, c1 = _events()
    d = _attack("doc-d", None, _D, killed=3, injured=2)
    assign_incidents([a, b, c0, c1, d], _docs("doc-a", "doc-b", "doc-c", "doc-d"))
    assert a.incident == b.incident == c0.incident == d.incident != c1.incident


def test_incidents_anchor_ambiguous_floating_report_stays_apart_and_dated_pair_holds():
    # A year earlier, a raid told in the same words (also a Monday): the floating report could be either.
    a, b, c0, c1 = _events()
    r = _attack("doc-r", "2023-10-09", _A.split(". ")[0], killed=3, injured=2)
    assign_incidents([a, b, c0, c1, r], _docs("doc-a", "doc-b", "doc-c", "doc-r"))
    assert a.incident == b.incident != r.incident
    assert c0.incident not in (a.incident, r.incident)


def _random_reports(seed: int) -> tuple[list[Event], list[Event], list[Document]]:
    """Dated and undated attacks in two districts over a few days, with random details and texts."""
    import random
    rnd = random.Random(seed)
    words = "raid post constables rockets gunmen village fled convoy blast market school checkpoint".split()
    dated, undated, docs = [], [], []
    for n in range(14):
        doc = f"doc-{n:02d}"
        is_dated = n < 8
        kw = dict(killed=rnd.choice([None, 2, 3, 4]), injured=rnd.choice([None, 1, 2]),
                  admin2=rnd.choice(["Lakki Marwat", "Bannu"]), place=rnd.choice([None, "Kotkai", "Domel"]),
                  target=rnd.choice([None, "police", "civilians"]),
                  tactic=rnd.choice([None, "armed_assault", "ied", "raid"]),
                  perpetrator=rnd.choice([None, None, "TTP", "ISKP"]))
        sentence = " ".join(rnd.sample(words, 6)) + rnd.choice(["", " on Monday", " on Tuesday"]) + "."
        day = f"2024-10-{rnd.choice([13, 14, 15]):02d}" if is_dated else None
        (dated if is_dated else undated).append(_attack(doc, day, sentence, **kw))
        published = f"2024-10-{rnd.choice([15, 16]):02d}" if is_dated or rnd.random() < 0.5 else None
        docs.append(Document(id=doc, text=sentence + " " + " ".join(rnd.sample(words, 8)), published=published))
    return dated, undated, docs


def _partition(events: list[Event]) -> set[frozenset[str]]:
    by_incident: dict[str, set[str]] = {}
    for e in events:
        by_incident.setdefault(str(e.incident), set()).add(str(e.doc_id))
    return {frozenset(v) for v in by_incident.values()}


@pytest.mark.parametrize("seed", range(12))
def test_incidents_anchor_undated_reports_never_regroup_dated_ones(seed):
    dated, undated, docs = _random_reports(seed)
    assign_incidents(dated, docs)
    alone = _partition(dated)
    dated2, undated2, docs2 = _random_reports(seed)
    assign_incidents(dated2 + undated2, docs2)
    assert _partition(dated2) == alone
