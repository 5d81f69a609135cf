"""One row per incident: the rule that turns stored event reports into countable incidents.

Statistics count incidents, not reports. Every event belongs to the incident it is linked to
(`incident_events`: the latest link made at or before as-of; a merge adds a link to the surviving
incident, so merges after as-of are ignored) or, when it is not linked (incident resolution not run, or an imported
dataset row), it is its own incident with id = the event id.

The rule matches frontierwatch.incidents (summarize / compute_figures), in SQL so it scales:
- date, country, admin1, admin2: the most common member value (earliest/alphabetical on ties);
- killed by group: one block from the latest report giving any killed figure, ranked by
  (document publication date, undated oldest; ingested_at; groups named; total; event id), so
  groups from different reports are never added up ("the latest toll stands");
- injured: the latest report's figure (same ranking);
- other fields (perpetrator, target, tactic, abducted, arrested, crossing, status, ...): from the
  latest report (publication, ingested_at, event id) that gives them.
As-of: only events with ingested_at <= as_of and links with linked_at <= as_of are used,
so a brief for a past as-of reproduces exactly. With linked incidents, short windows are grouped
on the fly and whole-history queries read a cached table (cache.py).
"""
from __future__ import annotations

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
# Members of one incident lie within days of each other; the window is widened by this margin
# before grouping so an incident whose reports straddle a period edge is still complete.
MEMBER_MARGIN_DAYS = 30
# With linked incidents, windows up to this long are grouped on the fly (with event_ids); longer
# or open-ended queries read a cached table of all incidents (see cache.py).
WINDOW_MAX_DAYS = 400

_KT = "COALESCE(e.killed_total, CASE WHEN " + " IS NULL AND ".join(f"e.{k}" for k in KILLED) + \
      " IS NULL THEN NULL ELSE " + " + ".join(f"COALESCE(e.{k}, 0)" for k in KILLED) + " END)"


