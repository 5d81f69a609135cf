#!/usr/bin/env python3
"""Rebuild the generated gazetteer CSVs (admin1, admin2, tehsils) from ../shared/data/external.

Reproducible: reads the licensed source files named in data/gazetteer/README.md and writes
admin1.csv, admin2.csv and tehsils.csv. Hand-kept files (places, crossings, aliases, stops) are
not touched. Usage: python scripts/build_gazetteer.py [SHARED_DIR] [OUT_DIR]
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "frontierwatch" / "data" / "gazetteer"
# source spellings that the GUIDE asks to write differently
RENAME = {"D. I. Khan": "Dera Ismail Khan"}
# tehsil spellings fixed for matching ("Kech (Turbat)" is the Turbat tehsil); None = not a usable name
TEHSIL_RENAME = {"Kech (Turbat)": "Turbat", "D. I. Khan": None, "Takht-E-Nasrati": "Takht-e-Nasrati",
                 "Town-I": None, "Town-Ii": None, "Town-Iii": None, "Town-Iv": None}


def _centroid(geom: dict) -> tuple[float, float]:
    """Area-weighted centroid (lat, lon) of a Polygon/MultiPolygon's exterior rings."""
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    a_sum = cx = cy = 0.0
    for poly in polys:
        ring = poly[0]
        for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
            cross = x0 * y1 - x1 * y0
            a_sum += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    a_sum /= 2.0
    return round(cy / (6 * a_sum), 3), round(cx / (6 * a_sum), 3)


def _write(out: Path, name: str, header: list[str], rows: list[list]) -> None:
    with open(out / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def main(shared: Path, out: Path = OUT) -> None:
    """Write admin1.csv, admin2.csv and tehsils.csv."""
    ext = shared / "data" / "external"
    pk = ext / "pakistan-admin-divisions"
    admin1, admin2, code_to_prov, code_to_dist = [], [], {}, {}
    with open(pk / "admin_l1_l2_flat.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = RENAME.get(r["name.en"], r["name.en"])
            if r["level"] == "1":
                code_to_prov[r["id"]] = name
                admin1.append(["PK", name, r["geo.lat"], r["geo.lon"], r["id"]])
            else:
                code_to_dist[r["id"]] = name
                admin2.append(["PK", r["parent.name.en"], name, r["geo.lat"], r["geo.lon"], r["id"]])
    af = json.load(open(ext / "afghanistan-admin" / "provinces.geojson", encoding="utf-8"))
    for feat in af["features"]:
        lat, lon = _centroid(feat["geometry"])
        admin1.append(["AF", feat["properties"]["name"], lat, lon, feat["properties"]["iso_3166_2"]])
    tehsils = []
    with open(pk / "tehsils_kp_balochistan.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = TEHSIL_RENAME.get(r["tehsil_name"].strip(), r["tehsil_name"].strip())
            if name:
                tehsils.append([code_to_prov[r["province_code"]], code_to_dist[r["district_code"]],
                                name, r["lat"], r["lon"], r["tehsil_code"]])
    _write(out, "admin1.csv", ["country", "name", "lat", "lon", "code"], admin1)
    _write(out, "admin2.csv", ["country", "admin1", "name", "lat", "lon", "code"], admin2)
    _write(out, "tehsils.csv", ["admin1", "admin2", "name", "lat", "lon", "code"], tehsils)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared",
         Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
