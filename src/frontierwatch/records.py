"""Typed records passed between pipeline stages.

ingest -> Document; clean -> Document (text cleaned); extract -> Extraction (events,
claims, quotes); geo -> Location; resolve -> Incident. Every extracted value carries
its evidence (sentences and character spans) so any figure can be traced back.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = ("attack", "security_operation", "cross_border", "border_crossing", "refugees", "diplomacy")
VICTIM_GROUPS = ("security_forces", "civilians", "militants", "unspecified")
CLAIM_METRICS = (
    "attacks", "suicide_attacks", "deaths", "injured", "militants_killed", "security_forces_killed",
    "civilians_killed", "militants_injured", "security_forces_injured", "civilians_injured",
    "operations", "arrests", "abductions", "returnees",
)


@dataclass(slots=True)
class Document:
    """One ingested document. `text` is cleaned body text; `raw_text` what the source gave."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD or None
    source_path: str | None = None
    raw_text: str | None = None
    kind: str = "text"  # json | jsonl | html | feed | text
    content_hash: str | None = None
    ingested_at: str | None = None  # ISO timestamp, set by the store

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved place. precision: 1 town/village, 2 district, 3 province, 4 country."""

    country: str | None  # PK | AF
    admin1: str | None = None
    admin2: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = 4
    crossing: str | None = None  # set when the place is a border crossing


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): built per match, ~4x cheaper
class PlaceMatch:
    """A place name found in text, with its character span and resolution."""

    start: int
    end: int
    surface: str
    location: Location


@dataclass(slots=True)
class Casualties:
    """Killed by victim group; None means the text gives no figure for that group."""

    security_forces: int | None = None
    civilians: int | None = None
    militants: int | None = None
    unspecified: int | None = None

    def as_dict(self) -> dict[str, int] | None:
        d = {k: getattr(self, k) for k in VICTIM_GROUPS if getattr(self, k) is not None}
        return d or None

    def total(self) -> int | None:
        vals = [getattr(self, k) for k in VICTIM_GROUPS if getattr(self, k) is not None]
        return sum(vals) if vals else None


@dataclass(slots=True)
class Evidence:
    """A sentence an extracted value was read from, with its span in the document text."""

    text: str
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Event:
    """One event per the GUIDE: one type, one place, one day."""

    type: str
    date: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    perpetrator: str | None = None
    claimed_by: str | None = None
    target: str | None = None
    tactic: str | None = None
    killed: Casualties = field(default_factory=Casualties)
    injured: int | None = None
    abducted: int | None = None
    arrested: int | None = None
    crossing: str | None = None
    status: str | None = None
    action: str | None = None
    count: int | None = None
    until: str | None = None
    parties: list[str] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    doc_id: str | None = None
    incident: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The GUIDE's output shape (plus lat/lon/precision and incident when known)."""
        d: dict[str, Any] = {
            "type": self.type, "date": self.date, "country": self.country, "admin1": self.admin1,
            "admin2": self.admin2, "place": self.place, "perpetrator": self.perpetrator,
            "claimed_by": self.claimed_by, "target": self.target, "tactic": self.tactic,
            "killed": self.killed.as_dict(), "injured": self.injured, "abducted": self.abducted,
            "arrested": self.arrested, "crossing": self.crossing, "status": self.status,
            "action": self.action, "count": self.count, "until": self.until,
            "parties": sorted(self.parties) if self.parties else None,
            "lat": self.lat, "lon": self.lon, "geo_precision": self.geo_precision,
            "evidence": [e.text for e in self.evidence],
        }
        if self.incident is not None:
            d["incident"] = self.incident
        return d


@dataclass(slots=True)
class Claim:
    """A statistical statement about a period/region (GUIDE 'Claims')."""

    metric: str
    value: float
    unit: str = "count"  # count | percent
    direction: str | None = None  # increase | decrease | None
    period_start: str | None = None
    period_end: str | None = None
    region: str | None = None
    source: str | None = None
    evidence: Evidence | None = None
    low: float | None = None  # when the text gives a range
    high: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric, "value": self.value, "unit": self.unit, "direction": self.direction,
            "period_start": self.period_start, "period_end": self.period_end, "region": self.region,
            "source": self.source, "evidence": self.evidence.text if self.evidence else None,
            **({"low": self.low, "high": self.high} if self.low is not None or self.high is not None else {}),
        }


@dataclass(slots=True)
class Quote:
    """Direct speech with its speaker (fullest name the article gives, or a body like ISPR)."""

    speaker: str | None
    text: str
    evidence: Evidence | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text}


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    doc_id: str
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "events": [e.as_dict() for e in self.events],
            "claims": [c.as_dict() for c in self.claims],
            "quotes": [q.as_dict() for q in self.quotes],
        }


@dataclass(slots=True)
class Incident:
    """Events from one or more reports resolved to one real-world incident."""

    id: str
    type: str
    date: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    members: list[Event] = field(default_factory=list)
    best: dict[str, int] | None = None  # killed by group, best estimate
    low: int | None = None
    high: int | None = None
    conservative: int | None = None
