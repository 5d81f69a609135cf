"""Metric definitions shared by briefs, stats and claim checking (one place, so they agree).

Each metric is a count of incidents or a sum of one incident figure over incidents of some types.
| metric | definition |
|---|---|
| attacks | attack incidents |
| suicide_attacks | attack incidents with tactic suicide_bombing |
| deaths | everyone killed in attack incidents (all victim groups, incl. attackers) |
| injured / abductions | injured / abducted in attack incidents |
| security_forces_killed, civilians_killed | that group killed in attack, security_operation and cross_border incidents |
| militants_killed | militants killed in attack and security_operation incidents |
| operations | security_operation incidents |
| arrests | arrested in security_operation incidents |
| returnees | people in refugees incidents with action returns |
Per-group injured figures are not stored, so *_injured metrics cannot be computed.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Metric:
    """How one metric is computed from incident rows."""

    name: str
    column: str | None  # None: count incidents; else sum this column
    types: tuple[str, ...]
    tactic: str | None = None
    action: str | None = None
    label: str = ""

    def selects(self, row: dict[str, Any]) -> bool:
        """True when an incident row is within this metric's scope."""
        return (row.get("type") in self.types and (self.tactic is None or row.get("tactic") == self.tactic)
                and (self.action is None or row.get("action") == self.action))


METRICS: dict[str, Metric] = {m.name: m for m in (
    Metric("attacks", None, ("attack",), label="militant attacks"),
    Metric("suicide_attacks", None, ("attack",), tactic="suicide_bombing", label="suicide attacks"),
    Metric("deaths", "killed_total", ("attack",), label="deaths in attacks"),
    Metric("injured", "injured", ("attack",), label="injured in attacks"),
    Metric("abductions", "abducted", ("attack",), label="abducted"),
    Metric("security_forces_killed", "killed_security_forces", ("attack", "security_operation", "cross_border"),
           label="security forces killed"),
    Metric("civilians_killed", "killed_civilians", ("attack", "security_operation", "cross_border"),
           label="civilians killed"),
    Metric("militants_killed", "killed_militants", ("attack", "security_operation"), label="militants killed"),
    Metric("operations", None, ("security_operation",), label="security operations"),
    Metric("arrests", "arrested", ("security_operation",), label="militants arrested"),
    Metric("returnees", "count", ("refugees",), action="returns", label="returnees"),
)}


@dataclass(slots=True)
class Figure:
    """A number and the incident ids behind it (ids may be capped: see `n_incidents`)."""

    value: float | int | None
    incident_ids: list[str] = field(default_factory=list)
    label: str = ""
    n_incidents: int | None = None  # total incidents behind the figure when ids are capped

    def __post_init__(self) -> None:
        if self.n_incidents is None:
            self.n_incidents = len(self.incident_ids)

    @property
    def truncated(self) -> bool:
        return (self.n_incidents or 0) > len(self.incident_ids)

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label, "incident_ids": list(self.incident_ids),
                "n_incidents": self.n_incidents, "truncated": self.truncated}


def compute(rows: Iterable[dict[str, Any]], metric: str | Metric) -> Figure:
    """The metric over already-filtered incident rows, with the incidents that contribute."""
    m = METRICS[metric] if isinstance(metric, str) else metric
    sel = [r for r in rows if m.selects(r)]
    if m.column is None:
        return Figure(len(sel), sorted(r["incident_id"] for r in sel), m.label)
    vals = [(r["incident_id"], r.get(m.column)) for r in sel if r.get(m.column) is not None]
    return Figure(sum(v for _, v in vals), sorted(i for i, v in vals if v), m.label)


def group_count(rows: Iterable[dict[str, Any]], key: str, types: tuple[str, ...] = ("attack",),
                unknown: str | None = None) -> list[tuple[str, list[str]]]:
    """Incidents of `types` grouped by a field, most frequent first (ties by name)."""
    groups: dict[str, list[str]] = {}
    for r in rows:
        if r.get("type") not in types:
            continue
        k = r.get(key) or unknown
        if k is None:
            continue
        groups.setdefault(str(k), []).append(r["incident_id"])
    return sorted(((k, sorted(v)) for k, v in groups.items()), key=lambda kv: (-len(kv[1]), kv[0]))
