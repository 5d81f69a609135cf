"""Weekly Pakistan-Afghanistan relations index from clashes, crossings, refugee measures and diplomacy.

Weights and their documentation live in data/mappings/relations_weights.yaml (Goldstein scale,
nearest CAMEO/PLOVER category). Weekly index = sum of weights / weighted incidents (mean tone).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import QueryError
from .db import as_of_ts, connection
from .facts import fetch_facts
from .periods import Period, week_start_of

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "mappings" / "relations_weights.yaml"


@dataclass(slots=True)
class Component:
    """One component's week: incidents, summed weight and the ids."""

    count: int = 0
    weight: float = 0.0
    incident_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "weight": round(self.weight, 2), "incident_ids": list(self.incident_ids)}


@dataclass(slots=True)
class WeekIndex:
    """One week of the index with its components visible."""

    week_start: date
    index: float | None
    total_weight: float
    count: int
    components: dict[str, Component]

    def as_dict(self) -> dict[str, Any]:
        return {"week_start": self.week_start.isoformat(), "index": self.index,
                "total_weight": round(self.total_weight, 2), "count": self.count,
                "components": {k: c.as_dict() for k, c in self.components.items()}}


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> dict[str, dict[str, Any]]:
    """Read and check the weights file: every component has a type and rules with numeric weights."""
    p = Path(path) if path else WEIGHTS_PATH
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QueryError(f"{p}: cannot read relations weights: {exc}") from exc
    comps = (data or {}).get("components") or {}
    if not comps:
        raise QueryError(f"{p}: no components")
    types = set()
    for name, c in comps.items():
        if not c.get("type") or not c.get("rules") or c["type"] in types:
            raise QueryError(f"{p}: component {name!r} needs a unique type and rules")
        types.add(c["type"])
        for r in c["rules"]:
            if not isinstance(r.get("weight"), (int, float)) or not -10 <= r["weight"] <= 10:
                raise QueryError(f"{p}: component {name!r}: weight must be a number in -10..10")
    return comps


def weigh(row: dict[str, Any], comps: dict[str, dict[str, Any]]) -> tuple[str, float] | None:
    """(component, weight) for an incident row, or None when no rule applies."""
    for name, c in comps.items():
        if row.get("type") != c["type"]:
            continue
        for r in c["rules"]:
            if all(row.get(k) == v for k, v in (r.get("when") or {}).items()):
                return name, float(r["weight"])
        return None
    return None


def index_from_rows(rows: list[dict[str, Any]], week_start: str = "monday",
                    comps: dict[str, dict[str, Any]] | None = None) -> list[WeekIndex]:
    """Weekly index over incident rows (pure), one entry per week from the first to the last."""
    comps = comps or load_weights()
    weeks: dict[date, WeekIndex] = {}
    for r in rows:
        if not r.get("date"):
            continue
        w = weigh(r, comps)
        if w is None:
            continue
        ws = week_start_of(r["date"], week_start)
        wk = weeks.setdefault(ws, WeekIndex(ws, None, 0.0, 0, {k: Component() for k in comps}))
        comp = wk.components[w[0]]
        comp.count += 1
        comp.weight += w[1]
        comp.incident_ids.append(r["incident_id"])
        wk.count += 1
        wk.total_weight += w[1]
    if not weeks:
        return []
    out, d = [], min(weeks)
    while d <= max(weeks):
        wk = weeks.get(d) or WeekIndex(d, None, 0.0, 0, {k: Component() for k in comps})
        wk.index = round(wk.total_weight / wk.count, 2) if wk.count else None
        out.append(wk)
        d += timedelta(days=7)
    return out


def relations_index(db: Any, period: Period | None = None, as_of: Any = None, week_start: str = "monday"
                    ) -> list[WeekIndex]:
    """The weekly index over the database (optionally within a period)."""
    comps = load_weights()
    rows = fetch_facts(connection(db), as_of=as_of_ts(as_of), start=period.start if period else None,
                       end=period.end if period else None, types=tuple(c["type"] for c in comps.values()))
    return index_from_rows(rows, week_start, comps)
