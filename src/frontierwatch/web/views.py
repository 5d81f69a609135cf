"""Dashboard pages: server-rendered from the same Service calls as the JSON API.

Every figure shown comes from an analytics result (a brief, stats, an incident); the views only
choose links and lay out charts. A figure links to the incidents behind it: their ids when the
analytics result lists them all, else the filter that selects them.
"""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..api.routes import INCIDENT_SORTS, IncidentFilters, Svc
from ..api.schemas import MAX_ARTICLE_CHARS
from ..errors import QueryError
from . import charts, mapsvg

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
MAX_ID_LINK = 200  # longer id lists link to the equivalent filter instead


def incidents_href(ids: list[str] | None = None, **filters: Any) -> str:
    """/incidents URL for an id list or filters (None/empty values dropped)."""
    params = {k: v for k, v in filters.items() if v not in (None, "")}
    if ids:
        params["ids"] = ",".join(ids)
    return "/incidents" + ("?" + urlencode(params) if params else "")


def figure_href(fig: dict[str, Any] | None, **fallback: Any) -> str | None:
    """Where a figure's number links: its incident ids, or the filter when the ids are capped."""
    if not fig:
        return None
    ids = fig.get("incident_ids") or []
    if ids and not fig.get("truncated") and len(ids) <= MAX_ID_LINK:
        return incidents_href(ids)
    if fig.get("value") or fig.get("n_incidents") or fig.get("count"):
        return incidents_href(**fallback)
    return None


def share_href(share: dict[str, Any], **fallback: Any) -> str:
    ids = share.get("incident_ids") or []
    return incidents_href(ids) if ids and len(ids) <= MAX_ID_LINK else incidents_href(**fallback)


def setup_templates(templates: Jinja2Templates) -> None:
    """Register the helpers the templates use."""
    env = templates.env
    env.globals.update(incidents_href=incidents_href, figure_href=figure_href, share_href=share_href,
                       MAX_ARTICLE_CHARS=MAX_ARTICLE_CHARS)
    env.filters["pathq"] = lambda s: quote(str(s), safe="")
    env.filters["num"] = _num
    env.filters["label"] = lambda s: str(s).replace("_", " ") if s is not None else ""


def _num(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.1f}" if not v.is_integer() else f"{int(v):,}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def _render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, ctx)


@router.get("/")
def overview(request: Request, svc: Svc,
             week: Annotated[str | None, Query(max_length=10)] = None,
             week_start: Annotated[str, Query(max_length=9)] = "monday",
             region: Annotated[str | None, Query(max_length=80)] = None) -> HTMLResponse:
    period = svc.period(week=week, week_start=week_start) if week else svc.default_week(week_start)
    b = svc.brief(period, region=region).to_dict()
    p, prev = b["period"], b["previous_period"]
    cur_f = {"date_from": p["start"], "date_to": p["end"], "region": region}
    filt = {"from": p["start"], "to": p["end"], "region": region}
    prev_filt = {"from": prev["start"], "to": prev["end"], "region": region}
    series = b["series"]["points"]
    unit = b["series"]["unit"]
    trend = charts.columns(
        charts.as_points(series, "attacks", lambda pt: incidents_href(type="attack", **{"from": pt["start"]},
                                                                      to=_bucket_end(pt["start"], unit),
                                                                      region=region)),
        "attacks per " + b["series"]["unit"],
        line=[(pt.get("deaths") or {}).get("value") for pt in series])
    targets = charts.hbars([(s["key"], s["count"], share_href(s, type="attack", target=s["key"], **filt))
                            for s in b["targets"][:8]], "targets")
    tactics = charts.hbars([(s["key"], s["count"], share_href(s, type="attack", tactic=s["key"], **filt))
                            for s in b["tactics"][:8]], "tactics")
    counts = {s["key"].lower(): (s["count"], share_href(s, type="attack", admin2=s["key"], **filt))
              for s in b["hotspots"]["districts"]}
    shapes, matched = mapsvg.choropleth(counts)
    hot = []
    for s in b["hotspots"]["districts"]:
        if s["key"].lower() not in matched:
            lat, lon = mapsvg.place_coords(s["key"])
            hot.append((s["key"], s["count"], counts[s["key"].lower()][1], lat, lon))
    latest = svc.incidents({"date_to": p["end"], "region": region}, "-date", 1, 10)
    return _render(request, "overview.html", b=b, filt=filt, prev_filt=prev_filt, cur_f=cur_f, trend=trend,
                   targets=targets, tactics=tactics, outlines=mapsvg.outlines(), map_credits=mapsvg.attributions(), shapes=shapes, dots=mapsvg.dots(hot),
                   map_w=mapsvg.WIDTH, map_h=mapsvg.HEIGHT, latest=latest["items"], region=region,
                   week=p["start"], week_start=week_start, label_every=charts.label_every(len(series)))


def _bucket_end(start: str, unit: str) -> str:
    """Last day of a trend bucket (a week, or the calendar month) starting on `start`."""
    import calendar
    from datetime import date

    if unit != "month":
        return _add_days(start, 6)
    d = date.fromisoformat(start)
    return d.replace(day=calendar.monthrange(d.year, d.month)[1]).isoformat()


def _add_days(iso: str, n: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=n)).isoformat()


