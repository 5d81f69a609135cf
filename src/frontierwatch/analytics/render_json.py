"""Brief -> JSON-ready dict (the same content as Markdown and HTML)."""
from __future__ import annotations

from typing import Any


def brief_to_dict(b: Any) -> dict[str, Any]:
    """Every section of a Brief as plain JSON types."""
    return {
        "period": b.period.as_dict(), "previous_period": b.previous_period.as_dict(),
        "region": b.region, "as_of": b.as_of,
        "attacks": b.attacks.as_dict(), "deaths": b.deaths.as_dict(),
        "deaths_by_group": {k: v.as_dict() for k, v in b.deaths_by_group.items()},
        "injured": b.injured.as_dict(), "abducted": b.abducted.as_dict(), "lethality": b.lethality.as_dict(),
        "targets": [s.as_dict() for s in b.targets], "tactics": [s.as_dict() for s in b.tactics],
        "hotspots": {"provinces": [s.as_dict() for s in b.provinces], "districts": [s.as_dict() for s in b.districts],
                     "merged_districts": b.merged_districts.as_dict()},
        "perpetrators": {"claimed_by": [s.as_dict() for s in b.claimed_by],
                         "attributed_to": [s.as_dict() for s in b.attributed_to]},
        "operations": b.operations.as_dict(), "militants_killed": b.militants_killed.as_dict(),
        "militants_arrested": b.militants_arrested.as_dict(),
        "cross_border": [i.as_dict() for i in b.cross_border], "closures": [c.as_dict() for c in b.closures],
        "refugees": [i.as_dict() for i in b.refugees], "diplomacy": [i.as_dict() for i in b.diplomacy],
        "series": {"unit": b.series_unit, "points": [p.as_dict() for p in b.series]},
        "yearly": [p.as_dict() for p in b.yearly],
        "yearly_change": b.yearly_change.as_dict() if b.yearly_change else None,
        "coverage": b.coverage.as_dict(), "warnings": list(b.warnings),
    }
