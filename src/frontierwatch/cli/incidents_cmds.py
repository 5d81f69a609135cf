"""`frontierwatch incidents list|show|resolve`: parse, call frontierwatch.incidents, print."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import typer
from rich.console import Console

from ..errors import FrontierwatchError
from ..store import Store, open_store

EXIT_ERROR = 2
DbOption = typer.Option(None, "--db", help="DuckDB file (default: $FRONTIERWATCH_DB or ./frontierwatch.duckdb).")
AsOfOption = typer.Option(None, "--as-of", help="Show only what was known by then: YYYY-MM-DD (end of that day, UTC) "
                                               "or an ISO timestamp.")


@contextmanager
def _opened(db: str | None, *, read_only: bool) -> Iterator[Store]:
    try:
        store = open_store(db, read_only=read_only)
    except FrontierwatchError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    try:
        yield store
    except FrontierwatchError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    finally:
        store.close()


def _killed(d: dict[str, int] | None) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items()) if d else "-"


def _num(v: int | None) -> str:
    return "-" if v is None else str(v)


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def _view_dict(view: Any, with_reports: bool) -> dict[str, Any]:
    inc, fig = view.incident, view.figures
    d: dict[str, Any] = {"id": inc.id, "type": inc.type, "date": inc.date, "country": inc.country,
                         "admin1": inc.admin1, "admin2": inc.admin2, "created_at": _jsonable(view.created_at),
                         "killed_best": fig.best, "killed_best_total": fig.best_total, "killed_low": fig.low,
                         "killed_high": fig.high, "killed_conservative": fig.conservative,
                         "injured_best": fig.injured_best, "reports": fig.reports, "sources": fig.sources}
    if with_reports:
        d["source_events"] = [{"event_id": r.key, "outlet": r.outlet, "published": _jsonable(r.published),
                               "known_at": r.known_at, **r.event.as_dict()} for r in view.reports]
    return d


def register(app: typer.Typer) -> None:
    """Add the `incidents` group to the main app."""
    sub = typer.Typer(help="Incidents: reports of one event merged across sources.", no_args_is_help=True)
    app.add_typer(sub, name="incidents")

    @sub.command("resolve")
    def resolve(db: str = DbOption) -> None:
        """Link stored events not yet in an incident (the pipeline does this after each ingest)."""
        from ..incidents import resolve_store

        with _opened(db, read_only=False) as store:
            r = resolve_store(store)
        typer.echo(f"{r.new_events} new events: {len(r.created)} incidents created, {r.linked} links, "
                   f"{len(r.absorbed)} merged, {r.doc_links} near-duplicate document pairs")

    @sub.command("list")
    def list_(db: str = DbOption, as_of: str = AsOfOption,
              type_: str = typer.Option(None, "--type", help="Only this event type (attack, border_crossing, ...)."),
              admin1: str = typer.Option(None, "--admin1", help="Only this province."),
              limit: int = typer.Option(50, "--limit", min=1, help="At most this many (newest first)."),
              as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table.")) -> None:
        """Incidents with their own figures (best, low-high, conservative) and number of reports."""
        from ..incidents import incidents_as_of

        with _opened(db, read_only=True) as store:
            views = incidents_as_of(store, as_of, type=type_, admin1=admin1, limit=limit)
        if as_json:
            for v in views:
                typer.echo(json.dumps(_view_dict(v, False), ensure_ascii=False))
            return
        # killed: best total (breakdown), low-high across sources, conservative; n: source reports
        typer.echo(f"{'id':<14}  {'date':<10}  {'type':<18}  {'place':<18}  {'killed':>6}  {'low-high':>9}  "
                   f"{'cons':>4}  {'n':>2}  breakdown")
        for v in views:
            i, f = v.incident, v.figures
            place = (i.admin2 or i.admin1 or i.country or "?")[:18]
            rng = "-" if f.low is None else f"{f.low}-{f.high}"
            typer.echo(f"{i.id:<14}  {i.date or '?':<10}  {i.type:<18}  {place:<18}  {_num(f.best_total):>6}  "
                       f"{rng:>9}  {_num(f.conservative):>4}  {f.reports:>2}  {_killed(f.best)}")

    @sub.command("show")
    def show(incident_id: str = typer.Argument(..., help="Incident id (inc-...); absorbed ids are followed."),
             db: str = DbOption, as_of: str = AsOfOption,
             as_json: bool = typer.Option(False, "--json", help="JSON instead of text.")) -> None:
        """One incident: its figures and every source report with figures, outlet, date and sentences."""
        from ..incidents import get_incident

        with _opened(db, read_only=True) as store:
            view = get_incident(store, incident_id, as_of)
        if view is None:
            typer.echo(f"error: no incident {incident_id}{' as of ' + as_of if as_of else ''}", err=True)
            raise typer.Exit(1)
        if as_json:
            typer.echo(json.dumps(_view_dict(view, True), ensure_ascii=False, indent=1))
            return
        i, f = view.incident, view.figures
        out = Console(highlight=False)
        if i.id != incident_id:
            out.print(f"{incident_id} was merged into {i.id}")
        out.print(f"[bold]{i.id}[/bold]  {i.type}  {i.date or 'date unknown'}  "
                  f"{', '.join(x for x in (i.admin2, i.admin1, i.country) if x) or 'place unknown'}")
        out.print(f"killed: best {_killed(f.best)} (from {f.best_source or '-'}), low {_num(f.low)}, "
                  f"high {_num(f.high)}, conservative {_num(f.conservative)}; injured best {_num(f.injured_best)}")
        for r in view.reports:
            e = r.event
            out.print(f"\n- {r.key}  {r.outlet or '?'}  published {r.published or '?'}  known {r.known_at or '?'}",
                      markup=False)
            out.print(f"  {e.date or 'undated'}  {e.place or e.admin2 or e.admin1 or ''}  killed {_killed(e.killed.as_dict())}"
                      f"  injured {_num(e.injured)}", markup=False)
            for ev in e.evidence:
                out.print(f"  > {ev.text}", markup=False)
