"""One row per incident: the rule that turns stored event reports into countable incidents.

Statistics count incidents, not reports. Every event belongs to the incident it is linked to
(`incident_events`: the latest link made at or before as-of; a merge adds a link to the surviving
incident, so merges after as-of are ignored) or, when it is not linked (incident resolution not run, or an imported
dataset row), it is its own incident with id = the event id.

The rule matches frontierwatch.incidents (summarize / compute_figures), in SQL so it scales:
- date, country, admin1, admin2: the most common member value (earliest/alphabetical on ties);
- killed by group: the whole breakdown of the latest report giving any killed figure, ranked by
  (document publication date, undated oldest; ingested_at; groups named; total; event id), so
  groups from different reports are never added up ("the latest toll stands");
- injured: the latest report's figure (same ranking);
- other fields (perpetrator, target, tactic, abducted, arrested, crossing, status, ...): from the
  latest report (publication, ingested_at, event id) that gives them.
A type filter selects reports before grouping (the resolver merges reports of one type only).
As-of: only events with ingested_at <= as_of and links with linked_at <= as_of are used,
so a brief for a past as-of reproduces exactly. With linked incidents, windows group only the
incidents touching them; whole-history queries that ask for a few columns (`cols`) group on the
fly; those wanting every column build a per-connection TEMP table (cache.py), which every later
query of that connection then reads. Each path gives the same figures (tests/test_analytics_paths.py).
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

import duckdb

from . import cache
from .db import incidents_linked
from .regions import Region

FIELDS = ("type", "date", "country", "admin1", "admin2", "place", "perpetrator", "claimed_by", "target",
          "tactic", "injured", "abducted", "arrested", "crossing", "status", "action", "count", "until", "parties")
KILLED = ("killed_security_forces", "killed_civilians", "killed_militants", "killed_unspecified")
COLUMNS = ("incident_id", *FIELDS, *KILLED, "killed_total", "n_reports", "sources", "event_ids")
PLACE = ("date", "country", "admin1", "admin2")  # the most common member value
ALWAYS = ("incident_id", "type", "date")  # computed even when `cols` leaves them out
# Members of one incident lie within days of each other; the window is widened by this margin
# before grouping so an incident whose reports straddle a period edge is still complete.
MEMBER_MARGIN_DAYS = 30
# With linked incidents, windows up to this long (a year brief reads two years) group only the
# incidents touching them; longer or open-ended queries group the whole history (few columns) or
# build a cached table (all columns).
WINDOW_MAX_DAYS = 800

_KT = "COALESCE(e.killed_total, CASE WHEN " + " IS NULL AND ".join(f"e.{k}" for k in KILLED) + \
      " IS NULL THEN NULL ELSE " + " + ".join(f"COALESCE(e.{k}, 0)" for k in KILLED) + " END)"
_RK = "(pub, ingested_at, id)"  # latest report: publication, ingest time, event id
_CRK = "(pub, ingested_at, spec, COALESCE(killed_total, -1), id)"  # latest toll: + groups named, total


def facts_sql(con: duckdb.DuckDBPyConnection, as_of: datetime | None = None, start: date | None = None,
              end: date | None = None, region: Region | None = None, types: tuple[str, ...] | None = None,
              ids: bool = True, cols: Iterable[str] | None = None, only: Iterable[str] | None = None
              ) -> tuple[str, list[Any]]:
    """SQL (and parameters) selecting incident rows with COLUMNS, filtered at incident level.

    Args:
        con (DuckDBPyConnection): database, used only to see whether incidents are linked.
        as_of (datetime | None): ignore rows ingested/linked after this time.
        start, end (date | None): inclusive incident-date window.
        region (Region | None): incident-level region filter.
        types (tuple | None): event types to keep.
        ids (bool): include the event_ids list (skip for big aggregates).
        cols (iterable | None): the columns the caller reads (others may be NULL); None: all.
        only (iterable | None): these incident ids only.
    """
    outer, oparams = [], []
    if start:
        outer.append("date >= ?")
        oparams.append(start)
    if end:
        outer.append("date <= ?")
        oparams.append(end)
    if region:
        pred, rp = region.sql()
        outer.append(pred)
        oparams += rp
    if types:
        outer.append("type IN (" + ", ".join("?" for _ in types) + ")")
        oparams += list(types)
    wanted = list(dict.fromkeys(only)) if only is not None else None
    if wanted is not None:
        outer.append("incident_id IN (SELECT unnest(?))")
        oparams.append(wanted)
    need = None if cols is None else frozenset(cols) | set(ALWAYS) | (set(PLACE) if region else set())
    types = tuple(sorted(set(types))) if types else None
    if incidents_linked(con, as_of):
        windowed = bool(start and end and (end - start).days <= WINDOW_MAX_DAYS)
        table = None if wanted is not None or (ids and windowed) else cache.lookup(con, as_of, types)
        if wanted is not None:
            inner, params = _linked_sql(as_of, None, None, types, ids, need, wanted)
        elif table:  # this connection already grouped every incident: read that
            inner, params = f"SELECT * FROM {table}", []
        elif windowed:
            inner, params = _linked_sql(as_of, start, end, types, ids, need)
        elif need is not None:  # a few columns over a long span: group on the fly
            inner, params = _linked_sql(as_of, None, None, types, False, need)
        else:  # every column over a long span: a TEMP table per connection (event_ids not kept there)
            table = cache.cached_table(con, (as_of, types), lambda: _linked_sql(as_of, None, None, types, False, None))
            inner, params = f"SELECT * FROM {table}", []
    else:
        inner, params = _unlinked_sql(as_of, start, end, types, ids)
    where = (" WHERE " + " AND ".join(outer)) if outer else ""
    return f"SELECT * FROM ({inner}) f{where}", params + oparams


def fetch_facts(con: duckdb.DuckDBPyConnection, **kw: Any) -> list[dict[str, Any]]:
    """Incident rows as dicts (see facts_sql for the arguments)."""
    sql, params = facts_sql(con, **kw)
    cur = con.execute(sql + " ORDER BY date, incident_id", params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def links_sql(as_of: datetime | None) -> tuple[str, list[Any]]:
    """SQL (event_id, incident_id): each linked event's incident as of `as_of` (its latest link)."""
    where = " WHERE linked_at <= ?" if as_of else ""
    return (f"SELECT event_id, arg_max(incident_id, linked_at) AS incident_id FROM incident_events{where} "
            "GROUP BY event_id"), ([as_of] if as_of else [])


