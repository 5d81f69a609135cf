"""Border-crossing timelines: closed periods per crossing from closure and reopening incidents.

Rules: a `closed` incident opens a closure; a second `closed` while already closed is the same
closure ("closure reported again") unless it comes more than REOPEN_GAP_DAYS after the last report
of the closure: then the reopening in between was not reported, so the earlier closure ends with
unknown length (flag "missing reopening") and a new one starts. `reopened` or
`partially_reopened` ends a closure (partial ones are marked). A reopening with no recorded closure is flagged "no recorded closure"; a closure
with no reopening up to the reference day is open-ended, its length counted to that day and flagged.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .db import as_of_ts, connection
from .facts import facts_sql, fetch_facts
from .periods import Period
from .regions import resolve_region

STATUS_ORDER = {"closed": 0, "partially_reopened": 1, "reopened": 2}
REOPEN_GAP_DAYS = 30  # a closure re-reported after this long implies an unreported reopening


@dataclass(slots=True)
class ClosureSpan:
    """One closed period of one crossing; `days` counts closed days (to the reference day if open)."""

    crossing: str
    closed_on: date | None
    reopened_on: date | None
    days: int | None
    open_ended: bool = False
    partial_reopening: bool = False
    flags: list[str] = field(default_factory=list)
    incident_ids: list[str] = field(default_factory=list)
    last_reported: date | None = None  # last closure report (end of a closure whose reopening is missing)

    def overlaps(self, period: Period) -> bool:
        """True when the crossing was closed on some day of the period."""
        start = self.closed_on or self.reopened_on
        end = self.reopened_on
        if end is None and not self.open_ended and self.last_reported:
            end = self.last_reported + timedelta(days=1)
        return start is not None and start <= period.end and (end is None or end > period.start)

    def as_dict(self) -> dict[str, Any]:
        return {"crossing": self.crossing, "closed_on": _iso(self.closed_on), "reopened_on": _iso(self.reopened_on),
                "days": self.days, "open_ended": self.open_ended, "partial_reopening": self.partial_reopening,
                "flags": list(self.flags), "incident_ids": list(self.incident_ids),
                "last_reported": _iso(self.last_reported)}


def spans_from_rows(rows: list[dict[str, Any]], reference: date) -> dict[str, list[ClosureSpan]]:
    """Build closure spans per crossing from border_crossing incident rows (pure function)."""
    by_crossing: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r.get("type") == "border_crossing" and r.get("crossing") and r.get("date") and r.get("status") in STATUS_ORDER:
            by_crossing.setdefault(r["crossing"], []).append(r)
    out: dict[str, list[ClosureSpan]] = {}
    for name, evs in sorted(by_crossing.items()):
        evs.sort(key=lambda r: (r["date"], STATUS_ORDER[r["status"]], r["incident_id"]))
        spans: list[ClosureSpan] = []
        cur: ClosureSpan | None = None
        for r in evs:
            d, status, iid = r["date"], r["status"], r["incident_id"]
            if status == "closed":
                if cur is not None and cur.last_reported and (d - cur.last_reported).days > REOPEN_GAP_DAYS:
                    cur.flags.append(f"missing reopening (closed again on {d.isoformat()})")
                    spans.append(cur)
                    cur = None
                if cur is None:
                    cur = ClosureSpan(name, d, None, None, incident_ids=[iid], last_reported=d)
                else:
                    cur.incident_ids.append(iid)
                    cur.last_reported = d
                    if "closure reported again" not in cur.flags:
                        cur.flags.append("closure reported again")
                continue
            if cur is None:
                spans.append(ClosureSpan(name, None, d, None, partial_reopening=status == "partially_reopened",
                                         flags=["no recorded closure"], incident_ids=[iid]))
                continue
            cur.reopened_on, cur.partial_reopening = d, status == "partially_reopened"
            cur.days = (d - cur.closed_on).days
            cur.incident_ids.append(iid)
            spans.append(cur)
            cur = None
        if cur is not None:
            cur.open_ended = True
            cur.days = max(0, (reference - cur.closed_on).days) if reference >= cur.closed_on else None
            cur.flags.append(f"no reopening recorded up to {reference.isoformat()}")
            spans.append(cur)
        out[name] = spans
    return out


def crossings_timeline(db: Any, as_of: Any = None, reference: date | None = None,
                       period: Period | None = None, region: str | None = None) -> dict[str, list[ClosureSpan]]:
    """Every crossing's closed periods (optionally only those overlapping `period`).

    Args:
        con (DuckDBPyConnection): the database.
        as_of (date | datetime | None): use only rows ingested/linked by then.
        reference (date | None): day open-ended closures are counted to (default: period end,
            else the as-of day, else the latest event date in the database).
        period (Period | None): keep only spans overlapping this period.
        region (str | None): only crossings in this region.
    """
    con = connection(db)
    ts = as_of_ts(as_of)
    if period:
        rows = _rows_for_period(con, ts, period, resolve_region(region))
    else:
        rows = fetch_facts(con, as_of=ts, region=resolve_region(region), types=("border_crossing",))
    if reference is None:
        if period:
            reference = period.end
        elif ts:
            reference = ts.date()
        else:
            last = con.execute("SELECT max(date) FROM events").fetchone()[0]
            reference = last or date.today()
    spans = spans_from_rows(rows, reference)
    if period:
        spans = {k: [s for s in v if s.overlaps(period)] for k, v in spans.items()}
        spans = {k: v for k, v in spans.items() if v}
    return spans


def _rows_for_period(con, ts, period: Period, region) -> list[dict[str, Any]]:
    """Crossing rows from each crossing's last reopening before the period up to its end (enough to
    rebuild every span overlapping the period, without reading the whole history)."""
    sql, params = facts_sql(con, as_of=ts, end=period.end, region=region, types=("border_crossing",), ids=False,
                            cols=("crossing", "status"))
    q = (f"WITH f AS ({sql}), lo AS (SELECT crossing, max(date) AS d FROM f WHERE date < ? AND status IN "
         f"('reopened', 'partially_reopened') GROUP BY crossing) "
         f"SELECT f.* FROM f LEFT JOIN lo ON lo.crossing = f.crossing WHERE f.date >= COALESCE(lo.d, DATE '0001-01-01')")
    cur = con.execute(q, params + [period.start])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
