"""Query functions the CLI, the REST API and the dashboard call (none computes figures itself).

stats(), list_incidents(), get_incident(), yearly_trend(), busiest_week(), source_coverage().
Every function takes `as_of` and only sees rows ingested/linked by then.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import QueryError
from .db import as_date, as_of_ts, connection, has_table
from .facts import COLUMNS, facts_sql, fetch_facts
from .metrics import METRICS, Figure, compute
from .periods import Period, weekday_index
from .regions import resolve_region

ID_CAP = 25  # incident ids kept per figure in big aggregates; `n_incidents` gives the full count
# A period is thinly sourced ("few sources" warning; claim checks say "not enough data") when
# fewer documents than max(MIN_SOURCES, one per SOURCES_PER_DAYS days) cover it and no imported
# dataset has rows in it: 5 for a week, 13 for a quarter, 53 for a year.
MIN_SOURCES = 5
SOURCES_PER_DAYS = 7
DIMENSIONS = ("type", "year", "month", "week", "country", "admin1", "admin2", "target", "tactic",
              "perpetrator", "claimed_by", "crossing", "action")
TEXT_COLUMNS = ("place", "admin2", "admin1", "perpetrator", "claimed_by", "crossing", "sources")
SORTS = {"date": "date", "-date": "date DESC", "deaths": "killed_total", "-deaths": "killed_total DESC NULLS LAST",
         "id": "incident_id"}


@dataclass(slots=True)
class Coverage:
    """How much source material lies behind a period's figures."""

    documents: int
    datasets: list[str]
    few_sources: bool
    needed: int = MIN_SOURCES

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "datasets": list(self.datasets), "few_sources": self.few_sources,
                "needed": self.needed}


def yearly_trend(db: Any, metrics: tuple[str, ...] = ("attacks", "deaths"), region: str | None = None,
                 as_of: Any = None, first_year: int | None = None, last_year: int | None = None
                 ) -> list[dict[str, Any]]:
    """Per calendar year, each metric as a Figure: [{"year": 2024, "attacks": Figure, ...}]."""
    con = connection(db)
    ts, reg = as_of_ts(as_of), resolve_region(region)
    ms = [METRICS[m] for m in metrics]
    types = tuple(sorted({t for m in ms for t in m.types}))
    start = date(first_year, 1, 1) if first_year else None
    end = date(last_year, 12, 31) if last_year else None
    sql, params = facts_sql(con, as_of=ts, start=start, end=end, region=reg, types=types, ids=False,
                            cols=_metric_cols(ms))
    sel = []
    for m in ms:
        cond = _metric_cond(m)
        val = "count(*)" if m.column is None else f"sum({m.column})"
        idc = "TRUE" if m.column is None else f"{m.column} > 0"
        sel.append(f"COALESCE({val} FILTER (WHERE {cond}), 0) AS v_{m.name}, "
                   f"min(incident_id, {ID_CAP}) FILTER (WHERE {cond} AND {idc}) AS i_{m.name}, "
                   f"count(*) FILTER (WHERE {cond} AND {idc}) AS n_{m.name}")
    q = f"SELECT year(date) AS y, {', '.join(sel)} FROM ({sql}) WHERE date IS NOT NULL GROUP BY y ORDER BY y"
    out = []
    for row in con.execute(q, params).fetchall():
        rec: dict[str, Any] = {"year": row[0]}
        for k, m in enumerate(ms):
            v, ids, n = row[1 + 3 * k: 4 + 3 * k]
            rec[m.name] = Figure(v, sorted(ids or []), m.label, n)
        out.append(rec)
    return out


def bucket_series(db: Any, start: date, end: date, unit: str = "week", region: str | None = None,
                  as_of: Any = None, metrics: tuple[str, ...] = ("attacks", "deaths")) -> list[dict[str, Any]]:
    """Metrics per week (7-day steps from `start`) or calendar month, every bucket present (zeros kept)."""
    ms = [METRICS[m] for m in metrics]
    rows = fetch_facts(connection(db), as_of=as_of_ts(as_of), start=start, end=end, region=resolve_region(region),
                       types=tuple(sorted({t for m in ms for t in m.types})), ids=False, cols=_metric_cols(ms))
    return series_from_rows(rows, start, end, unit, metrics)