def _unlinked_sql(as_of, start, end, types, ids) -> tuple[str, list[Any]]:
    where, params = _event_filters(as_of, start, end, types, margin=0)
    cols = ", ".join(f"e.{c}" for c in FIELDS if c != "type")
    kil = ", ".join(f"e.{k}" for k in KILLED)
    idl = "[e.id] AS event_ids" if ids else "NULL AS event_ids"
    return (f"SELECT e.id AS incident_id, e.type, {cols}, {kil}, {_KT} AS killed_total, 1 AS n_reports, "
            f"e.source AS sources, {idl} FROM events e{where}"), params


def _members(as_of, start, end, only, types=None) -> tuple[str, str, list[Any], list[Any]]:
    """The link CTE and the event restriction: all events, a window's incidents, or given incidents."""
    lt = " AND linked_at <= ?" if as_of else ""
    ap = [as_of] if as_of else []
    if only is not None:
        lk = ("lk AS (SELECT event_id, arg_max(incident_id, linked_at) AS incident_id FROM incident_events "
              f"WHERE event_id IN (SELECT event_id FROM incident_events WHERE incident_id IN (SELECT unnest(?)){lt} "
              f"UNION ALL SELECT unnest(?)){lt} GROUP BY event_id)")
        return lk, " AND e.id IN (SELECT event_id FROM lk UNION ALL SELECT unnest(?))", \
            [only, *ap, only, *ap], [only]
    if not (start or end):
        sql, params = links_sql(as_of)
        if types:  # only the links of reports of these types (a fraction of all links)
            marks = ", ".join("?" for _ in types)
            sql = sql.replace(" GROUP BY", (" AND" if as_of else " WHERE") +
                              f" event_id IN (SELECT id FROM events WHERE type IN ({marks})) GROUP BY")
            params = params + list(types)
        return f"lk AS ({sql})", "", params, []
    lo = (start - timedelta(days=MEMBER_MARGIN_DAYS)) if start else date(1, 1, 1)
    hi = (end + timedelta(days=MEMBER_MARGIN_DAYS)) if end else date(9999, 12, 31)
    # Only incidents touching the window are grouped: events dated in it, every event linked to
    # an incident one of them is linked to, found through the links without reading all events.
    lk = ("lk AS (SELECT event_id, arg_max(incident_id, linked_at) AS incident_id FROM incident_events "
          "WHERE event_id IN (SELECT event_id FROM incident_events WHERE incident_id IN ("
          "SELECT incident_id FROM incident_events WHERE event_id IN (SELECT id FROM events WHERE date BETWEEN ? AND ?)"
          f"{lt}){lt}){lt} GROUP BY event_id)")
    win = " AND e.id IN (SELECT event_id FROM lk UNION ALL SELECT id FROM events e3 WHERE e3.date BETWEEN ? AND ?)"
    return lk, win, [lo, hi, *ap, *ap, *ap], [lo, hi]


