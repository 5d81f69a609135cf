"""geo.lookup / crossing / admin1_of / is_admin1: alias families, ambiguity, both countries."""
from __future__ import annotations

import pytest

from frontierwatch import geo

KP, BA = "Khyber Pakhtunkhwa", "Balochistan"


@pytest.mark.parametrize("name,admin1,admin2", [
    # D.I. Khan family
    ("D.I. Khan", KP, "Dera Ismail Khan"), ("DI Khan", KP, "Dera Ismail Khan"), ("D I Khan", KP, "Dera Ismail Khan"),
    ("D. I. Khan", KP, "Dera Ismail Khan"), ("Dera Ismail Khan", KP, "Dera Ismail Khan"),
    ("Dikhan", KP, "Dera Ismail Khan"), ("D.G. Khan", "Punjab", "Dera Ghazi Khan"),
    # Noshki / Nushki, Qila / Killa
    ("Noshki", BA, "Nushki"), ("Nushki", BA, "Nushki"), ("Qila Abdullah", BA, "Killa Abdullah"),
    ("Qilla Saifullah", BA, "Killa Saifullah"), ("Killa Saifullah", BA, "Killa Saifullah"),
    # FATA agencies -> today's districts
    ("Khyber Agency", KP, "Khyber"), ("North Waziristan Agency", KP, "North Waziristan"),
    ("South Waziristan agency", KP, "South Waziristan"), ("Kurram Agency", KP, "Kurram"),
    ("Mohmand Agency", KP, "Mohmand"), ("Bajaur agency", KP, "Bajaur"), ("Orakzai Agency", KP, "Orakzai"),
    ("FR Kohat", KP, "Kohat"), ("FR Bannu", KP, "Bannu"), ("FR Tank", KP, "Tank"),
    # later splits and renamed districts
    ("Lower South Waziristan", KP, "South Waziristan"), ("Upper South Waziristan", KP, "South Waziristan"),
    ("Lower Chitral", KP, "Chitral Lower"), ("Upper Kohistan", KP, "Kohistan Upper"),
    ("Surab", BA, "Shaheed Sikandarabad"), ("Bolan", BA, "Kachhi"), ("Hub", BA, "Lasbela"),
    ("Usta Muhammad", BA, "Jaffarabad"), ("Keamari", "Sindh", "West Karachi"),
    # transliteration variants and suffixes
    ("Nowshehra", KP, "Nowshera"), ("Bajour", KP, "Bajaur"), ("Miranshah", KP, "North Waziristan"),
    ("Miram Shah", KP, "North Waziristan"), ("Datta Khel", KP, "North Waziristan"),
    ("Landikotal", KP, "Khyber"), ("Bannu district", KP, "Bannu"), ("Kohat's", KP, "Kohat"),
    ("the Tirah valley", KP, "Khyber"), ("Mastung area", BA, "Mastung"), ("Turbat", BA, "Kech"),
    ("Islamabad", "Islamabad", "Islamabad"), ("Khaibar", KP, "Khyber"), ("Aurakzai", KP, "Orakzai"),
    ("Para Chinar", KP, "Kurram"), ("Dera Bughti", BA, "Dera Bugti"), ("Kachi", BA, "Kachhi"),
    ("Kambar Shahdadkot", "Sindh", "Qambar Shahdadkot"), ("Layyah", "Punjab", "Leiah"),
])
def test_geo_lookup_alias_families(name: str, admin1: str, admin2: str) -> None:
    loc = geo.lookup(name)
    assert loc is not None and loc.country == "PK"
    assert (loc.admin1, loc.admin2) == (admin1, admin2)


@pytest.mark.parametrize("name", ["NWFP", "KP", "KPK", "Khyber-Pakhtunkhwa", "Khyber Pukhtunkhwa",
                                  "North-West Frontier Province", "tribal districts", "merged districts",
                                  "erstwhile FATA", "FATA"])
def test_geo_lookup_kp_names_resolve_to_province(name: str) -> None:
    loc = geo.lookup(name)
    assert loc is not None
    assert (loc.country, loc.admin1, loc.admin2, loc.precision) == ("PK", KP, None, 3)


@pytest.mark.parametrize("name,admin1", [("AJK", "Azad Kashmir"), ("Gilgit-Baltistan", "Gilgit Baltistan"),
                                         ("Baluchistan", BA), ("ICT", "Islamabad"), ("Sindh", "Sindh")])
