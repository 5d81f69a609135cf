"""Simplified boundary files: small, valid polygons, joined to the gazetteer's names, attributed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontierwatch import geo

BOUNDS = Path(geo.__file__).resolve().parents[1] / "data" / "boundaries"
FILES = ["pk_districts.geojson", "pk_provinces.geojson", "af_provinces.geojson"]


def _load(name: str) -> dict:
    return json.loads((BOUNDS / name).read_text(encoding="utf-8"))


def test_geo_boundaries_small_enough_for_the_web() -> None:
    assert sum((BOUNDS / f).stat().st_size for f in FILES) < 400_000


@pytest.mark.parametrize("name", FILES)
def test_geo_boundaries_rings_closed_and_attributed(name: str) -> None:
    doc = _load(name)
    assert doc["attribution"] and doc["license"]
    for f in doc["features"]:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            for ring in poly:
                assert len(ring) >= 4 and ring[0] == ring[-1]


def test_geo_boundaries_names_join_the_gazetteer() -> None:
    g = geo.gazetteer()
    districts = _load("pk_districts.geojson")["features"]
    joined = {f["properties"]["admin2"] for f in districts} - {None}
    assert joined <= set(g.admin2) and len(joined) >= 125
    assert {f["properties"]["admin1"] for f in _load("pk_provinces.geojson")["features"]} == set(geo.PK_PROVINCES)
    assert {f["properties"]["admin1"] for f in _load("af_provinces.geojson")["features"]} == set(geo.AF_PROVINCES)
