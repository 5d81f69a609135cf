"""The analysts' Python API: `open(db)` -> AnalyticsStore with DataFrames and typed briefs.

    import frontierwatch.analytics.api as fw
    s = fw.open("frontierwatch.duckdb")
    s.incidents(type="attack", admin1="Balochistan", date_from="2024-01-01")   # pandas DataFrame
    s.brief(fw.week_period("2025-09-12", "friday"), region="PK").to_markdown()
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ..errors import QueryError
from .brief import Brief, build_brief
from .check import ClaimCheck, check_claims
from .crossings import ClosureSpan, crossings_timeline
from .db import as_of_ts, connection, open_db
from .facts import COLUMNS
from .periods import (Period, month_period, parse_period, quarter_period, range_period, week_period,  # noqa: F401
                      year_period)
from .queries import get_incident, incidents_sql, stats, yearly_trend
from .regions import resolve_region
from .relations import WeekIndex, relations_index


class AnalyticsStore:
    """Read-only analytics over a frontierwatch database; every method takes as_of."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def incidents(self, as_of: Any = None, q: str | None = None, ids: list[str] | None = None,
                  **filters: Any) -> pd.DataFrame:
        """Incidents (one row each, figures per the incident rule) as a DataFrame.

        Filters: type, region, country, admin1, admin2, target, tactic, perpetrator, claimed_by,
        crossing, status, action, date_from, date_to; `q` text search, `ids` incident ids.
        """
        sql, params = incidents_sql(self.con, filters, as_of, q, ids)
        return self.con.execute(f"{sql} ORDER BY date, incident_id", params).df()

    def events(self, as_of: Any = None, **filters: Any) -> pd.DataFrame:
        """Stored event reports (one row per report) as a DataFrame; same filters as incidents()."""
        from .queries import _d

        conds, params = [], []
        ts = as_of_ts(as_of)
        if ts:
            conds.append("ingested_at <= ?")
            params.append(ts)
        f = dict(filters)
        for key, op in (("date_from", ">="), ("date_to", "<=")):
            if f.get(key):
                conds.append(f"date {op} ?")
                params.append(_d(f.pop(key)))
            f.pop(key, None)
        reg = resolve_region(f.pop("region", None))
        if reg:
            pred, rp = reg.sql()
            conds.append(pred)
            params += rp
        for k, v in f.items():
            if k not in COLUMNS and k not in ("source", "doc_id"):
                raise QueryError(f"events: unknown filter {k!r}")
            conds.append(f"{k} = ?")
            params.append(v)
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        return self.con.execute(f"SELECT * FROM events{where} ORDER BY date, id", params).df()

    def brief(self, period: Period | str, region: str | None = None, as_of: Any = None,
              week_start: str = "monday") -> Brief:
        """A typed Brief; `period` is a Period or a string: "2024", "2024Q1", "2025-09" or a day (its week)."""
        return build_brief(self.con, _period(period, week_start), region=region, as_of=as_of)

    def stats(self, period: Period | str | None = None, by: str = "type", metric: str = "attacks",
              region: str | None = None, as_of: Any = None) -> pd.DataFrame:
        """A metric grouped by a dimension, as a DataFrame."""
        p = _period(period) if period is not None else None
        return pd.DataFrame(stats(self.con, p, by=by, metric=metric, region=region, as_of=as_of))

    def trend(self, region: str | None = None, as_of: Any = None) -> pd.DataFrame:
        """Attacks and deaths per year."""
        return pd.DataFrame([{"year": t["year"], "attacks": t["attacks"].value, "deaths": t["deaths"].value}
                             for t in yearly_trend(self.con, region=region, as_of=as_of)])

    def incident(self, incident_id: str, as_of: Any = None) -> dict[str, Any] | None:
        """One incident with its reports."""
        return get_incident(self.con, incident_id, as_of)

    def crossings(self, as_of: Any = None) -> dict[str, list[ClosureSpan]]:
        """Closed periods per crossing."""
        return crossings_timeline(self.con, as_of=as_of)

    def relations(self, as_of: Any = None) -> list[WeekIndex]:
        """The weekly relations index."""
        return relations_index(self.con, as_of=as_of)

    def check(self, claims: list[Any], as_of: Any = None) -> list[ClaimCheck]:
        """Check claims against the database."""
        return check_claims(self.con, claims, as_of)

    def close(self) -> None:
        self.con.close()


def open(db: str | Path | Any = "frontierwatch.duckdb") -> AnalyticsStore:  # noqa: A001 (the documented name)
    """Open a database (path, Store or DuckDB connection) for analysis."""
    if isinstance(db, (str, Path)):
        return AnalyticsStore(open_db(db, read_only=True))
    return AnalyticsStore(connection(db))


def _period(p: Period | str, week_start: str = "monday") -> Period:
    if isinstance(p, Period):
        return p
    if isinstance(p, (date, datetime)):
        return week_period(p if isinstance(p, date) else p.date(), week_start)
    s = str(p).strip()
    if s.isdigit() and len(s) == 4:
        return year_period(s)
    if "q" in s.lower():
        return quarter_period(s)
    if len(s) == 7:
        return month_period(s)
    if ".." in s:
        a, b = s.split("..", 1)
        return range_period(a, b)
    return week_period(s, week_start)


__all__ = ["open", "AnalyticsStore", "Brief", "Period", "week_period", "month_period", "quarter_period",
           "year_period", "range_period", "parse_period"]
