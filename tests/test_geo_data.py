"""Gazetteer data files: complete, consistent, and checked on load (bad files give named errors)."""
from __future__ import annotations

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