def series_from_rows(rows: list[dict[str, Any]], start: date, end: date, unit: str = "week",
                     metrics: tuple[str, ...] = ("attacks", "deaths")) -> list[dict[str, Any]]:
    """bucket_series over incident rows already fetched (ids capped at ID_CAP, `n_incidents` in full)."""
    buckets: dict[date, list[dict[str, Any]]] = {}
    for r in rows:
        d = r.get("date")
        if d is None or not start <= d <= end:
            continue
        k = start + timedelta(days=7 * ((d - start).days // 7)) if unit == "week" else date(d.year, d.month, 1)
        buckets.setdefault(k, []).append(r)
    out, d = [], start if unit == "week" else date(start.year, start.month, 1)
    while d <= end:
        rec: dict[str, Any] = {"start": d}
        for name in metrics:
            f = compute(buckets.get(d, []), name)
            rec[name] = Figure(f.value, f.incident_ids[:ID_CAP], f.label, len(f.incident_ids))
        out.append(rec)
        d = d + timedelta(days=7) if unit == "week" else date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def busiest_week(db: Any, week_start: str = "monday", region: str | None = None, as_of: Any = None) -> Period:
    """The week with the most attack incidents (latest week on ties); QueryError if there are none."""
    con = connection(db)
    sql, params = facts_sql(con, as_of=as_of_ts(as_of), region=resolve_region(region), types=("attack",), ids=False,
                            cols=())
    ws = weekday_index(week_start)
    q = (f"SELECT date - CAST((isodow(date) - 1 - {ws} + 7) % 7 AS INTEGER) AS wk, count(*) AS n "
         f"FROM ({sql}) WHERE date IS NOT NULL GROUP BY wk ORDER BY n DESC, wk DESC LIMIT 1")
    row = con.execute(q, params).fetchone()
    if not row:
        raise QueryError("busiest week: the database has no dated attack incidents")
    return Period(row[0], row[0] + timedelta(days=6), "week")


def source_coverage(db: Any, period: Period, as_of: Any = None) -> Coverage:
    """Documents published in the period or reporting events dated in it; datasets with rows in it."""
    con = connection(db)
    ts = as_of_ts(as_of)
    asq = " AND ingested_at <= ?" if ts else ""
    p = [ts] if ts else []
    docs = con.execute(
        f"SELECT count(*) FROM (SELECT id FROM documents WHERE published BETWEEN ? AND ?{asq} "
        f"UNION SELECT doc_id FROM events WHERE doc_id IS NOT NULL AND date BETWEEN ? AND ?{asq})",
        [period.start, period.end, *p, period.start, period.end, *p]).fetchone()[0]
    datasets = [r[0] for r in con.execute(
        f"SELECT DISTINCT source FROM events WHERE doc_id IS NULL AND source IS NOT NULL "
        f"AND date BETWEEN ? AND ?{asq} ORDER BY 1", [period.start, period.end, *p]).fetchall()]
    need = max(MIN_SOURCES, -(-period.days // SOURCES_PER_DAYS))
    return Coverage(docs, datasets, docs < need and not datasets, need)


def stats(db: Any, period: Period | None = None, by: str = "type", metric: str = "attacks",
          region: str | None = None, as_of: Any = None) -> list[dict[str, Any]]:
    """A metric grouped by one dimension: [{"key": ..., "value": ..., "incident_ids": [...], "n_incidents"}]."""
    if by not in DIMENSIONS:
        raise QueryError(f"stats: cannot group by {by!r}; choose one of {', '.join(DIMENSIONS)}")
    if metric not in METRICS:
        raise QueryError(f"stats: unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    con = connection(db)
    m = METRICS[metric]
    sql, params = facts_sql(con, as_of=as_of_ts(as_of), start=period.start if period else None,
                            end=period.end if period else None, region=resolve_region(region),
                            types=m.types, ids=False, cols=(*_metric_cols([m]), *([by] if by in COLUMNS else [])))
    key = {"year": "year(date)", "month": "strftime(date, '%Y-%m')",
           "week": "strftime(date_trunc('week', date), '%Y-%m-%d')"}.get(by, by)
    val = "count(*)" if m.column is None else f"COALESCE(sum({m.column}), 0)"
    q = (f"SELECT {key} AS k, {val} AS v, min(incident_id, {ID_CAP}) AS ids, count(*) AS n FROM ({sql}) "
         f"WHERE {_metric_cond(m)} GROUP BY k ORDER BY v DESC, k NULLS LAST")
    return [{"key": k, "value": v, "incident_ids": sorted(ids or []), "n_incidents": n}
            for k, v, ids, n in con.execute(q, params).fetchall()]


def incidents_sql(con: Any, filters: dict[str, Any] | None = None, as_of: Any = None, q: str | None = None,
                  ids: list[str] | None = None) -> tuple[str, list[Any]]:
    """SQL (and parameters) for incident rows matching filters, a text search and an id list.

    Filters: type, country, admin1, admin2, region, target, tactic, perpetrator, claimed_by, crossing,
    action, status, date_from, date_to (YYYY-MM-DD), q; values compare case-insensitively.
    `q` finds incidents whose place, district, province, perpetrator, claimant, crossing or source
    names, or any member report's evidence sentence or document title, contain it (any case).
    `ids` keeps only these incident ids. Every value is a bound parameter.
    """
    f = {k: v for k, v in (filters or {}).items() if v is not None and v != ""}
    q = q or f.pop("q", None)
    f.pop("q", None)
    ts = as_of_ts(as_of)
    typ = f.pop("type", None)
    sql, params = facts_sql(con, as_of=ts, start=_d(f.pop("date_from", None)), end=_d(f.pop("date_to", None)),
                            region=resolve_region(f.pop("region", None)),
                            types=(typ,) if isinstance(typ, str) else tuple(typ) if typ else None,
                            only=list(ids) if ids is not None else None)
    conds = []
    for k, v in f.items():
        if k not in COLUMNS:
            raise QueryError(f"incidents: unknown filter {k!r}")
        conds.append(f"lower(CAST({k} AS VARCHAR)) = ?")
        params.append(str(v).lower())
    if q and str(q).strip():
        needle = str(q).strip().lower()
        names = " OR ".join(f"strpos(lower({c}), ?) > 0" for c in TEXT_COLUMNS)
        asq = " AND e.ingested_at <= ?" if ts else ""
        lt = " AND ie.linked_at <= ?" if ts else ""
        # a report matches by its evidence or its document's title; it counts in its incident (latest link)
        conds.append(f"({names} OR incident_id IN (SELECT COALESCE((SELECT arg_max(ie.incident_id, ie.linked_at) "
                     f"FROM incident_events ie WHERE ie.event_id = e.id{lt}), e.id) FROM events e "
                     f"LEFT JOIN documents d ON d.id = e.doc_id WHERE (strpos(lower(d.title), ?) > 0 OR e.id IN "
                     f"(SELECT event_id FROM evidence WHERE strpos(lower(text), ?) > 0)){asq}))")
        params += [needle] * len(TEXT_COLUMNS) + ([ts] if ts else []) + [needle, needle] + ([ts] if ts else [])
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return f"SELECT * FROM ({sql}){where}", params


def list_incidents(db: Any, filters: dict[str, Any] | None = None, sort: str = "-date", page: int = 1,
                   per_page: int = 50, as_of: Any = None, q: str | None = None, ids: list[str] | None = None
                   ) -> dict[str, Any]:
    """A page of incidents: {"total", "page", "per_page", "items": [incident dicts]} (see incidents_sql)."""
    con = connection(db)
    if sort not in SORTS:
        raise QueryError(f"incidents: unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
    if page < 1 or not 1 <= per_page <= 1000:
        raise QueryError("incidents: page must be >= 1 and per_page 1..1000")
    sql, params = incidents_sql(con, filters, as_of, q, ids)
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    cur = con.execute(f"{sql} ORDER BY {SORTS[sort]}, incident_id LIMIT ? OFFSET ?",
                      params + [per_page, (page - 1) * per_page])
    cols = [d[0] for d in cur.description]
    items = [_jsonable(dict(zip(cols, r))) for r in cur.fetchall()]
    missing = [i["incident_id"] for i in items if i.get("event_ids") is None]
    if missing:
        members = members_of(con, missing, as_of)
        for i in items:
            if i.get("event_ids") is None:
                i["event_ids"] = members.get(i["incident_id"], [])
    return {"total": total, "page": page, "per_page": per_page, "items": items}


def get_incident(db: Any, incident_id: str, as_of: Any = None) -> dict[str, Any] | None:
    """One incident with its figures and member reports (events with evidence and document); None if unknown."""
    con = connection(db)
    sql, params = facts_sql(con, as_of=as_of_ts(as_of), only=[incident_id])
    cur = con.execute(sql, params)
    row = cur.fetchone()
    if row is None:
        return None
    inc = _jsonable(dict(zip([d[0] for d in cur.description], row)))
    ids = inc.get("event_ids") or []
    reports = []
    if ids:
        cur = con.execute("SELECT e.*, d.title, d.url, d.outlet, d.published FROM events e "
                          "LEFT JOIN documents d ON d.id = e.doc_id WHERE e.id IN (SELECT unnest(?)) ORDER BY e.id",
                          [ids])
        cols = [d[0] for d in cur.description]
        reports = [_jsonable(dict(zip(cols, r))) for r in cur.fetchall()]
        if has_table(con, "evidence"):
            ev: dict[str, list[str]] = {}
            for eid, text in con.execute("SELECT event_id, text FROM evidence WHERE event_id IN (SELECT unnest(?)) "
                                         "ORDER BY event_id, seq", [ids]).fetchall():
                ev.setdefault(eid, []).append(text)
            for r in reports:
                r["evidence"] = ev.get(r["id"], [])
    inc["reports"] = reports
    return inc


def members_of(db: Any, incident_ids: list[str], as_of: Any = None) -> dict[str, list[str]]:
    """Member event ids per incident: events whose latest link (as of) points to it; an unlinked
    event is its own single member."""
    con = connection(db)
    sql, params = facts_sql(con, as_of=as_of_ts(as_of), only=list(incident_ids), cols=())
    return {i: list(m) for i, m in con.execute(f"SELECT incident_id, event_ids FROM ({sql})", params).fetchall()}


def incident_coordinates(db: Any, incident_ids: list[str], as_of: Any = None
                         ) -> dict[str, tuple[float, float, int | None]]:
    """(lat, lon, geo_precision) per incident: its most precise member report with coordinates."""
    con = connection(db)
    members = members_of(con, list(incident_ids), as_of) if incident_ids else {}
    pairs = [(i, e) for i, es in members.items() for e in es]
    if not pairs:
        return {}
    cur = con.execute(
        "SELECT m.iid, arg_min(e.lat, coalesce(e.geo_precision, 9)), arg_min(e.lon, coalesce(e.geo_precision, 9)), "
        "min(e.geo_precision) FROM (SELECT unnest(?) AS iid, unnest(?) AS eid) m JOIN events e ON e.id = m.eid "
        "WHERE e.lat IS NOT NULL GROUP BY m.iid", [[p[0] for p in pairs], [p[1] for p in pairs]])
    return {r[0]: (r[1], r[2], r[3]) for r in cur.fetchall()}


def incident_members(db: Any, incident_id: str, as_of: Any = None) -> list[str]:
    """Member event ids of one incident (see members_of)."""
    return members_of(db, [incident_id], as_of).get(incident_id, [])


def incident_rows(db: Any, period: Period | None = None, region: str | None = None, as_of: Any = None,
                  types: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """Incident rows (dicts) for a period and region."""
    con = connection(db)
    return fetch_facts(con, as_of=as_of_ts(as_of), start=period.start if period else None,
                       end=period.end if period else None, region=resolve_region(region), types=types)


def _metric_cols(ms: list[Any]) -> tuple[str, ...]:
    """The incident columns these metrics read (for facts_sql's `cols`)."""
    out = [m.column for m in ms if m.column] + ["tactic" for m in ms if m.tactic] + ["action" for m in ms if m.action]
    return tuple(dict.fromkeys(out))


def _metric_cond(m) -> str:
    conds = ["type IN (" + ", ".join(f"'{t}'" for t in m.types) + ")"]
    if m.tactic:
        conds.append(f"tactic = '{m.tactic}'")
    if m.action:
        conds.append(f"action = '{m.action}'")
    return " AND ".join(conds)


def _d(v: Any) -> date | None:
    return as_date(v, "date filter")


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in d.items():
        if hasattr(v, "isoformat"):
            v = v.isoformat()
        out[k] = v
    return out
