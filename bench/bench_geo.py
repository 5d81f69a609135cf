#!/usr/bin/env python3
"""Benchmark geo: exact/alias lookups per second and find_places sentences per second (prints rates)."""
from __future__ import annotations

import time

from frontierwatch import geo

NAMES = ["Mir Ali", "D.I. Khan", "DI Khan", "Noshki", "Qila Abdullah", "Khyber", "Khyber Pakhtunkhwa", "KPK",
         "Nangrahar", "Paktiya", "Torkham", "Chaman", "Bannu", "Quetta", "North Waziristan", "Kurram Agency",
         "Lower South Waziristan", "Miranshah", "Turbat", "Kabul"]
SENTENCES = [
    "Security forces killed four militants in an intelligence-based operation in Mir Ali, North Waziristan.",
    "Two policemen were martyred when gunmen attacked a check post in D.I. Khan on Tuesday night.",
    "The Torkham border crossing remained closed for a third day, officials in Khyber district said.",
    "Traders said the Chaman border was reopened after talks between officials of both countries.",
    "A roadside bomb struck a Frontier Corps vehicle in Kech district of Balochistan.",
    "The ministry said the refugees would be repatriated by the end of the month.",
    "Afghan Taliban forces and Pakistani troops exchanged fire near Angoor Adda.",
    "The provincial government announced compensation for the families of the victims.",
]


def _rate(fn, items, seconds: float = 1.0) -> float:
    n, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for it in items:
            fn(it)
        n += len(items)
    return n / elapsed


def main() -> None:
    t0 = time.perf_counter()
    geo.gazetteer()
    print(f"load: {(time.perf_counter() - t0) * 1000:.0f} ms, {len(geo.gazetteer().keys)} keys")
    print(f"lookup (exact/alias): {_rate(geo.lookup, NAMES):,.0f} lookups/s")
    print(f"lookup with context:  {_rate(lambda n: geo.lookup(n, 'near the border'), NAMES):,.0f} lookups/s")
    from frontierwatch.geo.resolve import _candidates

    def cold(names: list[str]) -> None:
        _candidates.cache_clear()
        for n in names:
            geo.lookup(n)

    print(f"lookup, cache cleared each pass: {_rate(cold, [NAMES]) * len(NAMES):,.0f} lookups/s")
    print(f"find_places:          {_rate(geo.find_places, SENTENCES):,.0f} sentences/s")


if __name__ == "__main__":
    main()
