"""A small hand-written database for the API/web tests, built with SQL following store/schema.py.

Other test modules import `build_fixture_db` and the expected figures from here. The texts are
short reports written for these tests (no corpus text). Two weeks: Mon 2025-03-03..Sun 03-09 and
Mon 2025-03-10..Sun 03-16.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from frontierwatch.store.schema import MIGRATIONS

INGESTED = datetime(2025, 3, 20, 12, 0, 0)

DOCS = [
    ("fx-a", "Frontier Daily", "2025-03-10", "Police post attacked in Bannu",
     "Gunmen attacked a police checkpost in Bannu district on Sunday night. Three policemen were killed "
     "and two others injured in the attack, officials said. The TTP claimed responsibility for the assault."),
    ("fx-b", "Valley Times", "2025-03-10", "Four police officials die in Bannu raid",
     "Four police officials lost their lives when militants stormed a checkpost in Bannu late on Sunday, "
     "police said. Two more were wounded."),
    ("fx-c", "Frontier Daily", "2025-03-12", "Convoy hit in North Waziristan",
     "A suicide bomber rammed an explosives-laden vehicle into a military convoy in North Waziristan on "
     "Tuesday, killing five soldiers. Security forces later killed two militants in an operation near Mir Ali."),
    ("fx-d", "Border Herald", "2025-03-05", "Torkham shut after firing",
     "The Torkham border crossing was closed on Monday after border guards of the two countries exchanged "
     "fire. Traders said hundreds of lorries were stranded on both sides."),
    ("fx-e", "Border Herald", "2025-03-08", "Torkham reopens after talks",
     "Torkham reopened on Friday after talks between Pakistani and Afghan officials at the crossing. "
     "Both delegations agreed to keep a joint committee in contact."),
    ("fx-f", "Coastal Post", "2025-03-04", "Van struck by roadside bomb in Kech",
     "A roadside bomb hit a passenger van in Kech district on Monday, killing two civilians and injuring "
     "six. No group claimed the blast."),
    ("fx-g", "Policy Monitor", "2025-03-15", "Attacks rise in early March",
     "Militant attacks in Pakistan rose by 50 percent in the first two weeks of March, with 3 attacks "
     "recorded by the monitor."),
]

# (event id, doc, seq, type, date, country, admin1, admin2, place, lat, lon, perpetrator, claimed_by,
#  target, tactic, killed(sf, civ, mil, unspec), injured, crossing, status, action, parties, evidence)
EVENTS = [
    ("fx-a#0", "fx-a", 0, "attack", "2025-03-09", "PK", "Khyber Pakhtunkhwa", "Bannu", None, 32.99, 70.6,
     "TTP", "TTP", "police", "armed_assault", (3, None, None, None), 2, None, None, None, None,
     ["Gunmen attacked a police checkpost in Bannu district on Sunday night.",
      "Three policemen were killed and two others injured in the attack, officials said."]),
    ("fx-b#0", "fx-b", 0, "attack", "2025-03-09", "PK", "Khyber Pakhtunkhwa", "Bannu", None, 32.99, 70.6,
     None, None, "police", "armed_assault", (4, None, None, None), 2, None, None, None, None,
     ["Four police officials lost their lives when militants stormed a checkpost in Bannu late on Sunday, "
      "police said."]),
    ("fx-c#0", "fx-c", 0, "attack", "2025-03-11", "PK", "Khyber Pakhtunkhwa", "North Waziristan", None, 32.97,
     70.1, None, None, "security_forces", "suicide_bombing", (5, None, None, None), None, None, None, None, None,
     ["A suicide bomber rammed an explosives-laden vehicle into a military convoy in North Waziristan on "
      "Tuesday, killing five soldiers."]),
    ("fx-c#1", "fx-c", 1, "security_operation", "2025-03-11", "PK", "Khyber Pakhtunkhwa", "North Waziristan",
     "Mir Ali", 33.02, 70.3, "PK_SF", None, None, "raid", (None, None, 2, None), None, None, None, None, None,
     ["Security forces later killed two militants in an operation near Mir Ali."]),
    ("fx-d#0", "fx-d", 0, "border_crossing", "2025-03-03", "PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham",
     34.13, 71.1, None, None, None, None, (None, None, None, None), None, "Torkham", "closed", None, None,
     ["The Torkham border crossing was closed on Monday after border guards of the two countries exchanged "
      "fire."]),
    ("fx-d#1", "fx-d", 1, "cross_border", "2025-03-03", "PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham",
     34.13, 71.1, "TTA", None, None, "armed_assault", (None, None, None, None), None, None, None, None, None,
     ["The Torkham border crossing was closed on Monday after border guards of the two countries exchanged "
      "fire."]),
    ("fx-e#0", "fx-e", 0, "border_crossing", "2025-03-07", "PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham",
     34.13, 71.1, None, None, None, None, (None, None, None, None), None, "Torkham", "reopened", None, None,
     ["Torkham reopened on Friday after talks between Pakistani and Afghan officials at the crossing."]),
    ("fx-e#1", "fx-e", 1, "diplomacy", "2025-03-07", "PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham",
     34.13, 71.1, None, None, None, None, (None, None, None, None), None, None, None, "talks", "AF,PK",
     ["Torkham reopened on Friday after talks between Pakistani and Afghan officials at the crossing."]),
    ("fx-f#0", "fx-f", 0, "attack", "2025-03-03", "PK", "Balochistan", "Kech", None, 26.0, 63.05,
     None, None, "civilians", "ied", (None, 2, None, None), 6, None, None, None, None,
     ["A roadside bomb hit a passenger van in Kech district on Monday, killing two civilians and injuring six."]),
]

# incident id -> member event ids (the two Bannu reports are one incident)
INCIDENTS = {
    "I-0001": ["fx-a#0", "fx-b#0"],
    "I-0002": ["fx-c#0"],
    "I-0003": ["fx-c#1"],
    "I-0004": ["fx-d#0"],
    "I-0005": ["fx-d#1"],
    "I-0006": ["fx-e#0"],
    "I-0007": ["fx-e#1"],
    "I-0008": ["fx-f#0"],
}
BANNU = "I-0001"
BANNU_EVIDENCE = "Four police officials lost their lives"
N_ATTACKS = 3  # Bannu (counted once), North Waziristan, Kech


def _create_schema(path: Path) -> duckdb.DuckDBPyConnection:
    """An empty database with the project's schema (through the Store when it exists)."""
    try:
        from frontierwatch.store import open_store
    except ImportError:
        open_store = None
    if open_store is not None:
        store = open_store(path)
        store.close()
        return duckdb.connect(str(path))
    con = duckdb.connect(str(path))
    for sql in MIGRATIONS:
        # schema v1 names a column `at`, a keyword for DuckDB 2: quote it until the Store lands.
        con.execute(re.sub(r"\n(\s*)at TIMESTAMP", r'\n\1"at" TIMESTAMP', sql))
    return con


