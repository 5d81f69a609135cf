"""The one place the API and the dashboard get data from, so the JSON and the pages never disagree.

Figures come from `frontierwatch.analytics` (stats, incidents, briefs, crossings, relations, claim
checks); record lookups (documents, raw event rows, evidence spans) from `api.queries`. Results
are cached per snapshot generation: a snapshot never changes, so a cached answer is exact until
the next ingest swaps in a new one.
"""
from __future__ import annotations

import importlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from typing import Any

from ..errors import QueryError
from . import queries
from .snapshot import Snapshot

_ANALYTICS_MODULES = ("frontierwatch.analytics", "frontierwatch.analytics.queries", "frontierwatch.analytics.brief",
                      "frontierwatch.analytics.crossings", "frontierwatch.analytics.relations",
                      "frontierwatch.analytics.check", "frontierwatch.analytics.claims",
                      "frontierwatch.analytics.periods")


log = logging.getLogger("frontierwatch.api")


class FeatureUnavailable(QueryError):
    """An analytics function this route needs is not installed."""


def analytics(name: str) -> Callable[..., Any]:
    """The analytics function `name`, wherever the analytics package defines it."""
    for mod_name in _ANALYTICS_MODULES:
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    raise FeatureUnavailable(f"analytics function {name!r} is not available in this installation")


