"""Dated reports that fit each other stay together whatever floating reports (no date, no publication) add."""
from __future__ import annotations

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


def _docs(*ids: str) -> list[Document]:
    all_docs = {"doc-a": Document(id="doc-a", text=_A, published="2024-10-15"),
                "doc-b": Document(id="doc-b", text=_B, published="2024-10-16"),
                "doc-c": Document(id="doc-c", text=_C)}
    return [all_docs[i] for i in ids]


def test_incidents_anchor_dated_pair_merges_alone():
    a, b, _, _ = _events()
    assign_incidents([a, b], _docs("doc-a", "doc-b"))
    assert a.incident == b.incident


def test_incidents_anchor_floating_report_does_not_split_a_dated_pair():
    a, b, c0, c1 = _events()
    assign_incidents([a, b, c0, c1], _docs("doc-a", "doc-b", "doc-c"))
    assert a.incident == b.incident
    assert c1.incident not in (a.incident, c0.incident)
    assert c0.incident == a.incident  # the one dated incident it fits, named weekday and all


def test_incidents_anchor_result_independent_of_input_order():
    a, b, c0, c1 = _events()
    assign_incidents([c0, c1, b, a], _docs("doc-c", "doc-b", "doc-a"))
    assert a.incident == b.incident == c0.incident != c1.incident
