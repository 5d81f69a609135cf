"""The Brief: a period's figures, each with the incident ids behind it, built from stored incidents.

build_brief(db, period, region=None, as_of=None) -> Brief; render with .to_markdown(), .to_html(),
.to_dict(). Percent changes from small counts (either side under SMALL_COUNT) carry a warning.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from .crossings import ClosureSpan, crossings_timeline
from .db import as_of_ts, connection
from .facts import COLUMNS, facts_sql
from .metrics import Figure, compute, group_count
from .periods import Period, week_start_of
from .queries import Coverage, series_from_rows, source_coverage, yearly_trend
from .regions import MERGED_GROUP, merged_districts, resolve_region

SMALL_COUNT = 10  # a percentage from counts under this (either side) is flagged as unreliable
TREND_YEARS = 10  # years shown in the multi-year trend
SERIES_WEEKS = 12  # weekly chart length for week briefs
SERIES_MONTHS = 12  # monthly chart length for longer periods
VICTIMS = ("security_forces", "civilians", "militants", "unspecified")
BRIEF_COLUMNS = tuple(c for c in COLUMNS if c not in ("sources", "event_ids"))


@dataclass(slots=True)
class Change:
    """A figure now and in the previous period, with the absolute and percent change."""

    current: Figure
    previous: Figure
    delta: float | None
    pct: float | None
    warning: str | None = None

    @classmethod
    def of(cls, cur: Figure, prev: Figure) -> "Change":
        c, p = cur.value, prev.value
        if c is None or p is None:
            return cls(cur, prev, None, None)
        pct = round(100.0 * (c - p) / p, 1) if p else None
        warn = None
        if pct is not None and min(c, p) < SMALL_COUNT:
            warn = f"small counts ({p} -> {c}): the percentage change is unreliable"
        return cls(cur, prev, c - p, pct, warn)

    def as_dict(self) -> dict[str, Any]:
        return {"current": self.current.as_dict(), "previous": self.previous.as_dict(), "delta": self.delta,
                "pct": self.pct, "warning": self.warning}


@dataclass(slots=True)
class Share:
    """One category's incidents and share of the total."""

    key: str
    count: int
    share: float
    incident_ids: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "count": self.count, "share": self.share, "incident_ids": list(self.incident_ids)}


@dataclass(slots=True)
class Lethality:
    """Deaths per attack now and before, and whether it rose."""

    current: float | None
    previous: float | None
    rose: bool | None
    incident_ids: list[str] = field(default_factory=list)
    previous_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"current": self.current, "previous": self.previous, "rose": self.rose,
                "incident_ids": list(self.incident_ids), "previous_ids": list(self.previous_ids)}


@dataclass(slots=True)
class Item:
    """A listed incident (refugee measure, diplomatic event, clash) with a one-line summary."""

    incident_id: str
    date: str | None
    summary: str

    def as_dict(self) -> dict[str, Any]:
        return {"incident_id": self.incident_id, "date": self.date, "summary": self.summary}


@dataclass(slots=True)
class Point:
    """One step of a time series: attacks and deaths."""

    label: str
    start: date
    attacks: Figure
    deaths: Figure

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "start": self.start.isoformat(), "attacks": self.attacks.as_dict(),
                "deaths": self.deaths.as_dict()}


