"""The /api routes: thin wrappers that parse parameters and call the Service."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from ..errors import QueryError
from . import exports
from .schemas import CheckRequest, ErrorResponse
from .service import Service

router = APIRouter(prefix="/api", responses={400: {"model": ErrorResponse}, 404: {"model": ErrorResponse},
                                             422: {"model": ErrorResponse}, 503: {"model": ErrorResponse}})

INCIDENT_SORTS = ("-date", "date", "-deaths", "deaths", "id")


async def service(request: Request) -> Service:
    """The app's Service (one per app); async so resolving it never needs a thread."""
    return request.app.state.service


Svc = Annotated[Service, Depends(service)]


class IncidentFilters:
    """Incident filters shared by /api/incidents, the exports and the dashboard table."""

    def __init__(self,
                 type: Annotated[str | None, Query(description="event type, e.g. attack", max_length=40)] = None,
                 date_from: Annotated[str | None, Query(alias="from", description="first day, YYYY-MM-DD",
                                                        max_length=10)] = None,
                 date_to: Annotated[str | None, Query(alias="to", description="last day, YYYY-MM-DD",
                                                      max_length=10)] = None,
                 country: Annotated[str | None, Query(description="PK or AF", max_length=2)] = None,
                 admin1: Annotated[str | None, Query(description="province", max_length=80)] = None,
                 admin2: Annotated[str | None, Query(description="district", max_length=80)] = None,
                 region: Annotated[str | None, Query(description="country, province, district or group",
                                                     max_length=80)] = None,
                 perpetrator: Annotated[str | None, Query(description="group code, e.g. TTP", max_length=80)] = None,
                 tactic: Annotated[str | None, Query(description="e.g. suicide_bombing", max_length=40)] = None,
                 target: Annotated[str | None, Query(description="e.g. police", max_length=40)] = None,
                 q: Annotated[str | None, Query(description="text search in places, actors and evidence",
                                                max_length=200)] = None) -> None:
        self.values: dict[str, Any] = {
            "type": type, "date_from": date_from, "date_to": date_to, "country": country, "admin1": admin1,
            "admin2": admin2, "region": region, "perpetrator": perpetrator, "tactic": tactic, "target": target,
            "q": q,
        }

    def filters(self) -> dict[str, Any]:
        """The non-empty filters."""
        return {k: v.strip() for k, v in self.values.items() if v not in (None, "") and v.strip()}


