"""The DuckDB store: open (and migrate), write one document per transaction, read back.

Ids: a document keeps its own id; its events are "<doc_id>#<seq>", claims "<doc_id>#c<seq>",
quotes "<doc_id>#q<seq>", seq counting from 0 in the Extraction's order (so event "d001#0" is
the document's first event). `killed_total` is the sum of the known victim groups; `parties`
is stored as sorted ISO codes joined by ",". DuckDB allows one writing process: open read-write
only to write, `read_only=True` to read, and keep write transactions short.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from ..config import resolve_db_path
from ..errors import StoreError
from ..records import Claim, Document, Event, Extraction, Quote
from .migrate import current_version, target_version
from .migrate import migrate as _migrate

__all__ = ["Store", "open_store", "resolve_db_path"]

_DOC_LIST_COLUMNS = ("id", "outlet", "published", "title", "url", "kind", "source_path",
                     "content_hash", "ingested_at")
_DOCUMENT_COLUMNS = ("id", "content_hash", "url", "outlet", "published", "title", "text", "raw_text",
                     "source_path", "kind", "ingested_at")
_EVENT_COLUMNS = ("id", "doc_id", "seq", "source", "type", "date", "country", "admin1", "admin2", "place", "lat",
                  "lon", "geo_precision", "perpetrator", "claimed_by", "target", "tactic",
                  "killed_security_forces", "killed_civilians", "killed_militants", "killed_unspecified",
                  "killed_total", "injured", "abducted", "arrested", "crossing", "status", "action", "count",
                  "until", "parties", "ingested_at")
_CLAIM_COLUMNS = ("id", "doc_id", "seq", "metric", "value", "unit", "direction", "period_start", "period_end",
                  "region", "source", "evidence", "ingested_at")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _as_date(value: Any) -> str | None:
    """An ISO date string DuckDB will accept, or None (extractors may emit partial dates)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _as_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


