"""Afghan districts in the gazetteer: names, spellings, context-only names and Pakistani namesakes."""
from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest

from frontierwatch import geo

# provinces along the Pakistani border (plus Laghman): every district is listed
BORDER = ("Nangarhar", "Kunar", "Nuristan", "Khost", "Paktia", "Paktika", "Zabul", "Kandahar", "Helmand",
          "Nimroz", "Badakhshan", "Laghman")
# districts besides the one named after the provincial capital (that city is a city row)
MIN_DISTRICTS = {"Nangarhar": 21, "Kunar": 14, "Nuristan": 8, "Khost": 12, "Paktia": 13, "Paktika": 18,
                 "Zabul": 10, "Kandahar": 16, "Helmand": 13, "Nimroz": 5, "Badakhshan": 27, "Laghman": 5}


def _district_rows() -> list[dict[str, str]]:
    text = resources.files("frontierwatch.data.gazetteer").joinpath("places.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [r for r in csv.DictReader(lines) if r["kind"] == "district"]


@pytest.mark.parametrize("name,admin1,admin2", [
    ("Kuz Kunar", "Nangarhar", "Kuz Kunar"), ("Nurgal", "Kunar", "Nurgal"), ("Waygal", "Nuristan", "Waygal"),
    ("Parun", "Nuristan", "Parun"), ("Qarghayi", "Laghman", "Qarghayi"), ("Gerda Serai", "Paktia", "Gerda Serai"),
    ("Wor Mamay", "Paktika", "Wor Mamay"), ("Shah Joy", "Zabul", "Shah Joy"), ("Khakrez", "Kandahar", "Khakrez"),
    ("Nahr-e-Saraj", "Helmand", "Nahr-e-Saraj"), ("Chakhansur", "Nimroz", "Chakhansur"),
    ("Ishkashim", "Badakhshan", "Ishkashim"), ("Jaghori", "Ghazni", "Jaghori"), ("Istalif", "Kabul", "Istalif"),
    ("Deh Rawood", "Uruzgan", "Deh Rawood"), ("Pusht Rod", "Farah", "Pusht Rod"), ("Andkhoy", "Faryab", "Andkhoy"),
    ("Yakawlang", "Bamyan", "Yakawlang"), ("Nahrin", "Baghlan", "Nahrin"), ("Warsaj", "Takhar", "Warsaj"),
    # other spellings (aliases.csv) of new and older rows
    ("Sperah", "Khost", "Spera"), ("Sepera", "Khost", "Spera"), ("Dand wa Patan", "Paktia", "Dand-e-Patan"),
    ("Muhmand Dara", "Nangarhar", "Momand Dara"), ("Nazian", "Nangarhar", "Nazyan"),
    ("Shahwalikot", "Kandahar", "Shah Wali Kot"), ("Zarghun Shahr", "Paktika", "Khairkot"),
    ("Nad-e-Ali", "Helmand", "Nad Ali"), ("Garmser", "Helmand", "Garmsir"), ("Dara-i-Nur", "Nangarhar", "Dara-e-Nur"),
    ("Barg-i-Matal", "Nuristan", "Barg-e-Matal"), ("Tarwe", "Paktika", "Turwo"), ("Jaghuri", "Ghazni", "Jaghori"),
    ("Kushk district", "Herat", "Kushk"),
])
def test_geo_af_districts_lookup_gives_province_and_district(name: str, admin1: str, admin2: str) -> None:
    loc = geo.lookup(name)
    assert loc is not None
    assert (loc.country, loc.admin1, loc.admin2, loc.precision) == ("AF", admin1, admin2, 2)


@pytest.mark.parametrize("text,surface,admin1,admin2", [
    ("Shelling hit homes in Nurgal overnight, a local official said.", "Nurgal", "Kunar", "Nurgal"),
    ("Two guards died when gunmen stormed a checkpoint in Wor Mamay.", "Wor Mamay", "Paktika", "Wor Mamay"),
    ("A roadside mine struck a car in Sar Rawza on Friday.", "Sar Rawza", "Paktika", "Sar Hawza"),
    ("Floods cut the road through Kuz Kunar and Lalpur.", "Kuz Kunar", "Nangarhar", "Kuz Kunar"),
    ("Residents of Dand-e-Patan fled toward Gardez after the strikes.", "Dand-e-Patan", "Paktia", "Dand-e-Patan"),
    ("Police raided a house in Chahar Asyab, south of the capital.", "Chahar Asyab", "Kabul", "Chahar Asyab"),
])
def test_geo_af_districts_found_in_a_sentence(text: str, surface: str, admin1: str, admin2: str) -> None:
    hits = {m.surface: m.location for m in geo.find_places(text)}
    assert surface in hits
    loc = hits[surface]
    assert (loc.country, loc.admin1, loc.admin2) == ("AF", admin1, admin2)


@pytest.mark.parametrize("name,admin1,admin2", [
    ("Tagab", "Kapisa", "Tagab"), ("Tagab", "Badakhshan", "Tagab"), ("Mizan", "Zabul", "Mizan"),
    ("Maiwand", "Kandahar", "Maiwand"), ("Azra", "Logar", "Azra"), ("Qarabagh", "Ghazni", "Qarabagh"),
    ("Qarabagh", "Kabul", "Qarabagh"), ("Reg", "Helmand", "Reg"), ("Reg", "Kandahar", "Reg"),
    ("Jaji", "Paktia", "Jaji"), ("Zadran", "Paktia", "Wuza Zadran"), ("Shuhada", "Badakhshan", "Shuhada"),
    ("Imam Sahib", "Kunduz", "Imam Sahib"), ("Khogiani", "Nangarhar", "Khogyani"), ("Panjab", "Bamyan", "Panjab"),
    ("Dawlatabad", "Faryab", "Dawlatabad"), ("Dawlatabad", "Balkh", "Dawlatabad"),
])
def test_geo_af_districts_context_names_need_their_province(name: str, admin1: str, admin2: str) -> None:
    bare = f"Elders from {name} met the delegation on Sunday."
    assert name not in [m.surface for m in geo.find_places(bare)]
    named = f"Elders from {name} in {admin1} province met the delegation on Sunday."
    hits = [m.location for m in geo.find_places(named) if m.surface == name]
    assert hits and (hits[0].country, hits[0].admin1, hits[0].admin2) == ("AF", admin1, admin2)


@pytest.mark.parametrize("text,name,admin1,admin2", [
    ("Levies guarded the road at Gulistan in Killa Abdullah.", "Gulistan", "Balochistan", "Killa Abdullah"),
    ("A shop was looted in Shakardara, Kohat, late on Monday.", "Shakardara", "Khyber Pakhtunkhwa", "Kohat"),
    ("Police patrolled Jani Khel in Bannu after the attack.", "Jani Khel", "Khyber Pakhtunkhwa", "Bannu"),
    ("Traders in Chamkani, Peshawar, shut their shops.", "Chamkani", "Khyber Pakhtunkhwa", "Peshawar"),
    ("Landslides blocked the highway in Kohistan after rain.", "Kohistan", "Khyber Pakhtunkhwa", None),
])
def test_geo_af_districts_pakistani_namesakes_stay_pakistani(text: str, name: str, admin1: str,
                                                             admin2: str | None) -> None:
    hits = [m.location for m in geo.find_places(text) if m.surface == name]
    assert hits and (hits[0].country, hits[0].admin1, hits[0].admin2) == ("PK", admin1, admin2)
    loc = geo.lookup(name)
    assert loc is not None and loc.country == "PK"


def test_geo_af_districts_namesake_follows_an_afghan_context() -> None:
    # "Farah" itself needs the country named (it is also a given name)
    loc = geo.lookup("Gulistan", context="Fighting was reported in Gulistan district of Farah, Afghanistan.")
    assert loc is not None and (loc.country, loc.admin1, loc.admin2) == ("AF", "Farah", "Gulistan")


def test_geo_af_districts_rows_are_well_formed() -> None:
    rows = _district_rows()
    assert all(r["country"] == "AF" and r["admin1"] in geo.AF_PROVINCES and r["admin2"] for r in rows)
    # each district row is listed once per province (other spellings live in aliases.csv or as extra rows)
    pairs = Counter((r["admin1"], r["name"]) for r in rows)
    assert not [p for p, n in pairs.items() if n > 1]
    # a district shared by two provinces is context-only in both
    by_name: dict[str, set[str]] = {}
    for r in rows:
        by_name.setdefault(r["name"], set()).add(r["admin1"])
    shared = {n for n, provs in by_name.items() if len(provs) > 1}
    assert shared and all(r["scan"] == "ctx" for r in rows if r["name"] in shared)


@pytest.mark.parametrize("province", BORDER)
def test_geo_af_districts_border_provinces_are_complete(province: str) -> None:
    districts = {r["admin2"] for r in _district_rows() if r["admin1"] == province}
    assert len(districts) >= MIN_DISTRICTS[province], sorted(districts)


def test_geo_af_districts_do_not_shadow_pakistani_districts() -> None:
    """No Afghan district name takes a Pakistani district's name by default."""
    g = geo.gazetteer()
    for name, loc in g.admin2.items():
        if loc.country != "PK":
            continue
        first = g.keys[geo.normalise(name)][0].location
        assert first.country == "PK", name
