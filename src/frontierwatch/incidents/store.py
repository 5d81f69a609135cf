"""Incidents in the DuckDB store: resolve new events, and read incidents as known at a time.

Tables (schema v1): incidents (one row per incident ever created; `absorbed_into` set when merged
into an older one), incident_events (event -> incident links, each with `linked_at`; a merge adds
links to the survivor and keeps the old ones, so the past stays readable), merge_log (create,
link, absorb), doc_links (near-duplicate documents).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import duckdb

from ..errors import QueryError, StoreError
from ..records import Casualties, Event, Evidence, Incident
from .cluster import cluster, first_known, incident_id, summarize
from .compat import Report, parse_day
from .config import DEFAULT, ResolveConfig
from .figures import Figures, compute_figures
from .neardup import near_duplicates
from ..records import Document

_EVENT_COLS = ("id", "doc_id", "seq", "source", "type", "date", "country", "admin1", "admin2", "place", "lat", "lon",
               "geo_precision", "perpetrator", "claimed_by", "target", "tactic", "killed_security_forces",
               "killed_civilians", "killed_militants", "killed_unspecified", "injured", "abducted", "arrested",
               "crossing", "status", "action", "count", "until", "parties", "ingested_at")
_SELECT = ", ".join(f"e.{c}" for c in _EVENT_COLS) + ", d.published, d.outlet"


@dataclass(slots=True)
class ResolveReport:
    """What one `resolve_store` run did."""

    new_events: int = 0
    created: list[str] = field(default_factory=list)
    linked: int = 0
    absorbed: list[tuple[str, str]] = field(default_factory=list)  # (absorbed id, survivor id)
    doc_links: int = 0


@dataclass(slots=True)
class IncidentView:
    """An incident as known at some time: record, figures and every source report."""

    incident: Incident
    figures: Figures
    reports: list[Report]
    created_at: datetime | None = None


def connection(store: Any) -> duckdb.DuckDBPyConnection:
    """The DuckDB connection of a Store (its `con`-like attribute) or a raw connection."""
    if isinstance(store, duckdb.DuckDBPyConnection):
        return store
    for attr in ("con", "conn", "connection", "db"):
        con = getattr(store, attr, None)
        if isinstance(con, duckdb.DuckDBPyConnection):
            return con
    raise StoreError(f"not a frontierwatch store or DuckDB connection: {type(store).__name__}")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _iso(v: Any) -> str | None:
    return v.isoformat() if isinstance(v, (date, datetime)) else (str(v) if v is not None else None)


def _report(row: dict[str, Any], evidence: dict[str, list[Evidence]]) -> Report:
    """A Report from an events row joined with its document."""
    ev = Event(type=row["type"], date=_iso(row["date"]), doc_id=row["doc_id"],
               killed=Casualties(row["killed_security_forces"], row["killed_civilians"], row["killed_militants"],
                                 row["killed_unspecified"]),
               parties=row["parties"].split(",") if row["parties"] else None, until=_iso(row["until"]),
               evidence=evidence.get(row["id"], []))
    for c in ("country", "admin1", "admin2", "place", "lat", "lon", "geo_precision", "perpetrator", "claimed_by",
              "target", "tactic", "injured", "abducted", "arrested", "crossing", "status", "action", "count"):
        setattr(ev, c, row[c])
    return Report(key=row["id"], event=ev, doc_id=row["doc_id"] or row["id"], published=parse_day(row["published"]),
                  outlet=row["outlet"] or row["source"], known_at=_iso(row["ingested_at"]))


def _evidence(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[Evidence]]:
    if not ids:
        return {}
    out: dict[str, list[Evidence]] = {}
    for r in _rows(con, "SELECT event_id, text, start_char, end_char FROM evidence WHERE event_id IN "
                        "(SELECT unnest(?)) ORDER BY event_id, seq", [ids]):
        out.setdefault(r["event_id"], []).append(Evidence(r["text"], r["start_char"] or -1, r["end_char"] or -1))
    return out


def _candidates(con, new: list[dict[str, Any]], cfg: ResolveConfig) -> list[dict[str, Any]]:
    """Member rows of live incidents that new events could join (same type, near in time or undated)."""
    types = sorted({r["type"] for r in new})
    days = [d for r in new for d in (parse_day(r["date"]), parse_day(r["published"])) if d]
    unbounded = any(parse_day(r["date"]) is None and parse_day(r["published"]) is None for r in new)
    sql = (f"SELECT ie.incident_id, i.created_at AS inc_created, {_SELECT} FROM incident_events ie "
           "JOIN incidents i ON i.id = ie.incident_id AND i.absorbed_into IS NULL "
           "JOIN events e ON e.id = ie.event_id LEFT JOIN documents d ON d.id = e.doc_id "
           "WHERE e.type IN (SELECT unnest(?))")
    params: list[Any] = [types]
    if days and not unbounded:
        pad = timedelta(days=cfg.store_window_days + cfg.undated_window_days)
        sql += (" AND ie.incident_id IN (SELECT ie2.incident_id FROM incident_events ie2 JOIN events e2 "
                "ON e2.id = ie2.event_id LEFT JOIN documents d2 ON d2.id = e2.doc_id "
                "WHERE coalesce(e2.date, d2.published) IS NULL "
                "OR coalesce(e2.date, d2.published) BETWEEN ? AND ?)")
        params += [min(days) - pad, max(days) + pad]
    return _rows(con, sql + " ORDER BY ie.incident_id, e.id", params)


def _texts(con, doc_ids: set[str]) -> dict[str, str]:
    if not doc_ids:
        return {}
    return {r["id"]: r["text"] for r in _rows(con, "SELECT id, text FROM documents WHERE id IN (SELECT unnest(?))",
                                               [sorted(doc_ids)])}


def _links(con, texts: dict[str, str], new_docs: set[str], cfg: ResolveConfig) -> tuple[list, list]:
    """Near-duplicate pairs among the given documents (stored ones too), and the new pairs to write."""
    docs = [Document(id=d, text=t) for d, t in sorted(texts.items())]
    pairs = near_duplicates(docs, cfg)
    stored = {(r["doc_id"], r["near_doc_id"]) for r in _rows(con, "SELECT doc_id, near_doc_id FROM doc_links")}
    fresh = [(a, b, sim) for a, b, sim in pairs if (a in new_docs or b in new_docs) and (a, b) not in stored]
    return [(a, b) for a, b, _ in pairs] + sorted(stored), fresh


def _write_links(con, rows: list[tuple[str, str, float]], now: datetime) -> int:
    for a, b, sim in rows:
        con.execute("INSERT INTO doc_links VALUES (?, ?, ?, ?)", [a, b, sim, now])
    return len(rows)


@dataclass(slots=True)
class _Writes:
    """Rows one resolve run writes, inserted in bulk (row-by-row inserts are slow in DuckDB)."""

    incidents: list[tuple] = field(default_factory=list)
    links: list[tuple] = field(default_factory=list)
    log: list[tuple] = field(default_factory=list)
    absorbed: list[tuple[str, str]] = field(default_factory=list)  # (survivor, absorbed)
    updates: list[tuple] = field(default_factory=list)

    def flush(self, con: duckdb.DuckDBPyConnection) -> None:
        """Insert and update everything (inside the caller's transaction)."""
        for table, rows in (("incidents", self.incidents), ("incident_events", self.links),
                            ("merge_log", self.log)):
            if rows:
                cols = list(zip(*rows))
                sel = ", ".join(f"unnest(?::{t}[])" for t in _TYPES[table])
                con.execute(f"INSERT INTO {table} SELECT {sel}", [list(c) for c in cols])
        for survivor, other in self.absorbed:
            con.execute("UPDATE incidents SET absorbed_into = ? WHERE id = ?", [survivor, other])
        for date_, country, admin1, admin2, iid in self.updates:
            con.execute("UPDATE incidents SET date = ?, country = ?, admin1 = ?, admin2 = ? WHERE id = ?",
                        [date_, country, admin1, admin2, iid])


_TYPES = {
    "incidents": ("VARCHAR", "VARCHAR", "DATE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "TIMESTAMP"),
    "incident_events": ("VARCHAR", "VARCHAR", "TIMESTAMP"),
    "merge_log": ("TIMESTAMP", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR"),
}


def resolve_store(store: Any, cfg: ResolveConfig | None = None, now: datetime | None = None) -> ResolveReport:
    """Link every stored event not yet in an incident; create, extend or merge incidents.

    Args:
        store: a frontierwatch Store or a DuckDB connection with the schema applied.
        cfg (ResolveConfig): merge thresholds (default `config.DEFAULT`).
        now (datetime): the time written on new rows (default: now, UTC).
    Existing links are never changed: re-running adds nothing. When new reports join two stored
    incidents, the one created first survives; the other gets `absorbed_into` and a merge_log row.
    """
    cfg = cfg or DEFAULT
    now = now or _now()
    con = connection(store)
    report = ResolveReport()
    try:
        new = _rows(con, f"SELECT {_SELECT} FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
                         "WHERE e.id NOT IN (SELECT event_id FROM incident_events) ORDER BY e.ingested_at, e.id")
        if not new:
            return report
        old = _candidates(con, new, cfg)
        rows = old + new
        evidence = _evidence(con, [r["id"] for r in rows])
        reports = [_report(r, evidence) for r in rows]
        seeds: dict[str, list[int]] = {}
        created: dict[str, datetime] = {}
        for n, r in enumerate(old):
            seeds.setdefault(r["incident_id"], []).append(n)
            created[r["incident_id"]] = r["inc_created"]
        doc_ids = {r.doc_id for r in reports}
        texts = _texts(con, doc_ids)
        links, link_rows = _links(con, texts, {r["doc_id"] for r in new if r["doc_id"]}, cfg)
        report.new_events = len(new)
        w = _Writes()
        for g in cluster(reports, cfg, links, seeds=seeds, texts=texts):
            fresh = [m for m in g.members if m >= len(old)]
            if not fresh and len(g.seed_ids) < 2:
                continue  # a stored incident nothing new touched
            members = [reports[m] for m in g.members]
            if not g.seed_ids:
                iid = incident_id(first_known(reports, g.members).key)
                inc = summarize(iid, members)
                w.incidents.append((iid, inc.type, inc.date, inc.country, inc.admin1, inc.admin2, None, now))
                w.log.append((now, "create", iid, None, None, json.dumps({"first": reports[fresh[0]].key})))
                report.created.append(iid)
            else:
                iid = min(g.seed_ids, key=lambda s: (created[s], s))
                for other in sorted(s for s in g.seed_ids if s != iid):
                    w.absorbed.append((iid, other))
                    w.log.append((now, "absorb", iid, other, None, None))
                    w.links += [(iid, reports[m].key, now) for m in seeds[other]]
                    report.absorbed.append((other, iid))
                inc = summarize(iid, members)
                w.updates.append((inc.date, inc.country, inc.admin1, inc.admin2, iid))
            for m in fresh:
                w.links.append((iid, reports[m].key, now))
                w.log.append((now, "link", iid, None, reports[m].key, None))
                report.linked += 1
        con.execute("BEGIN TRANSACTION")
        report.doc_links = _write_links(con, link_rows, now)
        w.flush(con)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise StoreError(f"resolving incidents failed: {exc}") from exc
    return report


def as_of_time(as_of: date | datetime | str | None) -> datetime | None:
    """The instant an as-of bound means: a date is the end of that day (UTC); None is no bound."""
    if as_of is None or isinstance(as_of, datetime):
        return as_of.replace(tzinfo=None) if isinstance(as_of, datetime) else None
    if isinstance(as_of, str):
        try:
            as_of = datetime.fromisoformat(as_of) if "T" in as_of or " " in as_of else date.fromisoformat(as_of)
        except ValueError as exc:
            raise QueryError(f"as-of: not a date or timestamp: {as_of!r}") from exc
        return as_of_time(as_of)
    return datetime.combine(as_of, time.max)


def incidents_as_of(store: Any, as_of: date | datetime | str | None = None, *, type: str | None = None,
                    country: str | None = None, admin1: str | None = None, admin2: str | None = None,
                    date_from: date | str | None = None, date_to: date | str | None = None,
                    ids: list[str] | None = None, limit: int | None = None) -> list[IncidentView]:
    """Incidents as known at `as_of`: only links made and events ingested by then count.

    An incident shows if it was created by then and not yet absorbed; its figures and place come
    from those members only, so a past brief is reproduced exactly. Filters apply to the
    incident's (as-of) summary. Sorted by date (newest first, undated last), then id.
    """
    con = connection(store)
    t = as_of_time(as_of)
    bound = t or datetime.max
    rows = _rows(con, f"SELECT ie.incident_id, i.created_at AS inc_created, {_SELECT} FROM incident_events ie "
                      "JOIN incidents i ON i.id = ie.incident_id JOIN events e ON e.id = ie.event_id "
                      "LEFT JOIN documents d ON d.id = e.doc_id "
                      "WHERE i.created_at <= ? AND ie.linked_at <= ? AND e.ingested_at <= ? "
                      "AND i.id NOT IN (SELECT other_id FROM merge_log WHERE action = 'absorb' AND \"at\" <= ?) "
                      + ("AND i.id IN (SELECT unnest(?)) " if ids else "")
                      + "ORDER BY ie.incident_id, e.id", [bound, bound, bound, bound] + ([ids] if ids else []))
    evidence = _evidence(con, sorted({r["id"] for r in rows}))
    groups: dict[str, list[Report]] = {}
    created: dict[str, datetime] = {}
    for r in rows:
        grp = groups.setdefault(r["incident_id"], [])
        if all(x.key != r["id"] for x in grp):
            grp.append(_report(r, evidence))
        created[r["incident_id"]] = r["inc_created"]
    lo, hi = parse_day(date_from), parse_day(date_to)
    out = []
    for iid, members in groups.items():
        inc = summarize(iid, members)
        d = parse_day(inc.date)
        if (type and inc.type != type) or (country and inc.country != country) or (admin1 and inc.admin1 != admin1) \
                or (admin2 and inc.admin2 != admin2) or (lo and (d is None or d < lo)) or (hi and (d is None or d > hi)):
            continue
        out.append(IncidentView(inc, compute_figures(members), members, created[iid]))
    out.sort(key=lambda v: (v.incident.date is None, "" if v.incident.date is None else _neg(v.incident.date), v.incident.id))
    return out[:limit] if limit else out


def _neg(day: str) -> str:
    """A sort key putting later YYYY-MM-DD first."""
    return "".join(chr(0x7F - ord(c)) for c in day)


def get_incident(store: Any, incident: str, as_of: date | datetime | str | None = None) -> IncidentView | None:
    """One incident as known at `as_of`, following absorbed ids to the incident that took them in."""
    con = connection(store)
    seen = set()
    while incident not in seen:
        seen.add(incident)
        r = con.execute("SELECT absorbed_into FROM incidents WHERE id = ?", [incident]).fetchone()
        if r is None:
            return None
        t = as_of_time(as_of) or datetime.max
        absorbed = con.execute("SELECT 1 FROM merge_log WHERE action = 'absorb' AND other_id = ? AND \"at\" <= ?",
                               [incident, t]).fetchone()
        if not (r[0] and absorbed):
            break
        incident = r[0]
    found = incidents_as_of(store, as_of, ids=[incident])
    return found[0] if found else None
