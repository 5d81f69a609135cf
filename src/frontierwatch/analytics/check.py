"""Claim checking: recompute a claim's metric for its period and region and give a verdict.

Verdicts: supported, contradicted, not enough data. Tolerances (documented, deliberate):
- counts: the larger of COUNT_ABS (2) and COUNT_REL (10 %) of the claimed value; a claim given as a
  range or a bound ("over a thousand": `low` set) is supported when the computed figure lies within
  the range widened by that tolerance;
- percent changes: PCT_POINTS (5) percentage points. A percent claim over two or more whole
  calendar years compares the first year with the last ("+209 % from 2021 to 2024"); any other
  percent claim compares the period with the previous period of the same length.
"Not enough data" when the metric is not stored (per-group injured), the claim has no period, a
compared period has few sources (see queries.MIN_SOURCES) or the base of a percentage is zero.
Both numbers and the incident ids behind the computed figure are always reported.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from ..records import Claim
from .db import as_of_ts, connection, has_table
from .metrics import METRICS, Figure, compute
from .periods import Period, month_period, quarter_period, year_period
from .queries import incident_rows, source_coverage
from .regions import resolve_region

COUNT_ABS = 2
COUNT_REL = 0.10
PCT_POINTS = 5.0
SUPPORTED, CONTRADICTED, NOT_ENOUGH = "supported", "contradicted", "not enough data"


@dataclass(slots=True)
class ClaimCheck:
    """One claim's verdict with the claimed and computed numbers and the incidents behind the latter."""

    claim: Claim
    verdict: str
    claimed: float | None
    computed: float | None
    tolerance: str
    periods: list[Period] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    note: str = ""

    @property
    def incident_ids(self) -> list[str]:
        return sorted({i for f in self.figures for i in f.incident_ids})

    def as_dict(self) -> dict[str, Any]:
        return {"claim": self.claim.as_dict(), "verdict": self.verdict, "claimed": self.claimed,
                "computed": self.computed, "tolerance": self.tolerance,
                "periods": [p.as_dict() for p in self.periods], "figures": [f.as_dict() for f in self.figures],
                "incident_ids": self.incident_ids, "note": self.note}


def claim_period(c: Claim) -> Period | None:
    """The claim's period as a Period of the right kind (month, quarter, year or range)."""
    if not c.period_start or not c.period_end:
        return None
    s, e = date.fromisoformat(str(c.period_start)[:10]), date.fromisoformat(str(c.period_end)[:10])
    if s > e:
        return None
    for make in (lambda: year_period(s.year), lambda: quarter_period(s), lambda: month_period(s)):
        p = make()
        if (p.start, p.end) == (s, e):
            return p
    return Period(s, e, "week" if (e - s).days == 6 else "range")


def check_claim(db: Any, claim: Claim, as_of: Any = None) -> ClaimCheck:
    """Check one claim against the database (see the module docstring for the rules)."""
    con = connection(db)
    ts = as_of_ts(as_of)
    period = claim_period(claim)
    claimed = _signed(claim)
    if claim.metric not in METRICS:
        return ClaimCheck(claim, NOT_ENOUGH, claimed, None, "-", note=f"metric {claim.metric!r} is not stored")
    if period is None:
        return ClaimCheck(claim, NOT_ENOUGH, claimed, None, "-", note="the claim gives no period")
    region = claim.region or None
    reg = resolve_region(region)
    if reg is not None and reg.kind == "name":
        pred, rp = reg.sql()
        if not con.execute(f"SELECT 1 FROM events WHERE {pred} LIMIT 1", rp).fetchone():
            return ClaimCheck(claim, NOT_ENOUGH, claimed, None, "-", note=f"region {region!r} is not in the database")
    if claim.unit == "percent":
        return _check_percent(con, claim, claimed, period, region, ts)
    tol = max(COUNT_ABS, COUNT_REL * abs(claim.value))
    fig = _metric(con, claim.metric, period, region, ts)
    lo = claim.low if claim.low is not None else claim.value
    hi = claim.high if claim.high is not None else (None if claim.low is not None else claim.value)
    ok = fig.value is not None and fig.value >= lo - tol and (hi is None or fig.value <= hi + tol)
    tol_s = f"±{tol:g} (max of {COUNT_ABS} and {COUNT_REL:.0%})"
    check = ClaimCheck(claim, SUPPORTED if ok else CONTRADICTED, claimed, fig.value, tol_s, [period], [fig])
    return _coverage_gate(con, check, [period], ts)