def _linked_sql(as_of, start, end, types, ids, need=None, only=None) -> tuple[str, list[Any]]:
    """Group linked reports into incident rows: single-report incidents pass straight through; the
    others are ranked in one pass, with member modes computed only where members differ."""
    where, params = _event_filters(as_of, None, None, types, margin=0)
    lk, win, lparams, wparams = _members(as_of, start, end, only, types)
    keep = [c for c in COLUMNS if need is None or c in need or c in ("n_reports", "event_ids")]
    cas_cols = [k for k in (*KILLED, "killed_total") if k in keep]
    other = [c for c in FIELDS if c not in ("type", *PLACE, "injured") and c in keep]
    spec = " + ".join(f"CAST(e.{k} IS NOT NULL AS INTEGER)" for k in KILLED)
    # per event: only the columns some output needs (every killed group when the toll is wanted)
    places = any(c in keep for c in ("country", "admin1", "admin2"))
    mcols = PLACE if places else ("date",)
    ecols = ["e.id", "e.type", "e.doc_id", *(f"e.{c}" for c in mcols), "e.ingested_at", *(f"e.{c}" for c in other)]
    if "injured" in keep:
        ecols.append("e.injured")
    if "sources" in keep:
        ecols.append("e.source")
    if cas_cols:
        ecols += [f"e.{k}" for k in KILLED if k in cas_cols] + [f"{_KT} AS killed_total", f"{spec} AS spec"]
    aggs = [f"arg_max(type, {_RK}) AS type"]
    aggs += [f"arg_max({c}, {_RK}) FILTER (WHERE {c} IS NOT NULL) AS {c}" for c in other]
    # the whole breakdown of the latest report naming a victim group (its NULL groups included)
    aggs += [f"arg_max_null({k}, {_CRK}) FILTER (WHERE spec > 0) AS {k}" for k in cas_cols]
    if "injured" in keep:
        aggs.append("arg_max(injured, (pub, ingested_at, injured, id)) FILTER (WHERE injured IS NOT NULL) AS injured")
    if "sources" in keep:
        aggs.append("string_agg(DISTINCT source, ', ' ORDER BY source) AS sources")
    aggs.append("list(id ORDER BY id) AS event_ids" if ids else "NULL AS event_ids")
    # a member value is "simple" when all members agree (or none gives it): then it is the mode
    same = " AND ".join(f"(min({c}) IS NOT DISTINCT FROM max({c}) AND count({c}) IN (0, count(*)))"
                        for c in ("admin2", "admin1", "country")) if places else "TRUE"
    aggs += ["count(*) AS n_reports", "min(date) AS d0", "max(date) AS d1", f"{same} AS same_place"]
    if places:
        aggs += ["min(admin2) AS a2", "min(admin1) AS a1", "min(country) AS c0"]
    one, many = [], []
    for c in COLUMNS:
        if c == "incident_id":
            one.append("ev.iid")
            many.append("g.iid")
        elif c == "date":
            one.append("ev.date")
            many.append("COALESCE(dsel.date, g.d0)")
        elif c in ("country", "admin1", "admin2") and places:
            short, table = {"country": ("c0", "csel"), "admin1": ("a1", "a1sel"), "admin2": ("a2", "a2sel")}[c]
            one.append(f"ev.{c}")
            many.append(f"CASE WHEN g.same_place THEN g.{short} ELSE {table}.{c} END")
        elif c == "n_reports":
            one.append("1")
            many.append("g.n_reports")
        elif c == "sources" and c in keep:
            one.append("ev.source")
            many.append("g.sources")
        elif c == "event_ids":
            one.append("[ev.id]" if ids else "NULL")
            many.append("g.event_ids")
        elif c in keep:
            one.append(f"ev.{c}")
            many.append(f"g.{c}")
        else:
            one.append("NULL")
            many.append("NULL")
    one = [f"{v} AS {c}" for v, c in zip(one, COLUMNS)]
    # Incident date and place follow incidents.cluster.summarize: the most common member value
    # (earliest / alphabetical on ties); admin1 among members in the chosen district, country
    # among members in the chosen province. Computed only for incidents whose members differ.
    sql = f"""
    WITH {lk},
    ev AS (
        SELECT {", ".join(ecols)}, COALESCE(lk.incident_id, e.id) AS iid
        FROM events e LEFT JOIN lk ON lk.event_id = e.id{where or " WHERE TRUE"}{win}
    ),
    multi AS (SELECT iid FROM ev GROUP BY iid HAVING count(*) > 1),
    mev AS (SELECT ev.*, COALESCE(d.published, DATE '0001-01-01') AS pub
            FROM ev SEMI JOIN multi ON multi.iid = ev.iid LEFT JOIN documents d ON d.id = ev.doc_id),
    g AS (SELECT iid, {", ".join(aggs)} FROM mev GROUP BY iid),
    m AS (SELECT mev.iid, {", ".join("mev." + c for c in mcols)} FROM mev JOIN g ON g.iid = mev.iid
          WHERE g.d0 <> g.d1 OR NOT g.same_place),
    dsel AS (SELECT iid, arg_min(date, ROW(-n, date)) AS date FROM
             (SELECT iid, date, count(*) AS n FROM m WHERE date IS NOT NULL GROUP BY iid, date) GROUP BY iid){_PLACE_CTES if places else ""}
    SELECT {", ".join(one)} FROM ev ANTI JOIN multi ON multi.iid = ev.iid
    UNION ALL
    SELECT {", ".join(many)}
    FROM g LEFT JOIN dsel ON dsel.iid = g.iid{_PLACE_JOINS if places else ""}"""
    return sql, lparams + params + wparams


