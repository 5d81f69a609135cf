"""Connections and as-of handling shared by every analytics query.

Accepts a DuckDB connection, an object with a `.con` attribute (the foundation Store) or a path,
so the CLI, the API server and notebooks all reach the same functions.
"""
from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import duckdb

from ..errors import QueryError, StoreError

DEFAULT_DB = os.environ.get("FRONTIERWATCH_DB", "frontierwatch.duckdb")


def connection(db: Any) -> duckdb.DuckDBPyConnection:
    """Return a DuckDB connection for a connection, a Store-like object or a database path."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        return db
    con = getattr(db, "con", None) or getattr(db, "connection", None)
    if isinstance(con, duckdb.DuckDBPyConnection):
        return con
    if isinstance(db, (str, Path)):
        return open_db(db, read_only=True)
    raise QueryError(f"not a database: {db!r}")


def open_db(path: str | Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open a database file; a missing file or one without the schema is a clear StoreError."""
    p = Path(path)
    if str(path) != ":memory:" and not read_only and not p.exists():
        try:
            from ..store import open_store

            con = open_store(str(path)).con
            con.execute("SET enable_progress_bar = false")
            return con
        except ImportError:
            pass
    if str(path) != ":memory:" and read_only and not p.exists():
        raise StoreError(f"{path}: database not found (run `frontierwatch ingest` first or pass --db)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
    con.execute("SET enable_progress_bar = false")  # it would write into piped Markdown/JSON output
    if not read_only:
        ensure_schema(con)
    elif not has_table(con, "events"):
        raise StoreError(f"{path}: not a frontierwatch database (no events table)")
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create or upgrade the schema with the store's migrations (the Store normally does this)."""
    if has_table(con, "events"):
        return
    from ..store.migrate import migrate

    migrate(con)


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """True when a table (or view) of that name exists in the main schema."""
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    return bool(row and row[0])


def as_of_ts(as_of: date | datetime | str | None) -> datetime | None:
    """Normalise an as-of value: a date means the end of that day; None means now (everything)."""
    if as_of is None or as_of == "":
        return None
    if isinstance(as_of, str):
        try:
            as_of = datetime.fromisoformat(as_of) if ("T" in as_of or " " in as_of) else date.fromisoformat(as_of)
        except ValueError as exc:
            raise QueryError(f"as-of: not a date or timestamp: {as_of!r}") from exc
    if isinstance(as_of, datetime):
        return as_of.replace(tzinfo=None)
    return datetime.combine(as_of, time(23, 59, 59, 999999))


def as_date(value: Any, what: str = "date") -> date | None:
    """A date from a date or "YYYY-MM-DD" (None or "" give None); anything else is a QueryError naming `what`."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise QueryError(f"{what}: not a date (YYYY-MM-DD): {value!r}") from exc


def incidents_linked(con: duckdb.DuckDBPyConnection, as_of: datetime | None = None) -> bool:
    """True when incident resolution has linked any event (as of the given time)."""
    if not has_table(con, "incident_events"):
        return False
    sql = "SELECT 1 FROM incident_events" + (" WHERE linked_at <= ?" if as_of else "") + " LIMIT 1"
    return con.execute(sql, [as_of] if as_of else []).fetchone() is not None
