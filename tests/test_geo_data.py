"""Gazetteer data files: complete, consistent, and checked on load (bad files give named errors)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from frontierwatch import geo
from frontierwatch.geo.gazetteer import GazetteerError, load

DATA = Path(geo.__file__).resolve().parents[1] / "data" / "gazetteer"


def test_geo_data_provinces_match_guide() -> None:
    g = geo.gazetteer()
    pk = {n for n, loc in g.admin1.items() if loc.country == "PK"}
    af = {n for n, loc in g.admin1.items() if loc.country == "AF"}
    assert pk == set(geo.PK_PROVINCES) and len(pk) == 7
    assert af == set(geo.AF_PROVINCES) and len(af) == 34


def test_geo_data_districts_cover_every_province_with_coordinates() -> None:
    g = geo.gazetteer()
    assert len(g.admin2) >= 160
    assert {loc.admin1 for loc in g.admin2.values()} == set(geo.PK_PROVINCES)
    for loc in g.admin2.values():
        assert 23 < loc.lat < 38 and 60 < loc.lon < 78, loc


@pytest.mark.parametrize("district", ["Bajaur", "Mohmand", "Khyber", "Orakzai", "Kurram", "North Waziristan",
                                      "South Waziristan", "Chaman", "Chitral Upper", "Kohistan Lower",
                                      "Dera Ismail Khan", "Shaheed Sikandarabad"])
def test_geo_data_has_merged_and_new_districts(district: str) -> None:
    assert district in geo.gazetteer().admin2


def test_geo_data_every_place_has_coordinates_in_region() -> None:
    g = geo.gazetteer()
    for key, cands in g.keys.items():
        for c in cands:
            loc = c.location
            if loc.precision < 4 and loc.country in ("PK", "AF"):
                assert loc.lat is not None and 23 < loc.lat < 39 and 60 < loc.lon < 78, (key, loc)


def test_geo_data_foreign_places_have_country_and_no_admin() -> None:
    loc = geo.lookup("Beijing")
    assert (loc.country, loc.admin1, loc.admin2, loc.precision) == ("CN", None, None, 1)
    assert geo.lookup("Turkiye").country == "TR"


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "gaz"
    shutil.copytree(DATA, dst)
    return dst


@pytest.mark.parametrize("file,line,message", [
    ("aliases.csv", "Bannoo,admin2,Bannu,PK,,,\nBannoo,admin2,Bannu,PK,,,\n", "duplicate name"),
    ("aliases.csv", ",admin2,Bannu,PK,,,\n", "empty name"),
    ("aliases.csv", "Foo,admin2,Nowhere,PK,,,\n", "unknown admin2 target"),
    ("aliases.csv", "Foo,district,Bannu,PK,,,\n", "unknown level"),
    ("places.csv", "Foo,PK,Balochistan,Quetta,abc,66.9,town,,,,\n", "not a number"),
    ("places.csv", "Foo,PK,Balochistan,Atlantis,,,town,,,,\n", "unknown admin2"),
    ("places.csv", "Foo,PK,Balochistan,Quetta,,,town,,,maybe,\n", "unknown scan rule"),
    ("stops.csv", "Kabul River,river\n", "duplicate phrase"),
    ("places.csv", "Foo,PK,Balochistan,Quetta,,,town,,high,,\n", "not an integer"),
    ("countries.csv", "Pakistan,PK,30,70\n", "bad or duplicate country code"),
    ("places.csv", "Foo,XX,,,1,1,town,,,,\n", "unknown country"),
])
def test_geo_data_bad_rows_raise_named_errors(tmp_path: Path, file: str, line: str, message: str) -> None:
    base = _copy(tmp_path)
    with open(base / file, "a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(GazetteerError) as err:
        load(base)
    assert file in str(err.value) and message in str(err.value)


def test_geo_data_missing_file_raises(tmp_path: Path) -> None:
    base = _copy(tmp_path)
    (base / "cues.csv").unlink()
    with pytest.raises(GazetteerError, match="cues.csv"):
        load(base)


def test_geo_data_lookups_are_frozen() -> None:
    g = geo.gazetteer()
    with pytest.raises(TypeError):
        g.keys["new"] = ()  # type: ignore[index]


def _polys(geom: dict) -> list:
    return [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]


def _inside_or_near(lon: float, lat: float, polys: list, km: float) -> bool:
    """Point in polygon (even-odd), or within `km` of its outline (flat-earth, fine at this scale)."""
    inside = False
    best = float("inf")
    for poly in polys:
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                    inside = not inside
                dx, dy = (x2 - x1) * 93.0, (y2 - y1) * 111.0
                px, py = (lon - x1) * 93.0, (lat - y1) * 111.0
                t = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy or 1.0)))
                best = min(best, ((px - t * dx) ** 2 + (py - t * dy) ** 2) ** 0.5)
    return inside or best <= km


def test_geo_data_coordinates_fall_in_their_district() -> None:
    """Hand-given coordinates (approx, about +-10 km) must land in (or within 6 km of) their unit."""
    bounds = Path(geo.__file__).resolve().parents[1] / "data" / "boundaries"
    pk = json.loads((bounds / "pk_districts.geojson").read_text(encoding="utf-8"))["features"]
    af = json.loads((bounds / "af_provinces.geojson").read_text(encoding="utf-8"))["features"]
    by_admin2 = {f["properties"]["admin2"]: _polys(f["geometry"]) for f in pk if f["properties"]["admin2"]}
    by_admin1 = {f["properties"]["admin1"]: _polys(f["geometry"]) for f in pk if not f["properties"]["admin2"]}
    by_admin1.update({f["properties"]["admin1"]: _polys(f["geometry"]) for f in af})
    karachi = next(_polys(f["geometry"]) for f in pk if f["properties"]["name"].startswith("Karachi"))
    checked, bad = 0, []
    seen = set()
    for cands in geo.gazetteer().keys.values():
        for c in cands:
            loc = c.location
            if loc.precision != 1 or loc.country not in ("PK", "AF") or loc in seen:
                continue
            seen.add(loc)
            if loc.admin1 == "Sindh" and (loc.admin2 is None or "Karachi" in loc.admin2):
                polys = karachi
            else:
                polys = by_admin2.get(loc.admin2) or by_admin1.get(loc.admin1)
            if polys is None:
                continue
            checked += 1
            if not _inside_or_near(loc.lon, loc.lat, polys, 6.0):
                bad.append((loc.place, loc.admin2 or loc.admin1, loc.lat, loc.lon))
    assert checked > 300
    # two tehsil points of the source lie outside their district (Saranan, Pishin; Quetta City)
    assert {b[0] for b in bad} <= {"Saranan", "Quetta City"}, bad


def test_geo_data_refuses_a_spelling_that_only_differs_by_punctuation(tmp_path: Path) -> None:
    base = _copy(tmp_path)
    with open(base / "aliases.csv", "a", encoding="utf-8") as f:
        f.write("Lakki-Marwat,admin2,Lakki Marwat,PK,,,\n")
    with pytest.raises(GazetteerError, match="duplicates"):
        load(base)


def test_geo_data_generated_files_rebuild_identically(tmp_path: Path) -> None:
    """scripts/build_gazetteer.py reproduces the committed admin1/admin2/tehsils files."""
    repo = Path(__file__).resolve().parents[1]
    shared = repo.parent / "shared" / "data" / "external" / "pakistan-admin-divisions"
    if not shared.is_dir():
        pytest.skip("shared source data absent")
    import runpy

    build = runpy.run_path(str(repo / "scripts" / "build_gazetteer.py"))
    build["main"](repo.parent / "shared", tmp_path)
    for name in ("admin1.csv", "admin2.csv", "tehsils.csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8")
