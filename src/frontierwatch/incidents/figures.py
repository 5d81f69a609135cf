"""An incident's own figures from its competing reports: best, low, high and conservative.

Rule (reproducible; the same reports always give the same figures):
- A report's *total* is the sum of its killed groups (None when it gives no killed figure).
- `best`: the killed-by-group breakdown of the latest report that gives a figure. "Latest" orders
  reports by publication date (undated publications count as oldest), then by when they became
  known (store ingestion time), then by specificity (how many victim groups the breakdown
  names), then by total (a toll update only rises), then by event key so ties are stable.
  So a later update wins over an earlier report, and a broken-down figure wins over a lump sum
  published the same day.
- `low` / `high` (UCDP style): the lowest and highest total any report gives.
- `conservative` (ACLED style): the lowest credible total, where an outlet's own later report
  supersedes its earlier one: the minimum over outlets of each outlet's latest total. A report
  with no outlet counts as its own outlet.
Injured figures follow the same rule (`injured_best`, `injured_low`, `injured_high`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..records import Incident, VICTIM_GROUPS
from .compat import Report


@dataclass(slots=True)
class Figures:
    """Figures of one incident, with the key of the report `best` came from."""

    best: dict[str, int] | None = None
    best_total: int | None = None
    best_source: str | None = None
    low: int | None = None
    high: int | None = None
    conservative: int | None = None
    injured_best: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    reports: int = 0
    sources: list[str] = field(default_factory=list)


def _recency(r: Report, value: int, specificity: int) -> tuple:
    return (r.published or date.min, r.known_at or "", specificity, value, r.key)


def compute_figures(reports: list[Report]) -> Figures:
    """The incident figures of a set of reports (see the module docstring for the rule)."""
    fig = Figures(reports=len(reports),
                  sources=sorted({r.outlet or r.doc_id for r in reports}))
    killed = [(r, r.event.killed.total()) for r in reports if r.event.killed is not None]
    killed = [(r, t) for r, t in killed if t is not None]
    if killed:
        def spec(r: Report) -> int:
            return sum(getattr(r.event.killed, g) is not None for g in VICTIM_GROUPS)

        best_r, best_t = max(killed, key=lambda rt: _recency(rt[0], rt[1], spec(rt[0])))
        fig.best, fig.best_total, fig.best_source = best_r.event.killed.as_dict(), best_t, best_r.key
        totals = [t for _, t in killed]
        fig.low, fig.high = min(totals), max(totals)
        latest_by_outlet: dict[str, tuple[tuple, int]] = {}
        for r, t in killed:
            rank = _recency(r, t, spec(r))
            outlet = r.outlet or r.doc_id
            if outlet not in latest_by_outlet or rank > latest_by_outlet[outlet][0]:
                latest_by_outlet[outlet] = (rank, t)
        fig.conservative = min(t for _, t in latest_by_outlet.values())
    injured = [(r, r.event.injured) for r in reports if r.event.injured is not None]
    if injured:
        fig.injured_best = max(injured, key=lambda rt: _recency(rt[0], rt[1], 1))[1]
        fig.injured_low = min(v for _, v in injured)
        fig.injured_high = max(v for _, v in injured)
    return fig


def apply_figures(incident: Incident, fig: Figures) -> Incident:
    """Copy the killed figures onto the Incident record (best, low, high, conservative)."""
    incident.best, incident.low, incident.high, incident.conservative = fig.best, fig.low, fig.high, fig.conservative
    return incident