_PLACE_CTES = """,
    a2sel AS (SELECT iid, arg_min(admin2, ROW(-n, admin2)) AS admin2 FROM
              (SELECT iid, admin2, count(*) AS n FROM m WHERE admin2 IS NOT NULL GROUP BY iid, admin2) GROUP BY iid),
    a1sel AS (SELECT iid, arg_min(admin1, ROW(-n, admin1)) AS admin1 FROM
              (SELECT m.iid, m.admin1, count(*) AS n FROM m LEFT JOIN a2sel s ON s.iid = m.iid
               WHERE m.admin1 IS NOT NULL AND (s.admin2 IS NULL OR m.admin2 = s.admin2) GROUP BY m.iid, m.admin1)
              GROUP BY iid),
    csel AS (SELECT iid, arg_min(country, ROW(-n, country)) AS country FROM
             (SELECT m.iid, m.country, count(*) AS n FROM m LEFT JOIN a1sel s ON s.iid = m.iid
              WHERE m.country IS NOT NULL AND (s.admin1 IS NULL OR m.admin1 = s.admin1) GROUP BY m.iid, m.country)
             GROUP BY iid)"""
_PLACE_JOINS = """ LEFT JOIN csel ON csel.iid = g.iid
    LEFT JOIN a1sel ON a1sel.iid = g.iid LEFT JOIN a2sel ON a2sel.iid = g.iid"""


def _event_filters(as_of, start, end, types, margin: int) -> tuple[str, list[Any]]:
    conds, params = [], []
    if as_of:
        conds.append("e.ingested_at <= ?")
        params.append(as_of)
    if start:
        conds.append("e.date >= ?")
        params.append(start - timedelta(days=margin))
    if end:
        conds.append("e.date <= ?")
        params.append(end + timedelta(days=margin))
    if types:
        conds.append("e.type IN (" + ", ".join("?" for _ in types) + ")")
        params += list(types)
    return ((" WHERE " + " AND ".join(conds)) if conds else ""), params
