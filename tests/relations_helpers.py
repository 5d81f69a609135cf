"""Shared by the relations-rule tests: a small stand-in gazetteer installed in place of the real one,
so those tests depend only on the places and crossings each test file lists."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from frontierwatch.extract import relations_common
from frontierwatch.records import Location, PlaceMatch


def install_fake_gazetteer(monkeypatch: pytest.MonkeyPatch, crossings: dict[str, Location] | None = None,
                           places: dict[str, Location] | None = None, *, find: bool = True,
                           crossings_from_places: bool = False) -> None:
    """Make relations look names up in `crossings` / `places` only.

    find: places in a text are found by plain substring search (False: none are found);
    crossings_from_places: a place flagged as a crossing also answers a crossing look-up.
    """
    crossings, places = crossings or {}, places or {}

    def crossing(name: str, side: str = "PK") -> Location | None:
        place = places.get(name) if crossings_from_places else None
        return crossings.get(name) or (place if place is not None and place.crossing else None)

    def find_places(text: str, context: str = "") -> list[PlaceMatch]:
        if not find:
            return []
        return [PlaceMatch(i, i + len(name), name, loc) for name, loc in places.items() if (i := text.find(name)) >= 0]

    geo = SimpleNamespace(crossing=crossing, lookup=lambda name, context="": places.get(name), find_places=find_places)
    monkeypatch.setattr(relations_common, "_geo", lambda: geo)
