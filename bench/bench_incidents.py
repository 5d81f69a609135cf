"""Time incident resolution on synthetic reports (no corpus needed).

usage: bench_incidents.py [N_EVENTS] [--store]
Generates N attack/border reports over ~2 years in a handful of districts, a third undated, each
incident reported by 1-4 outlets, then times `assign_incidents` (and `resolve_store` in two
batches with --store) and prints events/second.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import time
from datetime import date, timedelta

from frontierwatch.incidents import assign_incidents, resolve_store
from frontierwatch.records import Casualties, Document, Event, Extraction

DISTRICTS = [("Khyber Pakhtunkhwa", d) for d in ("Bannu", "Khyber", "Kurram", "North Waziristan", "Peshawar",
                                                   "Lakki Marwat", "Dera Ismail Khan", "Bajaur")] + \
            [("Balochistan", d) for d in ("Quetta", "Kech", "Mastung", "Chaman", "Khuzdar")]


def synth(n: int, seed: int = 7) -> tuple[list[Event], list[Document]]:
    """About n events from n/2.5 underlying incidents, each reported by 1-4 documents."""
    rnd = random.Random(seed)
    events, docs, k = [], [], 0
    start = date(2024, 1, 1)
    while len(events) < n:
        a1, a2 = rnd.choice(DISTRICTS)
        day = start + timedelta(days=rnd.randrange(730))
        killed = rnd.randrange(1, 30)
        for _ in range(rnd.randint(1, 4)):
            k += 1
            doc_id = f"doc{k}"
            pub = day + timedelta(days=rnd.randint(0, 2))
            docs.append(Document(id=doc_id, text=f"report {k} about {a2} {rnd.random()}", published=pub.isoformat(),
                                 outlet=f"outlet{rnd.randrange(20)}"))
            events.append(Event(type="attack", date=None if rnd.random() < 0.3 else day.isoformat(), country="PK",
                                admin1=a1, admin2=a2, killed=Casualties(unspecified=killed + rnd.randint(0, 3)),
                                doc_id=doc_id))
    return events[:n], docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=3000)
    ap.add_argument("--store", action="store_true", help="also time resolve_store on an in-memory store")
    a = ap.parse_args()
    events, docs = synth(a.n)
    t = time.perf_counter()
    incidents = assign_incidents(events, docs)
    dt = time.perf_counter() - t
    print(f"assign_incidents: {len(events)} events -> {len(incidents)} incidents in {dt:.2f}s "
          f"({len(events) / dt:.0f} events/s)")
    if a.store:
        from frontierwatch.store import open_store

        store = open_store(":memory:")
        by_doc: dict[str, list[Event]] = {}
        for e in events:
            e.incident = None
            by_doc.setdefault(e.doc_id, []).append(e)
        half = len(docs) // 2
        for batch in (docs[:half], docs[half:]):
            for d in batch:
                d.content_hash = hashlib.sha256(d.id.encode()).hexdigest()
                store.save(d, Extraction(doc_id=d.id, events=by_doc.get(d.id, [])))
            t = time.perf_counter()
            r = resolve_store(store)
            print(f"resolve_store batch: {r.new_events} new events, {len(r.created)} created, "
                  f"{len(r.absorbed)} merged in {time.perf_counter() - t:.2f}s")


if __name__ == "__main__":
    main()
