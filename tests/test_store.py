"""Store: migrations, one transaction per document, duplicates by content hash, readers."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from frontierwatch.errors import StoreError
from frontierwatch.records import Casualties, Claim, Document, Event, Evidence, Extraction, Quote
from frontierwatch.store import Store, open_store
from frontierwatch.store import migrate as migrate_mod
from frontierwatch.store.schema import MIGRATIONS


def _doc(doc_id: str = "r1", text: str = "A report sentence.", **kw) -> Document:
    import hashlib

    return Document(id=doc_id, text=text, title="A title", outlet="Example Post", published="2024-05-01",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(), raw_text=text, **kw)


def _extraction(doc_id: str = "r1") -> Extraction:
    ev = Event(type="attack", date="2024-04-30", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Bannu",
               killed=Casualties(security_forces=2, civilians=1), injured=4, parties=["PK", "AF"],
               evidence=[Evidence("First sentence.", 0, 15), Evidence("Second sentence.", 16, 32)])
    dip = Event(type="diplomacy", date="2024-05-01", action="talks", parties=["PK", "CN", "AF"])
    claim = Claim(metric="attacks", value=22, unit="percent", direction="decrease", period_start="2024-01-01",
                  period_end="2024-03-31", region="PK", evidence=Evidence("Attacks fell.", 0, 13))
    quote = Quote(speaker="Example Official", text="We will reopen the crossing", evidence=Evidence("q", 0, 1))
    return Extraction(doc_id=doc_id, events=[ev, dip], claims=[claim], quotes=[quote])


def _count(store: Store, table: str) -> int:
    return store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_store_migrates_to_current_version(store: Store) -> None:
    assert store.schema_version() == len(MIGRATIONS)
    rows = store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, len(MIGRATIONS) + 1))


def test_store_save_writes_every_table_in_one_go(store: Store) -> None:
    doc = _doc()
    assert store.save(doc, _extraction()) is True
    assert doc.ingested_at
    assert {t: _count(store, t) for t in ("documents", "events", "evidence", "claims", "quotes")} == \
        {"documents": 1, "events": 2, "evidence": 2, "claims": 1, "quotes": 1}
    events = store.events()
    assert [e["id"] for e in events] == ["r1#0", "r1#1"]
    first = events[0]
    assert first["killed_total"] == 3 and first["killed_security_forces"] == 2 and first["killed_militants"] is None
    assert first["parties"] == "AF,PK" and events[1]["parties"] == "AF,CN,PK"
    assert first["evidence"] == ["First sentence.", "Second sentence."]
    assert first["date"] == "2024-04-30" and first["source"] == "Example Post"
    assert store.claims("r1")[0]["id"] == "r1#c0" and store.quotes("r1")[0]["speaker"] == "Example Official"


def test_store_same_text_is_stored_once(store: Store) -> None:
    assert store.save(_doc("a"), _extraction("a")) is True
    assert store.save(_doc("b"), _extraction("b")) is False  # same cleaned text, other id
    assert _count(store, "documents") == 1 and _count(store, "events") == 2


def test_store_error_mid_document_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args, **kwargs):
        raise duckdb.ConversionException("injected failure while writing quotes")

    monkeypatch.setattr(Store, "_insert_quotes", boom)
    with pytest.raises(StoreError, match="injected failure"):
        store.save(_doc(), _extraction())
    for table in ("documents", "events", "evidence", "claims", "quotes"):
        assert _count(store, table) == 0, table
    monkeypatch.undo()
    assert store.save(_doc(), _extraction()) is True  # the store is still usable afterwards


def test_store_bad_values_become_null_not_failures(store: Store) -> None:
    ext = Extraction(doc_id="r1", events=[Event(type="refugees", date="2024-13-45", until="soon", count="many")])
    assert store.save(_doc(), ext)
    row = store.events()[0]
    assert row["date"] is None and row["until"] is None and row["count"] is None


def test_store_save_needs_a_content_hash(store: Store) -> None:
    with pytest.raises(StoreError, match="content_hash"):
        store.save(Document(id="x", text="t"), Extraction(doc_id="x"))


def test_store_events_filters(store: Store) -> None:
    store.save(_doc(), _extraction())
    assert [e["type"] for e in store.events(types=["diplomacy"])] == ["diplomacy"]
    assert len(store.events(start="2024-05-01")) == 1
    assert len(store.events(end="2024-04-30", country="PK")) == 1
    assert store.events(doc_id="other") == [] and len(store.events(limit=1)) == 1


def test_store_documents_readers_and_rejected(store: Store) -> None:
    store.save(_doc(), _extraction())
    store.record_rejected("bad.bin", "binary file (not text)")
    listed = store.list_documents()
    assert [d["id"] for d in listed] == ["r1"] and listed[0]["published"] == "2024-05-01"
    doc = store.get_document("r1")
    assert doc and doc["text"] == "A report sentence." and doc["ingested_at"]
    assert store.get_document("nope") is None
    assert [(r["path"], r["reason"]) for r in store.rejected()] == [("bad.bin", "binary file (not text)")]
    assert store.counts()["rejected"] == 1 and store.event_counts_by_type() == {"attack": 1, "diplomacy": 1}


def test_store_file_reopens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "fw.duckdb"
    with open_store(path) as s:
        s.save(_doc(), _extraction())
    with open_store(path, read_only=True) as r:
        assert [d["id"] for d in r.list_documents()] == ["r1"]
        with pytest.raises(StoreError, match="read-only"):
            r.record_rejected("x", "y")


def test_store_read_only_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "missing.duckdb", read_only=True)


def test_store_env_variable_names_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTIERWATCH_DB", str(tmp_path / "env.duckdb"))
    with open_store() as s:
        assert s.path == str(tmp_path / "env.duckdb")
    assert (tmp_path / "env.duckdb").exists()


def test_store_older_file_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.duckdb"
    with open_store(path):
        pass
    extra = "CREATE TABLE IF NOT EXISTS test_extra (x INTEGER);"
    monkeypatch.setattr(migrate_mod, "MIGRATIONS", [*MIGRATIONS, extra])
    with pytest.raises(StoreError, match="schema"):
        open_store(path, read_only=True)  # readers never migrate
    with open_store(path) as s:
        assert s.schema_version() == len(MIGRATIONS) + 1
        assert s.con.execute("SELECT count(*) FROM test_extra").fetchone()[0] == 0


def test_store_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with open_store(path) as s:
        s.con.execute("INSERT INTO schema_version VALUES (?, now())", [len(MIGRATIONS) + 5])
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_store_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.duckdb"
    monkeypatch.setattr(migrate_mod, "MIGRATIONS", [*MIGRATIONS, "CREATE TABLE half (x INTEGER); SELEC nonsense;"])
    with pytest.raises(StoreError, match=f"v{len(MIGRATIONS) + 1}"):
        open_store(path)
    monkeypatch.undo()
    with open_store(path) as s:
        assert s.schema_version() == len(MIGRATIONS)
        assert not s.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name='half'"
                                 ).fetchone()[0]


def test_store_alias_finds_the_stored_document(store: Store) -> None:
    store.save(_doc("stem-id"), _extraction("stem-id"))
    store.record_alias(Document(id="corpus-id", text="", source_path="x.json", outlet="Other"), "stem-id")
    assert store.resolve_id("corpus-id") == "stem-id" and store.resolve_id("stem-id") == "stem-id"
    assert store.resolve_id("unknown") is None
    doc = store.get_document("corpus-id")
    assert doc is not None and doc["id"] == "stem-id"
    assert store.aliases("stem-id") == ["corpus-id"]
