"""GUIDE-shaped event dicts (gold files, JSON Lines output) to Event records and back."""
from __future__ import annotations

from typing import Any

from ..records import Casualties, Event, Evidence, VICTIM_GROUPS

_SCALARS = ("date", "country", "admin1", "admin2", "place", "lat", "lon", "geo_precision", "perpetrator",
            "claimed_by", "target", "tactic", "injured", "abducted", "arrested", "crossing", "status",
            "action", "count", "until")


def event_from_dict(d: dict[str, Any], doc_id: str | None = None) -> Event:
    """An Event from the GUIDE's JSON shape (unknown keys ignored; `evidence` as sentences)."""
    killed = d.get("killed") or {}
    ev = Event(type=str(d.get("type")), doc_id=doc_id,
               killed=Casualties(**{g: killed.get(g) for g in VICTIM_GROUPS}),
               parties=list(d["parties"]) if d.get("parties") else None,
               evidence=[Evidence(str(s)) for s in d.get("evidence") or []])
    for k in _SCALARS:
        if d.get(k) is not None:
            setattr(ev, k, d[k])
    return ev
