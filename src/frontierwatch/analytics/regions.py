"""Region filters: a country, a province, a district or a named group of districts.

Names and groups come from data/mappings/regions.yaml; any other name matches admin1 or
admin2 case-insensitively, so new districts need no code change.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import QueryError

MERGED_GROUP = "merged districts"


@dataclass(frozen=True, slots=True)
class Region:
    """A resolved region: `kind` is country, admin1, group or name (admin1 or admin2)."""

    name: str
    kind: str
    values: tuple[str, ...]
    country: str | None = None

    def sql(self, alias: str = "") -> tuple[str, list[Any]]:
        """A SQL predicate (and its parameters) over country/admin1/admin2 columns."""
        p = f"{alias}." if alias else ""
        if self.kind == "country":
            return f"{p}country = ?", [self.values[0]]
        if self.kind == "admin1":
            return f"lower({p}admin1) = ?", [self.values[0].lower()]
        if self.kind == "group":
            marks = ", ".join("?" for _ in self.values)
            return f"lower({p}admin2) IN ({marks})", [v.lower() for v in self.values]
        return f"(lower({p}admin1) = ? OR lower({p}admin2) = ?)", [self.values[0].lower()] * 2

    def matches(self, row: dict[str, Any]) -> bool:
        """Python twin of `sql` for rows already fetched."""
        a1, a2 = (row.get("admin1") or "").lower(), (row.get("admin2") or "").lower()
        if self.kind == "country":
            return row.get("country") == self.values[0]
        if self.kind == "admin1":
            return a1 == self.values[0].lower()
        if self.kind == "group":
            return a2 in {v.lower() for v in self.values}
        return self.values[0].lower() in (a1, a2)


@lru_cache(maxsize=1)
def load_regions() -> dict[str, Any]:
    """Load and check regions.yaml once (no empty or duplicate names)."""
    path = Path(__file__).resolve().parents[1] / "data" / "mappings" / "regions.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QueryError(f"{path}: cannot read region mapping: {exc}") from exc
    seen: set[str] = set()
    for section in ("countries", "admin1_aliases"):
        for k, v in (data.get(section) or {}).items():
            if not str(k).strip() or not str(v).strip() or k.lower() in seen:
                raise QueryError(f"{path}: empty or duplicate region name {k!r}")
            seen.add(k.lower())
    for name, g in (data.get("groups") or {}).items():
        for k in [name, *g.get("aliases", [])]:
            if not k or k.lower() in seen:
                raise QueryError(f"{path}: empty or duplicate region name {k!r}")
            seen.add(k.lower())
        if not g.get("districts"):
            raise QueryError(f"{path}: group {name!r} has no districts")
    return data


def merged_districts() -> tuple[str, ...]:
    """The districts of the merged tribal districts group."""
    return tuple(load_regions()["groups"][MERGED_GROUP]["districts"])


def resolve_region(name: str | None) -> Region | None:
    """Resolve a user's region name; None or "" means everywhere."""
    if name is None or not str(name).strip():
        return None
    key = " ".join(str(name).strip().lower().split())
    data = load_regions()
    if key in data["countries"]:
        code = data["countries"][key]
        return Region(code, "country", (code,), code)
    if key in data["admin1_aliases"]:
        a1 = data["admin1_aliases"][key]
        return Region(a1, "admin1", (a1,))
    for gname, g in data["groups"].items():
        if key == gname or key in [a.lower() for a in g.get("aliases", [])]:
            return Region(gname, "group", tuple(g["districts"]), g.get("country"))
    if len(key) < 2:
        raise QueryError(f"region: {name!r} is too short to be a place name")
    return Region(str(name).strip(), "name", (str(name).strip(),))