def build_fixture_db(path: str | Path) -> Path:
    """Create the fixture database at `path` (overwriting) and return the path."""
    path = Path(path)
    for p in (path, Path(str(path) + ".wal")):
        if p.exists():
            p.unlink()
    con = _create_schema(path)
    try:
        for did, outlet, pub, title, text in DOCS:
            con.execute("INSERT INTO documents (id, content_hash, url, outlet, published, title, text, raw_text, "
                        "source_path, kind, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [did, "hash-" + did, f"https://news.example/{did}", outlet, pub, title, text, text,
                         None, "json", INGESTED])
        texts = {d[0]: d[4] for d in DOCS}
        outlets = {d[0]: d[1] for d in DOCS}
        for (eid, doc, seq, typ, day, country, a1, a2, place, lat, lon, perp, claimed, target, tactic, killed,
             injured, crossing, status, action, parties, evidence) in EVENTS:
            known = [k for k in killed if k is not None]
            con.execute(
                "INSERT INTO events (id, doc_id, seq, source, type, date, country, admin1, admin2, place, lat, lon, "
                "geo_precision, perpetrator, claimed_by, target, tactic, killed_security_forces, killed_civilians, "
                "killed_militants, killed_unspecified, killed_total, injured, abducted, arrested, crossing, status, "
                "action, count, until, parties, ingested_at) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [eid, doc, seq, outlets[doc], typ, day, country, a1, a2, place, lat, lon, 2, perp, claimed, target,
                 tactic, *killed, sum(known) if known else None, injured, None, None, crossing, status, action,
                 None, None, parties, INGESTED])
            for i, sent in enumerate(evidence):
                start = texts[doc].find(sent)
                assert start >= 0, (eid, sent)
                con.execute("INSERT INTO evidence VALUES (?, ?, ?, ?, ?)", [eid, i, sent, start, start + len(sent)])
        for iid, members in INCIDENTS.items():
            first = next(e for e in EVENTS if e[0] == members[0])
            con.execute("INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                        [iid, first[3], first[4], first[5], first[6], first[7], INGESTED])
            for eid in members:
                con.execute("INSERT INTO incident_events VALUES (?, ?, ?)", [iid, eid, INGESTED])
        claim_text = DOCS[-1][4]
        con.execute("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ["fx-g#c0", "fx-g", 0, "attacks", 50.0, "percent", "increase", "2025-03-01", "2025-03-14",
                     "PK", "Policy Monitor", claim_text, INGESTED])
        con.execute("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ["fx-g#c1", "fx-g", 1, "attacks", 3.0, "count", None, "2025-03-01", "2025-03-14",
                     "PK", "Policy Monitor", claim_text, INGESTED])
    finally:
        con.close()
    return path


def test_api_fixtures_evidence_spans_point_into_documents(tmp_path: Path) -> None:
    db = build_fixture_db(tmp_path / "fx.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT ev.text, ev.start_char, ev.end_char, d.text FROM evidence ev "
                       "JOIN events e ON e.id = ev.event_id JOIN documents d ON d.id = e.doc_id").fetchall()
    con.close()
    assert len(rows) == sum(len(e[-1]) for e in EVENTS)
    for sent, start, end, text in rows:
        assert text[start:end] == sent


@pytest.mark.parametrize("incident,members", sorted(INCIDENTS.items()))
def test_api_fixtures_incident_members_exist(incident: str, members: list[str]) -> None:
    ids = {e[0] for e in EVENTS}
    assert set(members) <= ids