def test_geo_lookup_other_provinces(name: str, admin1: str) -> None:
    loc = geo.lookup(name)
    assert loc is not None and loc.admin1 == admin1 and loc.precision in (2, 3)


@pytest.mark.parametrize("name,admin1", [
    ("Nangarhar", "Nangarhar"), ("Nangrahar", "Nangarhar"), ("Paktia", "Paktia"), ("Paktiya", "Paktia"),
    ("Khost", "Khost"), ("Khowst", "Khost"), ("Kunar", "Kunar"), ("Konar", "Kunar"), ("Helmand", "Helmand"),
    ("Sar-e-Pul", "Sar-e Pul"), ("Maidan Wardak", "Wardak"), ("Kandahar province", "Kandahar"),
])
def test_geo_lookup_afghan_provinces(name: str, admin1: str) -> None:
    loc = geo.lookup(name)
    assert loc is not None and (loc.country, loc.admin1, loc.precision) == ("AF", admin1, 3)


@pytest.mark.parametrize("name,admin1,admin2,precision", [
    ("Spin Boldak", "Kandahar", "Spin Boldak", 2), ("Barmal", "Paktika", "Barmal", 2),
    ("Dand-e-Patan", "Paktia", "Dand-e-Patan", 2), ("Dur Baba", "Nangarhar", "Dur Baba", 2),
    ("Lalpura", "Nangarhar", "Lal Pur", 2), ("Shkin", "Paktika", "Barmal", 1),
    ("Jalalabad", "Nangarhar", "Jalalabad", 1), ("Kabul", "Kabul", None, 1), ("Asadabad", "Kunar", "Asadabad", 1),
    ("Gardez", "Paktia", "Gardez", 1),
])
def test_geo_lookup_afghan_towns_and_border_districts(name: str, admin1: str, admin2: str | None,
                                                      precision: int) -> None:
    loc = geo.lookup(name)
    assert loc is not None
    assert (loc.country, loc.admin1, loc.admin2, loc.precision) == ("AF", admin1, admin2, precision)


def test_geo_lookup_khyber_district_vs_province() -> None:
    assert geo.lookup("Khyber").admin2 == "Khyber"
    assert geo.lookup("Khyber Pakhtunkhwa").admin2 is None
    assert geo.lookup("Khyber district").admin2 == "Khyber"


def test_geo_lookup_chaman_district_town_and_crossing() -> None:
    plain = geo.lookup("Chaman")
    assert (plain.admin1, plain.admin2, plain.crossing) == (BA, "Chaman", None)
    border = geo.lookup("Chaman", context="Trade through the Chaman border crossing stayed suspended.")
    assert (border.admin2, border.crossing, border.precision) == ("Chaman", "Chaman", 1)
    assert geo.lookup("Chaman border").crossing == "Chaman"


def test_geo_lookup_kurram_district_not_river() -> None:
    assert geo.lookup("Kurram").admin2 == "Kurram"
    assert geo.lookup("Kurram River") is None
    assert geo.lookup("Lower Kurram").admin2 == "Kurram"


@pytest.mark.parametrize("name,context,country", [
    ("Chamkani", "", "PK"),
    ("Chamkani", "Afghan forces fired from Chamkani in Paktia province.", "AF"),
    ("Jani Khel", "Police in Bannu said the attack happened in Jani Khel.", "PK"),
    ("Jani Khel", "Taliban officials in Paktia described a raid in Jani Khel.", "AF"),
    ("Barikot", "", "PK"),
    ("Barikot", "Shelling hit Barikot in Kunar, Afghanistan.", "AF"),
    ("Khost", "", "AF"),
    ("Khost", "Miners were attacked in Khost, Harnai district.", "PK"),
])
def test_geo_lookup_place_in_both_countries_follows_context(name: str, context: str, country: str) -> None:
    loc = geo.lookup(name, context)
    assert loc is not None and loc.country == country


@pytest.mark.parametrize("typo,admin2", [("Lakki Marwath", "Lakki Marwat"), ("Peshawer", "Peshawar"),
                                          ("Charsaddah", "Charsadda"), ("North Waziristaan", "North Waziristan")])
def test_geo_lookup_fuzzy_fixes_misspellings(typo: str, admin2: str) -> None:
    loc = geo.lookup(typo)
    assert loc is not None and loc.admin2 == admin2


@pytest.mark.parametrize("name", ["Springfield", "Kohlat", "Mardin", "police station", "Narnia Valley", "", "  ",
                                  "Lahoria", "Baraa"])