@router.get("/incidents")
def incidents(request: Request, svc: Svc, f: Annotated[IncidentFilters, Depends()],
              ids: Annotated[str | None, Query(max_length=MAX_ID_LINK * 64)] = None,
              sort: Annotated[str, Query()] = "-date",
              page: Annotated[int, Query(ge=1, le=100_000)] = 1,
              per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> HTMLResponse:
    if sort not in INCIDENT_SORTS:
        raise QueryError(f"sort: {sort!r} is not one of {', '.join(INCIDENT_SORTS)}")
    id_list = [i.strip() for i in ids.split(",") if i.strip()] if ids else None
    res = svc.incidents(f.filters(), sort, page, per_page, ids=id_list)
    params = {("from" if k == "date_from" else "to" if k == "date_to" else k): v for k, v in f.filters().items()}
    if ids:
        params["ids"] = ids
    pages = max(1, -(-res["total"] // per_page))
    base = {**params, "sort": sort, "per_page": per_page}
    nav = {"prev": "/incidents?" + urlencode({**base, "page": page - 1}) if page > 1 else None,
           "next": "/incidents?" + urlencode({**base, "page": page + 1}) if page < pages else None}
    api = "/api/incidents?" + urlencode({**base, "page": page}) if not ids else None
    export = urlencode(params) if not ids else ""
    return _render(request, "incidents.html", res=res, f=params, sort=sort, sorts=INCIDENT_SORTS, page=page,
                   pages=pages, nav=nav, api=api, export=export, ids=id_list)


@router.get("/incidents/{incident_id}")
def incident(request: Request, svc: Svc, incident_id: str) -> HTMLResponse:
    inc = svc.incident(incident_id)
    if inc is None:
        raise HTTPException(404, f"incident {incident_id!r} not found")
    return _render(request, "incident.html", inc=inc)


@router.get("/documents/{doc_id}")
def document(request: Request, svc: Svc, doc_id: str) -> HTMLResponse:
    doc = svc.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"document {doc_id!r} not found")
    return _render(request, "document.html", doc=doc, parts=highlight(doc["text"], doc["events"]))


def highlight(text: str, events: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """Split `text` into (chunk, event_id or None) so evidence spans can be marked."""
    spans = sorted({(e2["start_char"], e2["end_char"], e["id"]) for e in events for e2 in e.get("evidence", [])
                    if e2.get("start_char") is not None and 0 <= e2["start_char"] < e2["end_char"] <= len(text)})
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, eid in spans:
        if start < pos:  # overlapping spans (one sentence, two events): mark once
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], eid))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


@router.get("/crossings")
def crossings(request: Request, svc: Svc) -> HTMLResponse:
    data = svc.crossings()
    spans = [s for v in (data.values() if isinstance(data, dict) else []) for s in v]
    days = [d for s in spans for d in (s.get("closed_on"), s.get("reopened_on")) if d]
    lo, hi = (min(days), max(days)) if days else (None, None)
    return _render(request, "crossings.html", data=data, lo=lo, hi=hi, rows=_timeline(data, lo, hi))


def _timeline(data: Any, lo: str | None, hi: str | None) -> list[dict[str, Any]]:
    """Bars for each crossing's closed spans on a shared day axis (x in 0..100 %)."""
    from datetime import date

    if not lo or not hi or not isinstance(data, dict):
        return []
    d0, d1 = date.fromisoformat(lo), date.fromisoformat(hi)
    total = max(1, (d1 - d0).days + 1)
    rows = []
    for name, spans in sorted(data.items()):
        bars = []
        for s in spans:
            a = date.fromisoformat(s.get("closed_on") or s.get("reopened_on"))
            b = date.fromisoformat(s["reopened_on"]) if s.get("reopened_on") else d1
            bars.append({**s, "x": 100 * (a - d0).days / total, "w": max(0.8, 100 * ((b - a).days + 1) / total)})
        rows.append({"name": name, "bars": bars})
    return rows


@router.get("/relations")
def relations(request: Request, svc: Svc) -> HTMLResponse:
    weeks = svc.relations()
    pts = []
    for w in weeks:
        ids = sorted({i for c in (w.get("components") or {}).values() for i in c.get("incident_ids", [])})
        w["incident_ids"] = ids
        w["href"] = incidents_href(ids) if ids and len(ids) <= MAX_ID_LINK else \
            incidents_href(**{"from": w["week_start"], "to": _add_days(w["week_start"], 6)})
        pts.append((w["week_start"], float(w.get("index") or 0), w["href"] if ids else None))
    chart = charts.signed_columns(pts, "relations index per week", width=1000, height=260)
    components = sorted({k for w in weeks for k in (w.get("components") or {})})
    return _render(request, "relations.html", weeks=weeks, chart=chart, components=components,
                   label_every=charts.label_every(len(pts)))


@router.get("/check")
def check_form(request: Request) -> HTMLResponse:
    return _render(request, "check.html", result=None, text="", published="")


@router.post("/check")
def check_submit(request: Request, svc: Svc,
                 text: Annotated[str, Form(min_length=1, max_length=MAX_ARTICLE_CHARS)],
                 published: Annotated[str, Form(max_length=10)] = "") -> HTMLResponse:
    result = svc.check(text, published or None)
    return _render(request, "check.html", result=result, text=text, published=published)