class PeriodParams:
    """The brief's period options (one of week/month/quarter/year or a from/to range)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def period(self) -> Any:
        return Service.period(**self.values)


async def period_params(
        week: Annotated[str | None, Query(description="a day in the week, YYYY-MM-DD", max_length=10)] = None,
        week_start: Annotated[str, Query(description="first weekday of the week", max_length=9)] = "monday",
        month: Annotated[str | None, Query(description="YYYY-MM", max_length=7)] = None,
        quarter: Annotated[str | None, Query(description="e.g. 2024Q1", max_length=6)] = None,
        year: Annotated[str | None, Query(description="YYYY", max_length=4)] = None,
        date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
        date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None) -> PeriodParams:
    """The period query parameters (async, so resolving them never needs a thread)."""
    return PeriodParams({"week": week, "week_start": week_start, "month": month, "quarter": quarter, "year": year,
                         "date_from": date_from, "date_to": date_to})


Periods = Annotated[PeriodParams, Depends(period_params)]


@router.get("/incidents", summary="Incidents (deduplicated), filtered, sorted and paginated")
def list_incidents(svc: Svc, f: Annotated[IncidentFilters, Depends()],
                   sort: Annotated[str, Query(description="one of " + ", ".join(INCIDENT_SORTS))] = "-date",
                   page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                   per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    if sort not in INCIDENT_SORTS:
        raise QueryError(f"sort: {sort!r} is not one of {', '.join(INCIDENT_SORTS)}")
    return svc.incidents(f.filters(), sort, page, per_page)


@router.get("/incidents/{incident_id}", summary="One incident: every source's figures and evidence")
def get_incident(svc: Svc, incident_id: str) -> dict[str, Any]:
    inc = svc.incident(incident_id)
    if inc is None:
        raise_not_found(f"incident {incident_id!r} not found")
    for r in inc.get("reports", []):
        if r.get("doc_id"):
            r["document_url"] = f"/api/documents/{r['doc_id']}"
    return inc


@router.get("/events", summary="Raw event reports (one row per source report)")
def list_events(svc: Svc,
                type: Annotated[str | None, Query(max_length=40)] = None,
                date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
                date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
                country: Annotated[str | None, Query(max_length=2)] = None,
                admin1: Annotated[str | None, Query(max_length=80)] = None,
                admin2: Annotated[str | None, Query(max_length=80)] = None,
                perpetrator: Annotated[str | None, Query(max_length=80)] = None,
                tactic: Annotated[str | None, Query(max_length=40)] = None,
                target: Annotated[str | None, Query(max_length=40)] = None,
                source: Annotated[str | None, Query(max_length=120)] = None,
                doc_id: Annotated[str | None, Query(max_length=200)] = None,
                q: Annotated[str | None, Query(max_length=200)] = None,
                sort: Annotated[str, Query(max_length=20)] = "-date",
                limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict[str, Any]:
    filters = {"type": type, "date_from": date_from, "date_to": date_to, "country": country, "admin1": admin1,
               "admin2": admin2, "perpetrator": perpetrator, "tactic": tactic, "target": target,
               "source": source, "doc_id": doc_id, "q": q}
    return svc.events({k: v for k, v in filters.items() if v not in (None, "")}, sort, limit, offset)


@router.get("/documents/{doc_id}", summary="One document with its events, evidence spans, claims and quotes")
def get_document(svc: Svc, doc_id: str) -> dict[str, Any]:
    doc = svc.document(doc_id)
    if doc is None:
        raise_not_found(f"document {doc_id!r} not found")
    return doc


@router.get("/stats", summary="A metric aggregated by one dimension over a period")
async def stats(svc: Svc, p: Periods,
                by: Annotated[str, Query(description="type, year, month, week, country, admin1, admin2, target, "
                                                     "tactic, perpetrator, ...", max_length=20)] = "type",
                metric: Annotated[str, Query(description="attacks, deaths, operations, ...", max_length=40)] = "attacks",
                region: Annotated[str | None, Query(max_length=80)] = None) -> Response:
    # async on purpose: a cached answer (the common case) is served without a thread hop;
    # only a miss computes, in the threadpool.
    key = ("stats-json", by, metric, region, *p.values.values())
    body = svc.peek(key)
    if body is None:
        def render() -> bytes:
            period = p.period()
            rows = svc.stats(period, by, metric, region)
            doc = {"period": _period_dict(period), "by": by, "metric": metric, "region": region, "rows": rows}
            return svc.cached(key, lambda: JSONResponse(doc).body)

        body = await run_in_threadpool(render)
    return Response(body, media_type="application/json")


@router.get("/brief", summary="The brief for a period (same content as `frontierwatch brief`)")
def brief(svc: Svc, p: Periods,
          region: Annotated[str | None, Query(max_length=80)] = None,
          as_of: Annotated[str | None, Query(max_length=26)] = None,
          format: Annotated[str, Query(pattern="^(json|html|markdown)$")] = "json") -> Any:
    period = p.period() or svc.default_week(p.values["week_start"])
    b = svc.brief(period, region=region, as_of=as_of)
    if format == "html":
        return HTMLResponse(b.to_html())
    if format == "markdown":
        return PlainTextResponse(b.to_markdown(), media_type="text/markdown")
    return b.to_dict()


@router.get("/crossings", summary="Border crossings: closed periods from closure and reopening events")
def crossings(svc: Svc) -> Any:
    return svc.crossings()


@router.get("/relations", summary="Weekly Pakistan-Afghanistan relations index with its components")
def relations(svc: Svc, p: Periods) -> Any:
    return svc.relations(p.period())


@router.post("/check", summary="Check an article's statistical claims against the database")
def check(svc: Svc, req: Annotated[CheckRequest, Body()]) -> Any:
    return svc.check(req.text, req.published)


# format -> (renderer, media type, download file name or None)
_EXPORTS = {"csv": (exports.to_csv, "text/csv", "frontierwatch-incidents.csv"),
            "geojson": (exports.to_geojson, "application/geo+json", None),
            "parquet": (exports.to_parquet, "application/vnd.apache.parquet", "frontierwatch-incidents.parquet")}
Limit = Annotated[int, Query(ge=1, le=exports.MAX_ROWS)]


def _export(svc: Service, f: IncidentFilters, limit: int, fmt: str) -> Response:
    render, media, filename = _EXPORTS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'} if filename else None
    return Response(render(exports.collect(svc, f.filters(), limit)), media_type=media, headers=headers)


@router.get("/export.csv", summary="Incidents as ACLED-style CSV", response_class=PlainTextResponse)
def export_csv(svc: Svc, f: Annotated[IncidentFilters, Depends()], limit: Limit = exports.MAX_ROWS) -> Response:
    return _export(svc, f, limit, "csv")


@router.get("/export.geojson", summary="Incidents as GeoJSON points")
def export_geojson(svc: Svc, f: Annotated[IncidentFilters, Depends()], limit: Limit = exports.MAX_ROWS) -> Response:
    return _export(svc, f, limit, "geojson")


@router.get("/export.parquet", summary="Incidents as Parquet (ACLED-style columns)")
def export_parquet(svc: Svc, f: Annotated[IncidentFilters, Depends()], limit: Limit = exports.MAX_ROWS) -> Response:
    return _export(svc, f, limit, "parquet")


@router.get("/health", summary="Snapshot generation and freshness")
def health(svc: Svc) -> dict[str, Any]:
    snap = svc.snapshot
    return {"ok": snap.generation > 0, "generation": snap.generation, "last_refresh": snap.last_refresh,
            "note": snap.last_error}


def raise_not_found(message: str) -> None:
    from fastapi import HTTPException

    raise HTTPException(status_code=404, detail=message)


def _period_dict(period: Any) -> dict[str, Any] | None:
    if period is None:
        return None
    fn = getattr(period, "as_dict", None)
    return fn() if callable(fn) else {"start": str(period.start), "end": str(period.end)}