def test_geo_lookup_unknown_gives_none(name: str) -> None:
    assert geo.lookup(name) is None


@pytest.mark.parametrize("name,canonical,admin1,admin2,af", [
    ("Torkham", "Torkham", KP, "Khyber", "Nangarhar"),
    ("Turkham", "Torkham", KP, "Khyber", "Nangarhar"),
    ("Chaman", "Chaman", BA, "Chaman", "Kandahar"),
    ("Friendship Gate", "Chaman", BA, "Chaman", "Kandahar"),
    ("Spin Boldak", "Chaman", BA, "Chaman", "Kandahar"),
    ("Bab-e-Dosti", "Chaman", BA, "Chaman", "Kandahar"),
    ("Ghulam Khan", "Ghulam Khan", KP, "North Waziristan", "Khost"),
    ("Angoor Adda", "Angoor Adda", KP, "South Waziristan", "Paktika"),
    ("Angur Ada", "Angoor Adda", KP, "South Waziristan", "Paktika"),
    ("Kharlachi", "Kharlachi", KP, "Kurram", "Paktia"),
    ("Badini", "Badini", BA, "Killa Saifullah", "Zabul"),
    ("Nawa Pass", "Nawa Pass", KP, "Bajaur", "Kunar"),
    ("Arandu", "Arandu", KP, "Chitral Lower", "Kunar"),
    ("Torkham border crossing", "Torkham", KP, "Khyber", "Nangarhar"),
    ("the Pak-Afghan Torkham border point", "Torkham", KP, "Khyber", "Nangarhar"),
    ("Chaman-Spin Boldak", "Chaman", BA, "Chaman", "Kandahar"),
])
def test_geo_crossing_both_sides(name: str, canonical: str, admin1: str, admin2: str, af: str) -> None:
    pk = geo.crossing(name)
    assert pk is not None
    assert (pk.country, pk.admin1, pk.admin2, pk.crossing, pk.precision) == ("PK", admin1, admin2, canonical, 1)
    assert pk.lat is not None and pk.lon is not None
    other = geo.crossing(name, side="AF")
    assert (other.country, other.admin1, other.crossing) == ("AF", af, canonical)


def test_geo_crossing_unknown_is_none() -> None:
    assert geo.crossing("Peshawar") is None
    assert geo.crossing("Wagah") is None


@pytest.mark.parametrize("name,admin1", [("Bannu", KP), ("DI Khan", KP), ("Quetta", BA), ("Noshki", BA),
                                         ("Mianwali", "Punjab"), ("Korangi", "Sindh"), ("Barmal", "Paktika"),
                                         ("Mir Ali", None), ("Atlantis", None)])
def test_geo_admin1_of(name: str, admin1: str | None) -> None:
    assert geo.admin1_of(name) == admin1


@pytest.mark.parametrize("name,expected", [("Khyber Pakhtunkhwa", True), ("KPK", True), ("NWFP", True),
                                           ("Balochistan", True), ("Nangrahar", True), ("Khyber", False),
                                           ("Bannu", False), ("Mir Ali", False)])
def test_geo_is_admin1(name: str, expected: bool) -> None:
    assert geo.is_admin1(name) is expected


def test_geo_precision_codes() -> None:
    assert geo.lookup("Mir Ali").precision == 1
    assert geo.lookup("Bannu").precision == 2
    assert geo.lookup("Balochistan").precision == 3
    assert geo.lookup("Pakistan").precision == 4


@pytest.mark.parametrize("mention,admin2,place", [
    ("a check post near Mir Ali, North Waziristan", "North Waziristan", "Mir Ali"),
    ("Karachi's Korangi area", "Korangi Karachi", None),
    ("an FC post in Turbat, Kech", "Kech", "Turbat"),
    ("Sarband police station, Badaber", "Peshawar", "Sarband"),
])
def test_geo_lookup_longer_mentions_use_most_precise_place(mention: str, admin2: str, place: str | None) -> None:
    loc = geo.lookup(mention)
    assert loc is not None and (loc.admin2, loc.place) == (admin2, place)


@pytest.mark.parametrize("bad", [None, 42, b"Bannu"])
def test_geo_lookup_non_text_gives_none(bad) -> None:
    assert geo.lookup(bad) is None  # type: ignore[arg-type]
    assert geo.crossing(bad) is None  # type: ignore[arg-type]
    assert geo.find_places(bad) == []  # type: ignore[arg-type]
