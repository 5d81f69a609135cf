"""The hotspot map: province outlines from the bundled GeoJSON projected to SVG, plus district points.

No tiles and no JS: an equirectangular projection (longitudes scaled by cos of the mid latitude)
over Pakistan and Afghanistan. Outlines are read once from src/frontierwatch/data/boundaries/;
when that folder is empty the map still draws the points inside a frame.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

BOUNDARIES = Path(__file__).resolve().parent.parent / "data" / "boundaries"
LON0, LON1, LAT0, LAT1 = 60.0, 78.5, 23.3, 38.6  # Pakistan + Afghanistan
WIDTH = 560
_KX = math.cos(math.radians((LAT0 + LAT1) / 2))
HEIGHT = int(WIDTH * (LAT1 - LAT0) / ((LON1 - LON0) * _KX))


@dataclass(frozen=True, slots=True)
class Outline:
    """One boundary polygon as an SVG path, with its name."""

    name: str
    country: str | None
    d: str


@dataclass(frozen=True, slots=True)
class Dot:
    """A hotspot: a place, its count and where to click."""

    label: str
    count: float
    href: str | None
    x: float
    y: float
    r: float


def project(lon: float, lat: float) -> tuple[float, float]:
    """Lon/lat to SVG x/y in the map's viewBox."""
    x = (lon - LON0) / (LON1 - LON0) * WIDTH
    y = (LAT1 - lat) / (LAT1 - LAT0) * HEIGHT
    return round(x, 1), round(y, 1)


def _ring(coords: list[list[float]]) -> str:
    pts = [project(c[0], c[1]) for c in coords]
    out, last = [], None
    for p in pts:  # drop points that project onto the previous one (the files are detailed enough)
        if p != last:
            out.append(p)
            last = p
    if len(out) < 3:
        return ""
    return "M" + " L".join(f"{x},{y}" for x, y in out) + " Z"


def _geometry_path(geom: dict[str, Any]) -> str:
    kind = geom.get("type")
    polys = [geom.get("coordinates", [])] if kind == "Polygon" else geom.get("coordinates", []) \
        if kind == "MultiPolygon" else []
    return " ".join(r for poly in polys for r in (_ring(ring) for ring in poly) if r)


def _load(files: list[Path], name_keys: tuple[str, ...]) -> tuple[Outline, ...]:
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a broken boundary file must not take the dashboard down
        country = f.name[:2].upper() if f.name[:3].lower() in ("pk_", "af_") else None
        for feat in data.get("features", []):
            props = feat.get("properties") or {}
            name = next((str(props[k]) for k in name_keys if props.get(k)), "")
            d = _geometry_path(feat.get("geometry") or {})
            if d:
                out.append(Outline(name, props.get("country") or country, d))
    return tuple(out)


def _files(words: tuple[str, ...]) -> list[Path]:
    if not BOUNDARIES.is_dir():
        return []
    return [f for f in sorted(BOUNDARIES.glob("*.geojson")) if any(w in f.name.lower() for w in words)]


@lru_cache(maxsize=1)
def attributions() -> tuple[str, ...]:
    """Each boundary file's `attribution` text: the ODbL requires it wherever the map is shown."""
    out = []
    for f in _files(("province", "district", "admin1", "admin2")):
        try:
            text = json.loads(f.read_text(encoding="utf-8")).get("attribution")
        except (OSError, ValueError):
            continue
        if text and text not in out:
            out.append(str(text))
    return tuple(out)


@lru_cache(maxsize=1)
def outlines() -> tuple[Outline, ...]:
    """Province outlines (boundary files named *province*/*admin1*)."""
    return _load(_files(("province", "admin1", "adm1")), ("admin1", "name", "NAME_1", "shapeName"))


@lru_cache(maxsize=1)
def districts() -> tuple[Outline, ...]:
    """District polygons (files named *district*/*admin2*), named by their admin2 (or unit) name."""
    return _load(_files(("district", "admin2", "adm2")), ("admin2", "name", "NAME_2", "shapeName"))


def choropleth(counts: dict[str, tuple[float, str | None]]) -> tuple[list[dict[str, Any]], set[str]]:
    """District shapes with a 0-5 shade from `counts` ({district lower-case: (count, href)}).

    Returns the shapes and the names that matched a polygon (the rest are drawn as dots).
    """
    vmax = max((c for c, _ in counts.values()), default=0) or 1
    shapes, matched = [], set()
    for o in districts():
        key = o.name.lower()
        count, href = counts.get(key, (0, None))
        if count:
            matched.add(key)
        shade = 0 if not count else min(5, 1 + int(4 * count / vmax))
        shapes.append({"name": o.name, "d": o.d, "count": count, "href": href, "shade": shade})
    return shapes, matched


def dots(items: list[tuple[str, float, str | None, float | None, float | None]], r_max: float = 16.0) -> list[Dot]:
    """Circles sized by count (area proportional) for (label, count, href, lat, lon) items."""
    vmax = max((c for _, c, _, lat, lon in items if lat is not None and lon is not None), default=0) or 1
    out = []
    for label, count, href, lat, lon in items:
        if lat is None or lon is None:
            continue
        x, y = project(lon, lat)
        out.append(Dot(label, count, href, x, y, max(3.0, r_max * math.sqrt(count / vmax))))
    return out


@lru_cache(maxsize=2048)
def place_coords(name: str, context: str = "") -> tuple[float | None, float | None]:
    """District or province centroid from the gazetteer (None, None when unknown)."""
    try:
        from ..geo import lookup
    except ImportError:
        return None, None
    try:
        loc = lookup(name, context=context)
    except Exception:  # the gazetteer is optional for the map: no point is better than an error page
        return None, None
    if loc is None or loc.lat is None or loc.lon is None:
        return None, None
    return loc.lat, loc.lon