@dataclass(slots=True)
class Brief:
    """Everything a period brief says; every figure carries its incident ids."""

    period: Period
    previous_period: Period
    region: str | None
    as_of: str | None
    attacks: Change
    deaths: Change
    deaths_by_group: dict[str, Figure]
    injured: Figure
    abducted: Figure
    lethality: Lethality
    targets: list[Share]
    tactics: list[Share]
    provinces: list[Share]
    districts: list[Share]
    merged_districts: Share
    claimed_by: list[Share]
    attributed_to: list[Share]
    operations: Figure
    militants_killed: Figure
    militants_arrested: Figure
    cross_border: list[Item]
    closures: list[ClosureSpan]
    refugees: list[Item]
    diplomacy: list[Item]
    series_unit: str
    series: list[Point]
    yearly: list[Point]
    yearly_change: Change | None
    coverage: Coverage
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (dates as ISO strings)."""
        from .render_json import brief_to_dict

        return brief_to_dict(self)

    def to_markdown(self) -> str:
        """Markdown with numbered footnotes listing the incident ids behind each figure."""
        from .render_md import render_markdown

        return render_markdown(self)

    def to_html(self, link_format: str = "/incidents/{id}") -> str:
        """A self-contained HTML page with inline SVG charts and links to incidents."""
        from .render_html import render_html

        return render_html(self, link_format)


def build_brief(db: Any, period: Period, region: str | None = None, as_of: date | datetime | str | None = None
                ) -> Brief:
    """Compute a brief for a period (and region) from stored incidents as of a time.

    Args:
        db: a DuckDB connection, a Store or a database path.
        period (Period): the period (see analytics.periods).
        region (str | None): PK, AF, a province, a district or "merged districts".
        as_of (date | datetime | str | None): only rows ingested/linked by then.
    """
    con = connection(db)
    ts = as_of_ts(as_of)
    reg = resolve_region(region)
    prev = period.previous()
    series_start, unit = _series_start(period)
    trend = yearly_trend(con, region=region, as_of=ts, last_year=period.end.year,
                         first_year=period.end.year - TREND_YEARS + 1)
    rows, chart_rows = _window_rows(con, ts, min(prev.start, series_start), prev.start, period.end, reg)
    cur = [r for r in rows if r["date"] and period.contains(r["date"])]
    old = [r for r in rows if r["date"] and prev.contains(r["date"])]
    attacks = Change.of(compute(cur, "attacks"), compute(old, "attacks"))
    deaths = Change.of(compute(cur, "deaths"), compute(old, "deaths"))
    by_group = {g: _sum(cur, ("attack",), f"killed_{g}", f"{g.replace('_', ' ')} killed") for g in VICTIMS}
    merged = {d.lower() for d in merged_districts()}
    mrows = [r for r in cur if r["type"] == "attack" and (r.get("admin2") or "").lower() in merged]
    n_att = attacks.current.value or 0
    closures = [s for spans in crossings_timeline(con, as_of=ts, period=period, region=region).values() for s in spans]
    yearly = [Point(str(t["year"]), date(t["year"], 1, 1), t["attacks"], t["deaths"]) for t in trend]
    coverage = source_coverage(con, period, ts)
    brief = Brief(
        period=period, previous_period=prev, region=reg.name if reg else None,
        as_of=(ts.date().isoformat() if ts.time() == time.max else ts.isoformat(sep=" ")) if ts else None,
        attacks=attacks, deaths=deaths, deaths_by_group=by_group,
        injured=compute(cur, "injured"), abducted=compute(cur, "abductions"),
        lethality=_lethality(cur, old),
        targets=_shares(group_count(cur, "target", unknown="unknown"), n_att),
        tactics=_shares(group_count(cur, "tactic", unknown="unknown"), n_att),
        provinces=_shares(group_count(cur, "admin1", unknown="unknown"), n_att),
        districts=_shares(group_count(cur, "admin2"), n_att),
        merged_districts=Share(MERGED_GROUP, len(mrows), _pct(len(mrows), n_att),
                               sorted(r["incident_id"] for r in mrows)),
        claimed_by=_shares(group_count(cur, "claimed_by"), n_att),
        attributed_to=_shares(group_count(cur, "perpetrator"), n_att),
        operations=compute(cur, "operations"),
        militants_killed=_sum(cur, ("security_operation",), "killed_militants", "militants killed in operations"),
        militants_arrested=compute(cur, "arrests"),
        cross_border=[_item(r) for r in cur if r["type"] == "cross_border"],
        closures=closures,
        refugees=[_item(r) for r in cur if r["type"] == "refugees"],
        diplomacy=[_item(r) for r in cur if r["type"] == "diplomacy"],
        series_unit=unit, series=[
            Point(p["start"].isoformat() if unit == "week" else p["start"].strftime("%Y-%m"), p["start"],
                  p["attacks"], p["deaths"])
            for p in series_from_rows(chart_rows + rows, series_start, period.end, unit)],
        yearly=yearly, yearly_change=_yearly_change(yearly, period), coverage=coverage,
    )
    brief.warnings = _warnings(brief)
    return brief


def _window_rows(con, ts, lo: date, full_from: date, end: date, reg) -> tuple[list[dict], list[dict]]:
    """Incident rows from `lo` to `end` grouped once: every column from `full_from` on (the period and
    the previous one), only what the chart needs before it."""
    sql, params = facts_sql(con, as_of=ts, start=lo, end=end, region=reg, ids=False, cols=BRIEF_COLUMNS)
    name = f"fw_brief_{secrets.token_hex(8)}"
    con.execute(f"CREATE TEMP TABLE {name} AS {sql}", params)
    try:
        full = con.execute(f"SELECT * FROM {name} WHERE date >= ? ORDER BY date, incident_id", [full_from])
        cols = [d[0] for d in full.description]
        rows = [dict(zip(cols, r)) for r in full.fetchall()]
        chart = [{"incident_id": i, "type": t, "date": d, "killed_total": k} for i, t, d, k in con.execute(
            f"SELECT incident_id, type, date, killed_total FROM {name} WHERE date < ?", [full_from]).fetchall()]
    finally:
        con.execute(f"DROP TABLE IF EXISTS {name}")
    return rows, chart


def _sum(rows, types, column, label) -> Figure:
    vals = [(r["incident_id"], r.get(column)) for r in rows if r["type"] in types and r.get(column) is not None]
    return Figure(sum(v for _, v in vals), sorted(i for i, v in vals if v), label)


def _pct(n: int, total: int) -> float:
    return round(100.0 * n / total, 1) if total else 0.0


def _shares(groups: list[tuple[str, list[str]]], total: int) -> list[Share]:
    return [Share(k, len(ids), _pct(len(ids), total), ids) for k, ids in groups]


def _lethality(cur, old) -> Lethality:
    def rate(rows):
        a, d = compute(rows, "attacks"), compute(rows, "deaths")
        return (round(d.value / a.value, 2) if a.value else None), a.incident_ids
    c, cids = rate(cur)
    p, pids = rate(old)
    return Lethality(c, p, (c > p) if c is not None and p is not None else None, cids, pids)


def _item(r: dict[str, Any]) -> Item:
    parts = [r["type"].replace("_", " ")]
    for k in ("action", "status", "crossing", "tactic", "parties"):
        if r.get(k):
            parts.append(str(r[k]))
    place = ", ".join(str(r[k]) for k in ("place", "admin2", "admin1", "country") if r.get(k))
    if place:
        parts.append(f"in {place}")
    if r.get("killed_total"):
        parts.append(f"{r['killed_total']} killed")
    if r.get("count"):
        parts.append(f"{r['count']} people")
    if r.get("until"):
        parts.append(f"until {r['until']}")
    return Item(r["incident_id"], r["date"].isoformat() if r.get("date") else None, " ".join(parts))


def _series_start(period: Period) -> tuple[date, str]:
    if period.days <= 31:
        return week_start_of(period.end, period.start.weekday()) - timedelta(weeks=SERIES_WEEKS - 1), "week"
    if period.days <= 120:
        return period.start - timedelta(weeks=max(0, SERIES_WEEKS - (period.days + 6) // 7)), "week"
    first = date(period.end.year, period.end.month, 1)
    for _ in range(SERIES_MONTHS - 1):
        first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    return min(first, date(period.start.year, period.start.month, 1)), "month"


def _yearly_change(yearly: list[Point], period: Period) -> Change | None:
    # The period's own year is left out unless the period ends on 31 December (a partial year).
    complete = period.end.month == 12 and period.end.day == 31
    ys = [p for p in yearly if p.attacks.value and (complete or p.start.year < period.end.year)]
    if len(ys) < 2:
        return None
    return Change.of(ys[-1].attacks, ys[0].attacks)


def _warnings(b: Brief) -> list[str]:
    out = []
    if b.coverage.few_sources:
        n = b.coverage.documents
        out.append(f"few sources: only {n} document{'s' * (n != 1)} cover{'s' * (n == 1)} this period (fewer than "
                   f"{b.coverage.needed}); figures are likely incomplete")
    if b.attacks.warning:
        out.append(f"attacks: {b.attacks.warning}")
    if b.yearly_change and b.yearly_change.warning:
        out.append(f"yearly trend: {b.yearly_change.warning}")
    return out