class _LRU:
    """A small thread-safe LRU cache."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._d: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            if key in self._d:
                self._d.move_to_end(key)
                return True, self._d[key]
        return False, None

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._d[key] = value
            self._d.move_to_end(key)
            while len(self._d) > self.size:
                self._d.popitem(last=False)


def _freeze(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value if isinstance(value, Hashable) else repr(value)


class Service:
    """Read functions over the current snapshot; each result cached per snapshot generation."""

    def __init__(self, snapshot: Snapshot, cache_size: int = 512) -> None:
        self.snapshot = snapshot
        self._cache = _LRU(cache_size)

    def _run(self, key: tuple[Any, ...], fn: Callable[[Any], Any], cache: bool = True, shared: bool = True) -> Any:
        """fn(connection), cached per generation; `shared`: on the snapshot's one analytics cursor."""
        gen = self.snapshot.generation
        ck = (gen, _freeze(key))
        if cache:
            hit, value = self._cache.get(ck)
            if hit:
                return value
        with (self.snapshot.shared() if shared else self.snapshot.cursor()) as cur:
            value = fn(cur)
        if cache and self.snapshot.generation == gen:
            self._cache.put(ck, value)
        return value

    def prewarm(self) -> None:
        """Compute what the overview and the first pages need, so the first visitor does not wait."""
        try:
            period = self.default_week()
            self.brief(period)
            self.incidents({"date_to": period.end.isoformat()}, "-date", 1, 10)
            self.incidents({}, "-date", 1, 50)
            self.crossings()
            self.relations()
        except Exception as exc:  # prewarming is an optimisation: never let it take anything down
            log.warning("prewarm failed: %s", exc)

    def peek(self, key: tuple[Any, ...]) -> Any:
        """A derived value cached for this generation by `cached`, or None."""
        return self._cache.get((self.snapshot.generation, _freeze(("derived", *key))))[1]

    def cached(self, key: tuple[Any, ...], fn: Callable[[], Any]) -> Any:
        """Cache a derived value (e.g. serialised bytes) for this generation."""
        ck = (self.snapshot.generation, _freeze(("derived", *key)))
        hit, value = self._cache.get(ck)
        if hit:
            return value
        value = fn()
        self._cache.put(ck, value)
        return value

    # -- periods -----------------------------------------------------------------------------
    @staticmethod
    def period(week: str | None = None, week_start: str = "monday", month: str | None = None,
               quarter: str | None = None, year: str | None = None, date_from: str | None = None,
               date_to: str | None = None) -> Any:
        """A Period from the brief's options, or None when none is given."""
        if not any((week, month, quarter, year, date_from, date_to)):
            return None
        parse = analytics("parse_period")
        return parse(week=week, week_start=week_start, month=month, quarter=quarter, year=year,
                     date_from=date_from, date_to=date_to)

    # -- figures (analytics) --------------------------------------------------------------------
    def stats(self, period: Any, by: str, metric: str, region: str | None) -> list[dict[str, Any]]:
        fn = analytics("stats")
        key = ("stats", _period_key(period), by, metric, region)
        return self._run(key, lambda con: _jsonable(fn(con, period=period, by=by, metric=metric, region=region)))

    def incidents(self, filters: dict[str, Any], sort: str, page: int, per_page: int,
                  ids: list[str] | None = None) -> dict[str, Any]:
        """A page of incidents (filters may hold `q`, a text search; `ids` keeps only those incidents)."""
        clean = {k: v for k, v in filters.items() if v not in (None, "")}
        q = clean.pop("q", None)
        fn = analytics("list_incidents")
        key = ("incidents", clean, q, tuple(ids or ()), sort, page, per_page)
        return self._run(key, lambda con: _jsonable(fn(con, filters=clean, sort=sort, page=page, per_page=per_page,
                                                          q=q, ids=ids or None)))

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        fn = analytics("get_incident")

        def load(con: Any) -> dict[str, Any] | None:
            inc = fn(con, incident_id)
            if inc is None:
                return None
            inc = _jsonable(inc)
            # Evidence spans (a record lookup) let the pages highlight sentences in the documents.
            spans = queries.event_evidence(con, [r["id"] for r in inc.get("reports", [])])
            for r in inc.get("reports", []):
                r["evidence_spans"] = _jsonable(spans.get(r["id"], []))
            return inc

        return self._run(("incident", incident_id), load)

    def brief(self, period: Any, region: str | None = None, as_of: str | None = None) -> Any:
        fn = analytics("build_brief")
        return self._run(("brief", _period_key(period), region, as_of),
                         lambda con: fn(con, period, region=region, as_of=as_of))

    def default_week(self, week_start: str = "monday") -> Any:
        """The latest week with data (the busiest week is the fallback when the latest is empty)."""
        latest = self.latest_date()
        if latest is None:
            return analytics("week_period")(date.today(), week_start)
        return analytics("week_period")(latest, week_start)

    def latest_date(self) -> date | None:
        """Date of the most recent dated attack or operation report (a record lookup)."""
        return self._run(("latest_date",), lambda con: con.execute(
            "SELECT max(date) FROM events WHERE type IN ('attack', 'security_operation')").fetchone()[0], shared=False)

    def yearly_trend(self, region: str | None = None) -> list[dict[str, Any]]:
        fn = analytics("yearly_trend")
        return self._run(("yearly", region), lambda con: _jsonable(fn(con, region=region)))

    def crossings(self) -> Any:
        fn = analytics("crossings_timeline")
        return self._run(("crossings",), lambda con: _jsonable(fn(con)))

    def relations(self, period: Any = None) -> list[dict[str, Any]]:
        fn = analytics("relations_index")
        return self._run(("relations", _period_key(period)), lambda con: _jsonable(fn(con, period=period)))

    def check(self, text: str, published: str | None = None) -> dict[str, Any]:
        """Extract the article's claims, then let analytics check each against the database."""
        from ..extract import extract
        from ..clean import clean_document
        from ..records import Document

        fn = analytics("check_claims")
        doc = clean_document(Document(id="claim-check", text=text, raw_text=text, published=published))
        claims = extract(doc).claims

        def run(con: Any) -> dict[str, Any]:
            checks = fn(con, claims)
            return {"published": published, "n_claims": len(claims), "checks": _jsonable(checks)}

        return self._run(("check", text, published), run)

    # -- records (queries) --------------------------------------------------------------------
    def events(self, filters: dict[str, Any], sort: str, limit: int, offset: int) -> dict[str, Any]:
        return self._run(("events", filters, sort, limit, offset),
                         lambda con: _jsonable(queries.list_events(con, filters, sort, limit, offset)), shared=False)

    def coordinates(self, incident_ids: list[str]) -> dict[str, tuple[float, float, int | None]]:
        """(lat, lon, precision) per incident from its most precise member report."""
        fn = analytics("incident_coordinates")
        return self._run(("coords", tuple(incident_ids)), lambda con: fn(con, incident_ids),
                         cache=len(incident_ids) < 200, shared=False)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return self._run(("document", doc_id), lambda con: _jsonable(queries.get_document(con, doc_id)), shared=False)


def _period_key(period: Any) -> Any:
    if period is None:
        return None
    return (str(period.start), str(period.end), getattr(period, "kind", "range"))


def _jsonable(value: Any) -> Any:
    """Dates to ISO strings, dataclasses/objects with as_dict/to_dict to dicts, recursively."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    for attr in ("to_dict", "as_dict"):
        fn = getattr(value, attr, None)
        if callable(fn):
            return _jsonable(fn())
    if hasattr(value, "__dataclass_fields__"):
        return {k: _jsonable(getattr(value, k)) for k in value.__dataclass_fields__}
    return str(value)
