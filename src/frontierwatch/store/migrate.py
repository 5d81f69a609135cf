"""Apply store/schema.py's migrations in order, recording each step in `schema_version`."""
from __future__ import annotations

from datetime import datetime, timezone

import duckdb

from ..errors import StoreError
from .schema import MIGRATIONS

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL
)
"""


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """Schema version of an open database (0 for a new, empty one)."""
    has = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
                      ).fetchone()
    if not has or not has[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def target_version(migrations: list[str] | None = None) -> int:
    """The version this code expects (number of known migrations)."""
    return len(MIGRATIONS if migrations is None else migrations)


def migrate(con: duckdb.DuckDBPyConnection, migrations: list[str] | None = None) -> int:
    """Bring the database up to date, one transaction per step; returns the final version."""
    steps = MIGRATIONS if migrations is None else migrations
    con.execute(_VERSION_TABLE)
    version = current_version(con)
    if version > len(steps):
        raise StoreError(f"database schema v{version} is newer than this frontierwatch (v{len(steps)}); "
                         "upgrade frontierwatch")
    for n in range(version, len(steps)):
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(steps[n])
            con.execute("INSERT INTO schema_version VALUES (?, ?)",
                        [n + 1, datetime.now(timezone.utc).replace(tzinfo=None)])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"migration to schema v{n + 1} failed: {exc}") from exc
    return len(steps)
