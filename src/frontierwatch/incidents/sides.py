"""Cross-border reports from the two sides: an Afghan place and the Pakistani district facing it."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import InputError
from ..records import Event

_SIDES_FILE = "incident_border_sides.tsv"
_FORCES_FILE = "incident_state_forces.tsv"
_AF, _PK = "AF", "PK"


def _words(v: str) -> frozenset[str]:
    return frozenset(v.lower().replace("-", " ").replace(".", " ").split())


def _lexicon(name: str) -> Traversable:
    return resources.files("frontierwatch") / "data" / "lexicons" / name


@lru_cache(maxsize=1)
def load_sides() -> dict[str, tuple[tuple[str, tuple[frozenset[str], ...]], ...]]:
    """Afghan province (lower-case) -> (Pakistani province, word sets of its facing districts) pairs."""
    return parse_sides(_lexicon(_SIDES_FILE))


def parse_sides(path: Path | Traversable) -> dict[str, tuple[tuple[str, tuple[frozenset[str], ...]], ...]]:
    """Parse a facing-areas table (see load_sides); InputError names the file and line of a bad row."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(csv.reader(lines[1:], delimiter="\t"), 2):
        if len(row) != 3 or not all(c.strip() for c in row):
            raise InputError(str(path), f"line {n}: need af_province, pk_province and pk_districts")
        af, pk, districts = (c.strip() for c in row)
        key = (af.lower(), pk.lower())
        if key in seen:
            raise InputError(str(path), f"line {n}: duplicate pair {af}/{pk}")
        seen.add(key)
        sets = tuple(_words(d) for d in districts.split(","))
        if not all(sets):
            raise InputError(str(path), f"line {n}: empty district")
        out.setdefault(af.lower(), []).append((pk.lower(), sets))
    return {k: tuple(v) for k, v in out.items()}


def facing(a: Event, b: Event) -> bool:
    """One report in Afghanistan, the other in Pakistan, in areas facing each other across the border.

    The Afghan side must name its province; the Pakistani side its district, or only its province
    when that province borders the Afghan one."""
    by = {e.country: e for e in (a, b)}
    af, pk = by.get(_AF), by.get(_PK)
    if af is None or pk is None or not af.admin1 or not pk.admin1:
        return False
    for province, districts in load_sides().get(af.admin1.lower(), ()):
        if province != pk.admin1.lower():
            continue
        if not pk.admin2:
            return True
        here = _words(pk.admin2)
        if any(d <= here for d in districts):
            return True
    return False


@lru_cache(maxsize=1)
def load_state_forces() -> dict[str, str]:
    """Perpetrator code of a state's forces -> that state's country code."""
    return parse_state_forces(_lexicon(_FORCES_FILE))


def parse_state_forces(path: Path | Traversable) -> dict[str, str]:
    """Parse a state-forces table (see load_state_forces); InputError names the file and line of a bad row."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, str] = {}
    for n, row in enumerate(csv.reader(lines[1:], delimiter="\t"), 2):
        if len(row) != 2 or not all(c.strip() for c in row):
            raise InputError(str(path), f"line {n}: need perpetrator and country")
        code, country = (c.strip() for c in row)
        if code in out:
            raise InputError(str(path), f"line {n}: duplicate perpetrator {code}")
        out[code] = country
    return out


def hit_side(events: list[Event]) -> list[Event]:
    """The reports that place a cross-border strike where it hit (not in the firing state), when the
    reports are on both sides of the border and the firing state is known; otherwise all of them."""
    countries = {e.country for e in events if e.country}
    if len(countries) < 2 or any(e.type != "cross_border" for e in events):
        return events
    forces = load_state_forces()
    homes = {forces[e.perpetrator] for e in events if e.perpetrator in forces}
    if len(homes) != 1:
        return events
    hit = [e for e in events if e.country and e.country not in homes]
    return hit or events
