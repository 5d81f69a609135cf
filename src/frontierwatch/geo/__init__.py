"""Geocoding for Pakistan and Afghanistan: place mentions -> records.Location (stable API).

    lookup(name, context="") -> Location | None     one mention, context breaks ties
    find_places(text, context="") -> list[PlaceMatch] every known place named in a text
    crossing(name, side="PK") -> Location | None     border crossings (Location.crossing set)
    admin1_of(admin2) -> str | None, is_admin1(name) -> bool
    PK_PROVINCES, AF_PROVINCES                        canonical admin1 names

Precision: 1 town/village/tehsil/crossing, 2 district, 3 province, 4 country.
Data: src/frontierwatch/data/gazetteer/ (README.md there gives sources and licences).
"""
from __future__ import annotations

from ..records import Location, PlaceMatch
from .gazetteer import GazetteerError, gazetteer, normalise
from .resolve import admin1_of, crossing, is_admin1, lookup
from .scan import find_places

# the GUIDE's admin1 names; the loader's data must agree (tests/test_geo_data.py checks)
PK_PROVINCES: tuple[str, ...] = (
    "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Islamabad", "Gilgit Baltistan", "Azad Kashmir",
)
AF_PROVINCES: tuple[str, ...] = (
    "Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni", "Ghor",
    "Helmand", "Herat", "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman",
    "Logar", "Nangarhar", "Nimroz", "Nuristan", "Paktia", "Paktika", "Panjshir", "Parwan", "Samangan",
    "Sar-e Pul", "Takhar", "Uruzgan", "Wardak", "Zabul",
)

__all__ = [
    "AF_PROVINCES", "PK_PROVINCES", "GazetteerError", "Location", "PlaceMatch", "admin1_of", "crossing",
    "find_places", "gazetteer", "is_admin1", "lookup", "normalise",
]
