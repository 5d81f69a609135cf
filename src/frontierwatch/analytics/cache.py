"""Cached incident tables: the expensive grouping of linked reports is done once per data state.

Within a process, a connection keeps a TEMP table per as-of, checked against a cheap fingerprint
(row counts and latest ingest/link times). Across processes (each CLI run opens the database
anew), the table is kept in a sidecar DuckDB file next to the database, `<db>.analytics-cache`,
checked against a full fingerprint that also hashes every event's id and figures, so an edit in
place invalidates it. Set FRONTIERWATCH_ANALYTICS_CACHE=0 to use TEMP tables only. The sidecar
is only a cache: deleting it is always safe.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

import duckdb

SIDE_ALIAS = "fw_analytics_cache"
SIDE_SUFFIX = ".analytics-cache"
SIDE_KEEP = 6  # cached tables kept in the sidecar (oldest dropped first)

_MEMO: dict[tuple[int, datetime | None], tuple[tuple[Any, ...], str]] = {}


def fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """Cheap: changes whenever events, documents or links are added or removed."""
    return con.execute(
        "SELECT (SELECT (count(*), max(ingested_at)) FROM events), (SELECT (count(*), max(ingested_at)) FROM documents), "
        "(SELECT (count(*), max(linked_at)) FROM incident_events)").fetchone()


def full_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Thorough: also hashes every event's fields, link and document date (for the sidecar)."""
    row = con.execute(
        "SELECT (SELECT bit_xor(hash(id, type, date, country, admin1, admin2, place, perpetrator, claimed_by, target, "
        "tactic, killed_security_forces, killed_civilians, killed_militants, killed_unspecified, killed_total, injured, "
        "abducted, arrested, crossing, status, action, count, until, parties, source, doc_id, ingested_at)) FROM events), "
        "(SELECT bit_xor(hash(incident_id, event_id, linked_at)) FROM incident_events), "
        "(SELECT bit_xor(hash(id, published)) FROM documents)").fetchone()
    return repr((fingerprint(con), row))


def clear() -> None:
    """Forget in-process cached tables (the sidecar re-validates itself by fingerprint)."""
    _MEMO.clear()


def valid(con: duckdb.DuckDBPyConnection, as_of: datetime | None) -> bool:
    """True when this connection already holds an up-to-date table for `as_of`."""
    hit = _MEMO.get((id(con), as_of))
    return bool(hit and hit[0] == fingerprint(con) and _exists(con, hit[1]))


def cached_table(con: duckdb.DuckDBPyConnection, as_of: datetime | None,
                 build: Callable[[], tuple[str, list[Any]]]) -> str:
    """Name of an up-to-date table of all incidents as of `as_of`, building it when needed."""
    key = (id(con), as_of)
    fp = fingerprint(con)
    hit = _MEMO.get(key)
    if hit and hit[0] == fp and _exists(con, hit[1]):
        return hit[1]
    name = _sidecar_table(con, as_of, build) or _temp_table(con, as_of, fp, build)
    _MEMO[key] = (fp, name)
    return name


def _exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    try:
        con.execute(f"SELECT 1 FROM {name} LIMIT 0")
        return True
    except duckdb.Error:
        return False


def _temp_table(con, as_of, fp, build) -> str:
    name = f"fw_facts_{abs(hash((fp, as_of))) % 10**12}"
    sql, params = build()
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql} ORDER BY date", params)
    return name


def _sidecar_table(con, as_of, build) -> str | None:
    """The table in the sidecar file, or None when there is no file database or it is busy."""
    if os.environ.get("FRONTIERWATCH_ANALYTICS_CACHE", "1").lower() in ("0", "off", "no", "false"):
        return None
    try:
        attached = {r[0] for r in con.execute("SELECT database_name FROM duckdb_databases()").fetchall()}
        if SIDE_ALIAS not in attached:
            path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
            if not path or not path[0]:
                return None
            con.execute(f"ATTACH ? AS {SIDE_ALIAS} (READ_ONLY false)", [path[0] + SIDE_SUFFIX])
        con.execute(f"CREATE TABLE IF NOT EXISTS {SIDE_ALIAS}.facts_meta (name VARCHAR, as_of VARCHAR, "
                    "fingerprint VARCHAR, built_at TIMESTAMP)")
        full = full_fingerprint(con)
        a = as_of.isoformat() if as_of else ""
        row = con.execute(f"SELECT name FROM {SIDE_ALIAS}.facts_meta WHERE as_of = ? AND fingerprint = ?",
                          [a, full]).fetchone()
        if row and _exists(con, f"{SIDE_ALIAS}.{row[0]}"):
            return f"{SIDE_ALIAS}.{row[0]}"
        name = f"facts_{abs(hash((full, a))) % 10**12}"
        sql, params = build()
        con.execute(f"CREATE OR REPLACE TABLE {SIDE_ALIAS}.{name} AS {sql} ORDER BY date", params)
        stale = con.execute(f"SELECT name FROM {SIDE_ALIAS}.facts_meta WHERE as_of = ? OR name = ? UNION ALL "
                            f"SELECT name FROM (SELECT name FROM {SIDE_ALIAS}.facts_meta ORDER BY built_at DESC "
                            f"OFFSET {SIDE_KEEP - 1})", [a, name]).fetchall()
        for (old,) in stale:
            if old != name:
                con.execute(f"DROP TABLE IF EXISTS {SIDE_ALIAS}.{old}")
            con.execute(f"DELETE FROM {SIDE_ALIAS}.facts_meta WHERE name = ?", [old])
        con.execute(f"INSERT INTO {SIDE_ALIAS}.facts_meta VALUES (?, ?, ?, now()::TIMESTAMP)", [name, a, full])
        return f"{SIDE_ALIAS}.{name}"
    except duckdb.Error:
        return None  # busy (another process holds the sidecar), read-only file system, ...