def check_claims(db: Any, claims: list[Claim], as_of: Any = None) -> list[ClaimCheck]:
    """Check each claim (same order)."""
    return [check_claim(db, c, as_of) for c in claims]


def _check_percent(con, claim, claimed, period: Period, region, ts) -> ClaimCheck:
    tol_s = f"±{PCT_POINTS:g} percentage points"
    years = period.start.month == 1 and period.start.day == 1 and period.end.month == 12 and period.end.day == 31
    if years and period.end.year > period.start.year:
        cur_p, base_p = year_period(period.end.year), year_period(period.start.year)
        how = f"{base_p.label} vs {cur_p.label}"
    else:
        cur_p, base_p = period, period.previous()
        how = f"{cur_p.start}..{cur_p.end} vs previous {base_p.start}..{base_p.end}"
    cur, base = _metric(con, claim.metric, cur_p, region, ts), _metric(con, claim.metric, base_p, region, ts)
    if not base.value:
        return ClaimCheck(claim, NOT_ENOUGH, claimed, None, tol_s, [base_p, cur_p], [base, cur],
                          note=f"{how}: base figure is zero, no percentage")
    computed = round(100.0 * (cur.value - base.value) / base.value, 1)
    if claim.direction is None:
        ok = abs(abs(computed) - abs(claimed)) <= PCT_POINTS
    else:
        ok = abs(computed - claimed) <= PCT_POINTS
    check = ClaimCheck(claim, SUPPORTED if ok else CONTRADICTED, claimed, computed, tol_s, [base_p, cur_p],
                       [base, cur], note=f"{how}: {base.value} -> {cur.value}")
    return _coverage_gate(con, check, [base_p, cur_p], ts)


def _coverage_gate(con, check: ClaimCheck, periods: list[Period], ts) -> ClaimCheck:
    thin = [p for p in periods if source_coverage(con, p, ts).few_sources]
    if thin:
        check.note = "; ".join(x for x in (check.note, "few sources for " + ", ".join(
            f"{p.start}..{p.end}" for p in thin)) if x)
        check.verdict = NOT_ENOUGH
    return check


def _metric(con, metric: str, period: Period, region: str | None, ts) -> Figure:
    m = METRICS[metric]
    rows = incident_rows(con, period, region, ts, types=m.types)
    return compute(rows, m)


def _signed(c: Claim) -> float:
    v = float(c.value)
    if c.unit == "percent" and c.direction == "decrease":
        return -abs(v)
    return v


def claim_id(c: Claim, doc_id: str | None) -> str:
    """A stable id from the claim's content and its source: the same claim is stored once, and
    claims of different sources (or documents) never overwrite each other."""
    key = "|".join(str(x) for x in (doc_id, c.source, c.metric, c.value, c.unit, c.direction, c.period_start,
                                    c.period_end, c.region))
    return "claim:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def store_claims(db: Any, claims: list[Claim], doc_id: str | None = None) -> int:
    """Save claims (e.g. a think-tank's published figures) with their source; returns rows added."""
    con = connection(db)
    if not has_table(con, "claims"):
        return 0
    if doc_id and not con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone():
        doc_id = None
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    added = 0
    for seq, c in enumerate(claims):
        cid = claim_id(c, doc_id)
        if con.execute("SELECT 1 FROM claims WHERE id = ?", [cid]).fetchone():
            continue
        con.execute("INSERT INTO claims (id, doc_id, seq, metric, value, unit, direction, period_start, period_end, "
                    "region, source, evidence, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [cid, doc_id, seq, c.metric, c.value, c.unit, c.direction, c.period_start, c.period_end, c.region,
                     c.source, c.evidence.text if c.evidence else None, now])
        added += 1
    return added


def stored_claims(db: Any, source: str | None = None, as_of: Any = None) -> list[Claim]:
    """Claims saved in the database (from ingested documents or store_claims), optionally one source's."""
    con = connection(db)
    ts = as_of_ts(as_of)
    conds, params = [], []
    if source:
        conds.append("lower(source) = ?")
        params.append(source.lower())
    if ts:
        conds.append("ingested_at <= ?")
        params.append(ts)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    rows = con.execute("SELECT metric, value, unit, direction, period_start, period_end, region, source, evidence "
                       f"FROM claims{where} ORDER BY source NULLS LAST, period_start, id", params).fetchall()
    from ..records import Evidence

    return [Claim(m, v, u or "count", d, ps.isoformat() if ps else None, pe.isoformat() if pe else None, r, s,
                  Evidence(e) if e else None) for m, v, u, d, ps, pe, r, s, e in rows]