def facts_sql(con: duckdb.DuckDBPyConnection, as_of: datetime | None = None, start: date | None = None,
              end: date | None = None, region: Region | None = None, types: tuple[str, ...] | None = None,
              ids: bool = True) -> tuple[str, list[Any]]:
    """SQL (and parameters) selecting incident rows with COLUMNS, filtered at incident level.

    Args:
        con (DuckDBPyConnection): database, used only to see whether incidents are linked.
        as_of (datetime | None): ignore rows ingested/linked after this time.
        start, end (date | None): inclusive incident-date window.
        region (Region | None): incident-level region filter.
        types (tuple | None): event types to keep.
        ids (bool): include the event_ids list (skip for big aggregates).
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
    if incidents_linked(con, as_of):
        if start and end and (end - start).days <= WINDOW_MAX_DAYS and (ids or not cache.valid(con, as_of)):
            inner, params = _linked_sql(as_of, start, end, types, ids)
        else:  # long or open-ended: read the cached table of all incidents (event_ids not kept there)
            table = cache.cached_table(con, as_of, lambda: _linked_sql(as_of, None, None, None, False))
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


def _unlinked_sql(as_of, start, end, types, ids) -> tuple[str, list[Any]]:
    where, params = _event_filters(as_of, start, end, types, margin=0)
    cols = ", ".join(f"e.{c}" for c in FIELDS if c != "type")
    kil = ", ".join(f"e.{k}" for k in KILLED)
    idl = "[e.id] AS event_ids" if ids else "NULL AS event_ids"
    return (f"SELECT e.id AS incident_id, e.type, {cols}, {kil}, {_KT} AS killed_total, 1 AS n_reports, "
            f"e.source AS sources, {idl} FROM events e{where}"), params


def _linked_sql(as_of, start, end, types, ids) -> tuple[str, list[Any]]:
    where, params = _event_filters(as_of, None, None, types, margin=0)
    link_where = " WHERE linked_at <= ?" if as_of else ""
    lparams = [as_of] if as_of else []
    win = ""
    wparams: list[Any] = []
    lk = (f"lk AS (SELECT event_id, arg_max(incident_id, linked_at) AS incident_id FROM incident_events{link_where} "
          "GROUP BY event_id)")
    if start or end:
        lo = (start - timedelta(days=MEMBER_MARGIN_DAYS)) if start else date(1, 1, 1)
        hi = (end + timedelta(days=MEMBER_MARGIN_DAYS)) if end else date(9999, 12, 31)
        # Only incidents touching the window are grouped: events dated in it, every event linked to
        # an incident one of them is linked to, found through the links without reading all events.
        lt = " AND linked_at <= ?" if as_of else ""
        lk = ("lk AS (SELECT event_id, arg_max(incident_id, linked_at) AS incident_id FROM incident_events "
              "WHERE event_id IN (SELECT event_id FROM incident_events WHERE incident_id IN ("
              "SELECT incident_id FROM incident_events WHERE event_id IN (SELECT id FROM events WHERE date BETWEEN ? AND ?)"
              f"{lt}){lt}){lt} GROUP BY event_id)")
        lparams = [lo, hi] + ([as_of] * 3 if as_of else [])
        win = " AND e.id IN (SELECT event_id FROM lk UNION ALL SELECT id FROM events e3 WHERE e3.date BETWEEN ? AND ?)"
        wparams = [lo, hi]
    has_cas = " OR ".join(f"{k} IS NOT NULL" for k in KILLED)
    spec = " + ".join(f"CAST({k} IS NOT NULL AS INTEGER)" for k in KILLED)
    other = [c for c in FIELDS if c not in ("type", "date", "country", "admin1", "admin2", "injured")]
    pick = ", ".join(f"arg_max({c}, rk) FILTER (WHERE {c} IS NOT NULL) AS {c}" for c in other)
    cas = ", ".join(f"arg_max({k}, crk) FILTER (WHERE {has_cas}) AS {k}"
                    for k in (*KILLED, "killed_total"))
    idl = "list(id ORDER BY id) AS event_ids" if ids else "NULL AS event_ids"
    # Incident date and place follow incidents.cluster.summarize: the most common member value
    # (earliest / alphabetical on ties); admin1 among members in the chosen district, country
    # among members in the chosen province.
    single_idl = "[id] AS event_ids" if ids else "NULL AS event_ids"
    sql = f"""
    WITH {lk},
    ev0 AS (
        SELECT e.* EXCLUDE (killed_total), {_KT} AS killed_total, COALESCE(lk.incident_id, e.id) AS iid
        FROM events e LEFT JOIN lk ON lk.event_id = e.id{where or " WHERE TRUE"}{win}
    ),
    ev AS (SELECT * FROM ev0),
    sizes AS (SELECT iid, count(*) AS n FROM ev GROUP BY iid),
    single AS (
        SELECT ev.iid AS incident_id, ev.type, {", ".join("ev." + c for c in FIELDS if c != "type")},
               {", ".join("ev." + k for k in KILLED)}, ev.killed_total, 1 AS n_reports, ev.source AS sources,
               {single_idl.replace("[id]", "[ev.id]")}
        FROM ev JOIN sizes ON sizes.iid = ev.iid WHERE sizes.n = 1
    ),
    m1 AS (
        SELECT ev.*, COALESCE(d.published, DATE '0001-01-01') AS pub, {spec} AS spec
        FROM ev JOIN sizes ON sizes.iid = ev.iid AND sizes.n > 1 LEFT JOIN documents d ON d.id = ev.doc_id
    ),
    -- integer ranks within each incident (faster than comparing ROW keys in every arg_max)
    m AS (
        SELECT *, row_number() OVER (PARTITION BY iid ORDER BY pub, ingested_at, id) AS rk,
               row_number() OVER (PARTITION BY iid ORDER BY pub, ingested_at, spec, killed_total NULLS FIRST, id) AS crk,
               row_number() OVER (PARTITION BY iid ORDER BY pub, ingested_at, injured NULLS FIRST, id) AS irk
        FROM m1
    ),
    dsel AS (SELECT iid, arg_min(date, ROW(-n, date)) AS date FROM
             (SELECT iid, date, count(*) AS n FROM m WHERE date IS NOT NULL GROUP BY iid, date) GROUP BY iid),
    a2sel AS (SELECT iid, arg_min(admin2, ROW(-n, admin2)) AS admin2 FROM
              (SELECT iid, admin2, count(*) AS n FROM m WHERE admin2 IS NOT NULL GROUP BY iid, admin2) GROUP BY iid),
    a1sel AS (SELECT iid, arg_min(admin1, ROW(-n, admin1)) AS admin1 FROM
              (SELECT m.iid, m.admin1, count(*) AS n FROM m LEFT JOIN a2sel s ON s.iid = m.iid
               WHERE m.admin1 IS NOT NULL AND (s.admin2 IS NULL OR m.admin2 = s.admin2) GROUP BY m.iid, m.admin1)
              GROUP BY iid),
    csel AS (SELECT iid, arg_min(country, ROW(-n, country)) AS country FROM
             (SELECT m.iid, m.country, count(*) AS n FROM m LEFT JOIN a1sel s ON s.iid = m.iid
              WHERE m.country IS NOT NULL AND (s.admin1 IS NULL OR m.admin1 = s.admin1) GROUP BY m.iid, m.country)
             GROUP BY iid),
    g AS (
        SELECT iid, arg_max(type, rk) AS type, {pick}, {cas},
               arg_max(injured, irk) FILTER (WHERE injured IS NOT NULL) AS injured,
               count(*) AS n_reports, string_agg(DISTINCT source, ', ' ORDER BY source) AS sources, {idl}
        FROM m GROUP BY iid
    )
    SELECT * FROM single
    UNION ALL
    SELECT g.iid AS incident_id, g.type, dsel.date, csel.country, a1sel.admin1, a2sel.admin2,
           {", ".join(f"g.{c}" for c in FIELDS if c not in ("type", "date", "country", "admin1", "admin2"))},
           {", ".join(f"g.{k}" for k in KILLED)}, g.killed_total, g.n_reports, g.sources, g.event_ids
    FROM g LEFT JOIN dsel ON dsel.iid = g.iid LEFT JOIN csel ON csel.iid = g.iid
    LEFT JOIN a1sel ON a1sel.iid = g.iid LEFT JOIN a2sel ON a2sel.iid = g.iid"""
    return sql, lparams + params + wparams


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