class Store:
    """An open DuckDB database with frontierwatch's schema."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool = False):
        self.con = con
        self.path = path
        self.read_only = read_only

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection (releases DuckDB's file lock)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """BEGIN ... COMMIT around the block; ROLLBACK and re-raise on any error."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot write")
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [{k: _iso(v) for k, v in zip(names, row)} for row in cur.fetchall()]

    # -- writes ----------------------------------------------------------------------------------
    def has_hash(self, content_hash: str) -> str | None:
        """Id of the stored document with this content hash, or None."""
        row = self.con.execute("SELECT id FROM documents WHERE content_hash = ?", [content_hash]).fetchone()
        return row[0] if row else None

    def has_id(self, doc_id: str) -> bool:
        """True when a document with this id is stored."""
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def save(self, doc: Document, extraction: Extraction) -> bool:
        """Store a cleaned document and its extraction in one transaction; False if its text is known.

        Sets `doc.ingested_at`. Raises StoreError (with nothing written) when anything fails.
        """
        if not doc.content_hash:
            raise StoreError(f"{doc.id}: document has no content_hash (clean it through the pipeline)")
        if self.has_hash(doc.content_hash):
            return False
        at = _now()
        try:
            with self.transaction() as con:
                self._insert_document(con, doc, at)
                self._insert_events(con, doc, extraction.events, at)
                self._insert_claims(con, doc, extraction.claims, at)
                self._insert_quotes(con, doc, extraction.quotes, at)
        except duckdb.ConstraintException as exc:
            if self.has_hash(doc.content_hash):  # another writer stored the same text meanwhile
                return False
            raise StoreError(f"{doc.id}: not stored: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{doc.id}: not stored: {exc}") from exc
        doc.ingested_at = at.isoformat(timespec="seconds")
        return True

    @staticmethod
    def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
                     rows: Sequence[Sequence[Any]]) -> None:
        """One multi-row INSERT (DuckDB's per-statement cost dominates row-by-row inserts)."""
        if not rows:
            return
        one = "(" + ", ".join("?" for _ in columns) + ")"
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join(one for _ in rows),
                    [v for row in rows for v in row])

    def _insert_document(self, con: duckdb.DuckDBPyConnection, doc: Document, at: datetime) -> None:
        self._insert_rows(con, "documents", _DOCUMENT_COLUMNS, [[
            doc.id, doc.content_hash, doc.url, doc.outlet, _as_date(doc.published), doc.title, doc.text,
            doc.raw_text, doc.source_path, doc.kind, at]])

    def _insert_events(self, con: duckdb.DuckDBPyConnection, doc: Document, events: Sequence[Event],
                       at: datetime) -> None:
        rows, evidence = [], []
        for seq, ev in enumerate(events):
            event_id = f"{doc.id}#{seq}"
            k = ev.killed
            rows.append([
                event_id, doc.id, seq, doc.outlet, ev.type, _as_date(ev.date), ev.country, ev.admin1, ev.admin2,
                ev.place, ev.lat, ev.lon, _as_int(ev.geo_precision), ev.perpetrator, ev.claimed_by, ev.target,
                ev.tactic, _as_int(k.security_forces), _as_int(k.civilians), _as_int(k.militants),
                _as_int(k.unspecified), _as_int(k.total()), _as_int(ev.injured), _as_int(ev.abducted),
                _as_int(ev.arrested), ev.crossing, ev.status, ev.action, _as_int(ev.count), _as_date(ev.until),
                ",".join(sorted(ev.parties)) if ev.parties else None, at])
            evidence.extend([event_id, n, e.text, e.start, e.end] for n, e in enumerate(ev.evidence))
        self._insert_rows(con, "events", _EVENT_COLUMNS, rows)
        self._insert_rows(con, "evidence", ("event_id", "seq", "text", "start_char", "end_char"), evidence)

    def _insert_claims(self, con: duckdb.DuckDBPyConnection, doc: Document, claims: Sequence[Claim],
                       at: datetime) -> None:
        self._insert_rows(con, "claims", _CLAIM_COLUMNS, [
            [f"{doc.id}#c{seq}", doc.id, seq, c.metric, c.value, c.unit, c.direction, _as_date(c.period_start),
             _as_date(c.period_end), c.region, c.source, c.evidence.text if c.evidence else None, at]
            for seq, c in enumerate(claims)])

    def _insert_quotes(self, con: duckdb.DuckDBPyConnection, doc: Document, quotes: Sequence[Quote],
                       at: datetime) -> None:
        self._insert_rows(con, "quotes", ("id", "doc_id", "seq", "speaker", "text", "evidence", "ingested_at"), [
            [f"{doc.id}#q{seq}", doc.id, seq, q.speaker, q.text, q.evidence.text if q.evidence else None, at]
            for seq, q in enumerate(quotes)])

    def record_alias(self, doc: Document, stored_id: str) -> None:
        """Remember that `doc` (another id or source) repeated the text stored as `stored_id`."""
        with self.transaction() as con:
            con.execute("INSERT INTO document_aliases (alias, doc_id, source_path, url, outlet, published, seen_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [doc.id, stored_id, doc.source_path, doc.url, doc.outlet, _as_date(doc.published), _now()])

    def resolve_id(self, doc_id: str) -> str | None:
        """The stored document's id for an id or an alias of it, or None."""
        if self.has_id(doc_id):
            return doc_id
        row = self.con.execute("SELECT doc_id FROM document_aliases WHERE alias = ? ORDER BY seen_at LIMIT 1",
                               [doc_id]).fetchone()
        return row[0] if row else None

    def aliases(self, doc_id: str) -> list[str]:
        """Other ids under which inputs gave this document's text."""
        return [r[0] for r in self.con.execute(
            "SELECT DISTINCT alias FROM document_aliases WHERE doc_id = ? AND alias <> doc_id ORDER BY alias",
            [doc_id]).fetchall()]

    def record_rejected(self, path: str, reason: str) -> None:
        """Remember a skipped input (path, reason, time) so nothing is silently lost."""
        with self.transaction() as con:
            con.execute("INSERT INTO rejected (path, reason, rejected_at) VALUES (?, ?, ?)", [path, reason, _now()])

    # -- reads -----------------------------------------------------------------------------------
    def list_documents(self) -> list[dict[str, Any]]:
        """Stored documents' metadata (no text), by publication date then id."""
        cols = ", ".join(_DOC_LIST_COLUMNS)
        return self._rows(f"SELECT {cols} FROM documents ORDER BY published NULLS LAST, id")

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its cleaned and raw text (looked up by id, else by alias), or None."""
        stored = self.resolve_id(doc_id)
        rows = self._rows("SELECT * FROM documents WHERE id = ?", [stored]) if stored else []
        return rows[0] if rows else None

    def rejected(self) -> list[dict[str, Any]]:
        """Skipped inputs, oldest first."""
        return self._rows("SELECT path, reason, rejected_at FROM rejected ORDER BY rejected_at, path")

    def events(self, *, start: str | None = None, end: str | None = None, types: Sequence[str] | None = None,
               country: str | None = None, admin1: str | None = None, doc_id: str | None = None,
               limit: int | None = None, with_evidence: bool = True) -> list[dict[str, Any]]:
        """Events as dicts (dates inclusive), oldest first; each with its evidence sentences."""
        where, params = [], []
        for sql, value in (("date >= ?", _as_date(start)), ("date <= ?", _as_date(end)),
                           ("country = ?", country), ("admin1 = ?", admin1), ("doc_id = ?", doc_id)):
            if value is not None:
                where.append(sql)
                params.append(value)
        if types:
            where.append(f"type IN ({', '.join('?' for _ in types)})")
            params.extend(types)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, doc_id, seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._rows(sql, params)
        if with_evidence and rows:
            ev: dict[str, list[str]] = {}
            ids = [r["id"] for r in rows]
            for event_id, text in self.con.execute(
                    "SELECT event_id, text FROM evidence WHERE event_id IN (SELECT unnest(?)) ORDER BY event_id, seq",
                    [ids]).fetchall():
                ev.setdefault(event_id, []).append(text)
            for r in rows:
                r["evidence"] = ev.get(r["id"], [])
        return rows

    def claims(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Claims as dicts, by document and order."""
        if doc_id is None:
            return self._rows("SELECT * FROM claims ORDER BY doc_id, seq")
        return self._rows("SELECT * FROM claims WHERE doc_id = ? ORDER BY seq", [doc_id])

    def quotes(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Quotes as dicts, by document and order."""
        if doc_id is None:
            return self._rows("SELECT * FROM quotes ORDER BY doc_id, seq")
        return self._rows("SELECT * FROM quotes WHERE doc_id = ? ORDER BY seq", [doc_id])

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        out = {}
        for table in ("documents", "events", "evidence", "claims", "quotes", "rejected"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def event_counts_by_type(self) -> dict[str, int]:
        """Number of events of each type."""
        return {t: int(n) for t, n in self.con.execute(
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type").fetchall()}

    def schema_version(self) -> int:
        """The database's schema version."""
        return current_version(self.con)


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store; ':memory:' for a throwaway one.

    path: explicit file, else $FRONTIERWATCH_DB, else ./frontierwatch.duckdb.
    read_only: for readers; the file must exist and be at the current schema version.
    """
    target = resolve_db_path(path)
    memory = target == ":memory:"
    if not memory:
        p = Path(target)
        if read_only and not p.exists():
            raise StoreError(f"no database at {target} (run `frontierwatch ingest` first, or pass --db)")
        if p.is_dir():
            raise StoreError(f"{target} is a directory, not a database file")
        if not read_only and p.parent and not p.parent.exists():
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {p.parent}: {exc.strerror or exc}") from exc
    try:
        con = duckdb.connect(target, read_only=read_only and not memory)
    except duckdb.Error as exc:
        msg = str(exc).splitlines()[0]
        if "lock" in msg.lower():
            msg = "database is in use by another process (DuckDB allows one writer at a time): " + msg
        raise StoreError(f"cannot open {target}: {msg}") from exc
    store = Store(con, target, read_only=read_only and not memory)
    try:
        if store.read_only:
            version = current_version(con)
            if version != target_version():
                raise StoreError(f"{target} is at schema v{version}, this frontierwatch needs "
                                 f"v{target_version()}; open it once for writing (e.g. `frontierwatch ingest`)")
        else:
            _migrate(con)
    except (StoreError, duckdb.Error) as exc:
        con.close()
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"cannot open {target}: {exc}") from exc
    return store
