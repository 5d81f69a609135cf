"""CLI for analytics: brief, stats, crossings, relations, check, import-events (thin: parse, call, print)."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import typer

from ..errors import FrontierwatchError

DbOption = typer.Option(None, "--db", help="DuckDB file (default: $FRONTIERWATCH_DB or ./frontierwatch.duckdb).")
AsOfOption = typer.Option(None, "--as-of", help="Use only data ingested/linked by then (YYYY-MM-DD or timestamp).")


def _friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn frontierwatch errors into a one-line message and exit code 2 (no traceback)."""
    @wraps(fn)
    def run(*a: Any, **kw: Any) -> Any:
        try:
            return fn(*a, **kw)
        except FrontierwatchError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=2) from None
    return run


def _open(db: str | None, write: bool = False) -> Any:
    from ..analytics.db import open_db
    from ..config import resolve_db_path

    return open_db(resolve_db_path(db), read_only=not write)


def _emit(text: str, out: Path | None) -> None:
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the main app."""

    @app.command()
    @_friendly
    def brief(
        db: str = DbOption,
        week: str = typer.Option(None, "--week", help="A day (YYYY-MM-DD): the week containing it."),
        week_start: str = typer.Option("monday", "--week-start", help="First day of a week (any weekday name)."),
        month: str = typer.Option(None, "--month", help="YYYY-MM"),
        quarter: str = typer.Option(None, "--quarter", help="YYYYQn, e.g. 2024Q1"),
        year: str = typer.Option(None, "--year", help="YYYY"),
        date_from: str = typer.Option(None, "--from", help="Start day of a custom period."),
        date_to: str = typer.Option(None, "--to", help="End day of a custom period (inclusive)."),
        busiest_week: bool = typer.Option(False, "--busiest-week", help="The week with the most attack incidents."),
        region: str = typer.Option(None, "--region", help='PK, AF, a province, a district or "merged districts".'),
        as_of: str = AsOfOption,
        fmt: str = typer.Option("md", "--format", help="md, html or json"),
        out: Path = typer.Option(None, "--out", help="Write to this file instead of stdout."),
    ) -> None:
        """A period brief: attacks, casualties, hotspots, operations, border and diplomacy, with sources."""
        from ..analytics import build_brief, busiest_week as find_busiest, parse_period
        from ..errors import QueryError

        if fmt not in ("md", "html", "json"):
            raise QueryError(f"--format: {fmt!r} is not md, html or json")
        con = _open(db)
        if busiest_week:
            period = find_busiest(con, week_start=week_start, region=region, as_of=as_of)
        else:
            period = parse_period(week=week, week_start=week_start, month=month, quarter=quarter, year=year,
                                  date_from=date_from, date_to=date_to)
        b = build_brief(con, period, region=region, as_of=as_of)
        text = {"md": b.to_markdown, "html": b.to_html,
                "json": lambda: json.dumps(b.to_dict(), ensure_ascii=False, indent=2)}[fmt]()
        _emit(text, out)

    @app.command()
    @_friendly
    def stats(
        db: str = DbOption,
        by: str = typer.Option("type", "--by", help="type, year, month, week, admin1, admin2, target, tactic, ..."),
        metric: str = typer.Option("attacks", "--metric", help="attacks, deaths, operations, militants_killed, ..."),
        year: str = typer.Option(None, "--year"), month: str = typer.Option(None, "--month"),
        date_from: str = typer.Option(None, "--from"), date_to: str = typer.Option(None, "--to"),
        region: str = typer.Option(None, "--region"), as_of: str = AsOfOption,
        fmt: str = typer.Option("text", "--format", help="text or json"),
    ) -> None:
        """A metric grouped by one dimension (incidents, not reports)."""
        from ..analytics import parse_period, stats as run_stats

        period = (parse_period(year=year, month=month, date_from=date_from, date_to=date_to)
                  if (year or month or date_from or date_to) else None)
        rows = run_stats(_open(db), period, by=by, metric=metric, region=region, as_of=as_of)
        if fmt == "json":
            _emit(json.dumps(rows, ensure_ascii=False, indent=2, default=str), None)
            return
        for r in rows:
            typer.echo(f"{str(r['key']):<30} {r['value']:>8}   ({r['n_incidents']} incidents)")

    @app.command()
    @_friendly
    def crossings(db: str = DbOption, as_of: str = AsOfOption,
                  fmt: str = typer.Option("text", "--format", help="text or json")) -> None:
        """Each border crossing's closed periods, with open-ended closures and gaps flagged."""
        from ..analytics import crossings_timeline

        tl = crossings_timeline(_open(db), as_of=as_of)
        if fmt == "json":
            _emit(json.dumps({k: [s.as_dict() for s in v] for k, v in tl.items()}, indent=2), None)
            return
        if not tl:
            typer.echo("no crossing closures or reopenings in the database")
        for name, spans in tl.items():
            typer.echo(name)
            for s in spans:
                dur = "unknown length" if s.days is None else (f">= {s.days} days" if s.open_ended else f"{s.days} days")
                flags = f"  [{'; '.join(s.flags)}]" if s.flags else ""
                part = " (partial reopening)" if s.partial_reopening else ""
                end = s.reopened_on or ("not reopened" if s.open_ended else "reopening not reported")
                typer.echo(f"  closed {s.closed_on or '?'} -> {end}{part}: {dur}{flags}"
                           f"  incidents: {', '.join(s.incident_ids)}")

    @app.command()
    @_friendly
    def relations(db: str = DbOption, date_from: str = typer.Option(None, "--from"),
                  date_to: str = typer.Option(None, "--to"), week_start: str = typer.Option("monday", "--week-start"),
                  as_of: str = AsOfOption, fmt: str = typer.Option("text", "--format", help="text or json")) -> None:
        """Weekly Pakistan-Afghanistan relations index (-10 hostile .. +10 cooperative) with components."""
        from ..analytics import range_period, relations_index

        period = range_period(date_from, date_to) if date_from and date_to else None
        weeks = relations_index(_open(db), period=period, as_of=as_of, week_start=week_start)
        if fmt == "json":
            _emit(json.dumps([w.as_dict() for w in weeks], indent=2), None)
            return
        if not weeks:
            typer.echo("no cross-border, crossing, refugee or diplomacy incidents in the database")
        for w in weeks:
            if not w.count:
                continue
            comps = ", ".join(f"{k} {c.count}x ({c.weight:+g})" for k, c in w.components.items() if c.count)
            typer.echo(f"{w.week_start}  index {w.index:+6.2f}  sum {w.total_weight:+7.1f}  n={w.count}  {comps}")

    @app.command()
    @_friendly
    def check(
        article: Path = typer.Argument(None, help="An article file (JSON document, HTML or text)."),
        stored: bool = typer.Option(False, "--stored", help="Check the claims stored in the database instead."),
        source: str = typer.Option(None, "--source", help="With --stored: only this source's claims (e.g. PICSS)."),
        db: str = DbOption,
        published: str = typer.Option(None, "--published", help="Publication date when the file has none."),
        as_of: str = AsOfOption,
        store_claims: bool = typer.Option(False, "--store-claims", help="Save the article's claims in the database."),
        fmt: str = typer.Option("text", "--format", help="text or json"),
    ) -> None:
        """Check an article's statistical claims against the database: supported / contradicted / not enough data."""
        from ..analytics import check_claims, store_claims as save
        from ..clean import clean_document
        from ..errors import InputError
        from ..extract import extract
        from ..ingest import iter_documents

        from ..analytics.check import stored_claims

        if stored == bool(article):
            raise InputError(str(article or "-"), "give an ARTICLE file or --stored, not both or neither")
        claims = []
        if article:
            if not article.exists():
                raise InputError(str(article), "file not found")
            docs = list(iter_documents([str(article)], published=published))
            if not docs:
                raise InputError(str(article), "no document found")
            for d in docs:
                if isinstance(d, InputError):
                    raise d
                claims += extract(clean_document(d)).claims
        con = _open(db, write=store_claims)
        if stored:
            claims = stored_claims(con, source=source, as_of=as_of)
        results = check_claims(con, claims, as_of=as_of)
        if store_claims:
            typer.echo(f"stored {save(con, claims)} new claims", err=True)
        if fmt == "json":
            _emit(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2), None)
            return
        if not results:
            typer.echo("no statistical claims found in the article")
        for n, r in enumerate(results, 1):
            c = r.claim
            unit = "%" if c.unit == "percent" else ""
            typer.echo(f"{n}. {c.metric} {c.direction or ''} {c.value:g}{unit} "
                       f"[{c.period_start}..{c.period_end}, {c.region or 'any region'}"
                       f"{', source ' + c.source if c.source else ''}]")
            comp = "n/a" if r.computed is None else f"{r.computed:g}{unit}"
            typer.echo(f"   verdict: {r.verdict.upper()}  claimed {r.claimed:g}{unit}, database {comp}, "
                       f"tolerance {r.tolerance}")
            if r.note:
                typer.echo(f"   note: {r.note}")
            ids = r.incident_ids
            if ids:
                more = f" (+{sum(f.n_incidents for f in r.figures) - len(ids)} more)" if any(f.truncated for f in r.figures) else ""
                typer.echo(f"   incidents: {', '.join(ids[:30])}{' …' if len(ids) > 30 else ''}{more}")

    @app.command("import-events")
    @_friendly
    def import_events_cmd(
        csv_path: Path = typer.Argument(..., help="CSV file of events."),
        db: str = DbOption,
        mapping: Path = typer.Option(None, "--mapping", help="YAML column mapping (see data/mappings/acled.yaml)."),
        acled: bool = typer.Option(False, "--acled", help="Use the built-in ACLED-style mapping."),
        dataset: str = typer.Option(None, "--dataset", help="Dataset name stored as the events' source (default: file stem)."),
    ) -> None:
        """Import a structured event list as events whose source is the dataset (idempotent)."""
        from ..analytics import import_events
        from ..errors import QueryError

        if bool(mapping) == bool(acled):
            raise QueryError("import-events: give exactly one of --mapping FILE or --acled")
        rep = import_events(_open(db, write=True), csv_path, mapping if mapping else None, dataset)
        skipped = ", ".join(f"{n} {why}" for why, n in rep.skipped.items()) or "none"
        typer.echo(f"{rep.dataset}: read {rep.read} rows, added {rep.added} events, "
                   f"{rep.already} already present, skipped: {skipped}")
