"""Reporting periods: week (any start weekday), month, quarter, year or a custom range.

A period is inclusive of both ends. `previous()` is the period just before: the previous
calendar month/quarter/year for those kinds, otherwise the same number of days.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import QueryError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range with its kind (week, month, quarter, year, range) and a label."""

    start: date
    end: date
    kind: str = "range"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.kind == "month":
            return self.start.strftime("%B %Y")
        if self.kind == "quarter":
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "week":
            return f"week {self.start.isoformat()} to {self.end.isoformat()} ({self.start.strftime('%A')}-{self.end.strftime('%A')})"
        return f"{self.start.isoformat()} to {self.end.isoformat()}"

    def previous(self) -> "Period":
        """The period immediately before, of the same kind."""
        if self.kind == "month":
            return month_period(_add_months(self.start, -1))
        if self.kind == "quarter":
            return quarter_period(_add_months(self.start, -3))
        if self.kind == "year":
            return year_period(self.start.year - 1)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1), self.kind)

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "kind": self.kind, "label": self.label}


def weekday_index(name: str | int) -> int:
    """Monday=0 ... Sunday=6, from a weekday name or prefix ("fri", "Friday") or an int."""
    if isinstance(name, int):
        if 0 <= name <= 6:
            return name
        raise QueryError(f"week start: {name} is not 0-6")
    key = name.strip().lower()
    for i, day in enumerate(WEEKDAYS):
        if len(key) >= 2 and day.startswith(key):
            return i
    raise QueryError(f"week start: {name!r} is not a weekday name")


def week_start_of(d: date, week_start: str | int = "monday") -> date:
    """The first day of the week containing `d`."""
    return d - timedelta(days=(d.weekday() - weekday_index(week_start)) % 7)


def week_period(d: date | str, week_start: str | int = "monday") -> Period:
    """The 7-day week containing `d`, starting on `week_start`."""
    start = week_start_of(parse_date(d), week_start)
    return Period(start, start + timedelta(days=6), "week")


def month_period(d: date | str) -> Period:
    """A calendar month from a date or "YYYY-MM"."""
    if isinstance(d, str):
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", d.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise QueryError(f"month: {d!r} is not YYYY-MM")
        d = date(int(m.group(1)), int(m.group(2)), 1)
    last = calendar.monthrange(d.year, d.month)[1]
    return Period(date(d.year, d.month, 1), date(d.year, d.month, last), "month")


def quarter_period(q: date | str) -> Period:
    """A calendar quarter from a date or "YYYYQn"."""
    if isinstance(q, str):
        m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", q.strip())
        if not m:
            raise QueryError(f"quarter: {q!r} is not YYYYQn (e.g. 2024Q1)")
        q = date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
    first = date(q.year, 3 * ((q.month - 1) // 3) + 1, 1)
    last_month = _add_months(first, 2)
    return Period(first, date(last_month.year, last_month.month, calendar.monthrange(last_month.year, last_month.month)[1]), "quarter")


def year_period(y: int | str) -> Period:
    """A calendar year."""
    try:
        year = int(y)
    except (TypeError, ValueError) as exc:
        raise QueryError(f"year: {y!r} is not a year") from exc
    if not 1900 <= year <= 2200:
        raise QueryError(f"year: {year} out of range")
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def range_period(start: date | str, end: date | str) -> Period:
    """A custom inclusive range; start must not be after end."""
    s, e = parse_date(start), parse_date(end)
    if s > e:
        raise QueryError(f"period: from {s} is after to {e}")
    return Period(s, e, "range")


def parse_period(*, week: str | None = None, week_start: str = "monday", month: str | None = None,
                 quarter: str | None = None, year: str | int | None = None,
                 date_from: str | None = None, date_to: str | None = None) -> Period:
    """Build a Period from CLI-style options; exactly one way of naming it must be given."""
    given = [n for n, v in (("week", week), ("month", month), ("quarter", quarter), ("year", year),
                            ("from/to", date_from or date_to)) if v]
    if len(given) != 1:
        raise QueryError("period: give exactly one of --week, --month, --quarter, --year, --from/--to"
                         + (f" (got {', '.join(given)})" if given else ""))
    if week:
        return week_period(week, week_start)
    if month:
        return month_period(month)
    if quarter:
        return quarter_period(quarter)
    if year:
        return year_period(year)
    if not (date_from and date_to):
        raise QueryError("period: --from and --to go together")
    return range_period(date_from, date_to)


def parse_date(d: date | str) -> date:
    """A date from a date or an ISO string, with a clear error."""
    if isinstance(d, date):
        return d
    try:
        return date.fromisoformat(str(d).strip()[:10])
    except ValueError as exc:
        raise QueryError(f"date: {d!r} is not YYYY-MM-DD") from exc


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)
