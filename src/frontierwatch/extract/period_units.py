"""The period a relative phrase ("during the quarter") names when another period is in force.

"September alone saw 83 attacks ... 96 operations during the quarter": the quarter is the one that
holds the month in force, not the month itself. A unit no larger than the period in force keeps it.
"""
from __future__ import annotations

import calendar
from datetime import date
from typing import Any

_HOLDS = {"quarter": ("month", "week", "day", "day_range"), "year": ("month", "week", "day", "day_range", "quarter", "half")}


def enclosing(current: Any, unit: str) -> tuple[date | None, date | None, str]:
    """(start, end, kind) of the `unit` ("quarter", "year") holding the period in force, or the period
    in force itself when the unit is not larger than it (or is not named)."""
    start = current.start
    if start is None or current.kind not in _HOLDS.get(unit, ()):
        return current.start, current.end, current.kind
    if unit == "year":
        return date(start.year, 1, 1), date(start.year, 12, 31), "year"
    first = 3 * ((start.month - 1) // 3) + 1
    last = first + 2
    return date(start.year, first, 1), date(start.year, last, calendar.monthrange(start.year, last)[1]), "quarter"
