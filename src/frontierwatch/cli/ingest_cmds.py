"""`frontierwatch ingest` and `frontierwatch docs list|show|rejected|stats`: parse, call the library, print."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..config import load_settings
from ..errors import FrontierwatchError
from ..store import Store, open_store

EXIT_SKIPPED = 1
EXIT_ERROR = 2
MAX_DUPLICATE_LINES = 20  # beyond this, re-ingest prints a count instead of one line each
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DbOption = typer.Option(None, "--db", help="DuckDB file (default: $FRONTIERWATCH_DB or ./frontierwatch.duckdb).")


def _fail(message: str, code: int = EXIT_ERROR) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


@contextmanager
def _opened(db: str | None, *, read_only: bool) -> Iterator[Store]:
    try:
        store = open_store(db, read_only=read_only)
    except FrontierwatchError as exc:
        raise _fail(str(exc)) from None
    try:
        yield store
    except FrontierwatchError as exc:
        raise _fail(str(exc)) from None
    finally:
        store.close()


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-09-25", param_hint="--published") from None
    return value


def register(app: typer.Typer) -> None:
    """Add `ingest` and the `docs` group to the main app."""

    @app.command()
    def ingest(
        paths: list[str] = typer.Argument(..., help="Files, directories (recursive), globs; URLs with --fetch."),
        db: str = DbOption,
        published: str = typer.Option(None, help="Publication date YYYY-MM-DD for inputs that carry none."),
        outlet: str = typer.Option(None, help="Outlet name for inputs that carry none."),
        fetch: bool = typer.Option(False, "--fetch", help="Allow downloading feed URLs (nothing is fetched otherwise)."),
        max_bytes: int = typer.Option(None, "--max-bytes", min=1,
                                      help="Skip inputs larger than this many bytes (default 5000000, "
                                           "env FRONTIERWATCH_MAX_BYTES)."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Read, clean, extract and store documents; each stored once, keyed by its cleaned text."""
        from ..pipeline import process_paths

        published = _check_date(published)
        try:
            settings = load_settings()
        except FrontierwatchError as exc:
            raise _fail(str(exc)) from None
        limit = max_bytes or settings.max_bytes
        console = Console(stderr=True)
        show_bar = not quiet and console.is_terminal
        with _opened(db, read_only=False) as store:
            bar = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           TextColumn("{task.description}"), console=console, transient=True,
                           disable=not show_bar)
            with bar:
                task = bar.add_task("", total=None)

                def progress(done: int, total: int, current: str) -> None:
                    bar.update(task, completed=done, total=total, description=current[-50:])

                report = process_paths(paths, store, published=published, outlet=outlet, fetch=fetch,
                                       progress=progress, max_bytes=limit, settings=settings)
            path = store.path
        for where, reason in report.skipped:
            typer.echo(f"skipped: {where}: {reason}", err=True)
        for where, twin in report.duplicates[:MAX_DUPLICATE_LINES]:
            typer.echo(f"already stored: {where} (same text as {twin})")
        if len(report.duplicates) > MAX_DUPLICATE_LINES:
            typer.echo(f"already stored: {len(report.duplicates) - MAX_DUPLICATE_LINES} more inputs")
        if report.incidents_error:
            typer.echo(f"warning: incident resolution failed (documents are stored): {report.incidents_error}",
                       err=True)
        typer.echo(f"{report.summary()} -> {path}")
        if report.skipped:
            raise typer.Exit(code=EXIT_SKIPPED)

    docs = typer.Typer(help="List and show stored documents and rejected inputs.", no_args_is_help=True)
    app.add_typer(docs, name="docs")

    @docs.command("list")
    def docs_list(db: str = DbOption) -> None:
        """One line per document: id, outlet, published, title."""
        with _opened(db, read_only=True) as store:
            rows = store.list_documents()
        if not rows:
            typer.echo("no documents stored")
            return
        wid = max(len(r["id"]) for r in rows)
        wout = min(28, max(len(r["outlet"] or "-") for r in rows))
        for r in rows:
            outlet = (r["outlet"] or "-")[:wout]
            typer.echo(f"{r['id']:<{wid}}  {outlet:<{wout}}  {r['published'] or '-':<10}  {r['title'] or '-'}")

    @docs.command("show")
    def docs_show(doc_id: str = typer.Argument(..., help="Document id (see `docs list`)."), db: str = DbOption,
                  raw: bool = typer.Option(False, "--raw", help="Print the text as the source gave it.")) -> None:
        """A document's metadata and cleaned text."""
        with _opened(db, read_only=True) as store:
            doc = store.get_document(doc_id)
            n_events = len(store.events(doc_id=doc["id"], with_evidence=False)) if doc else 0
            aliases = store.aliases(doc["id"]) if doc else []
        if doc is None:
            raise _fail(f"no document with id {doc_id!r} (see `frontierwatch docs list`)", code=1)
        for key in ("id", "title", "outlet", "published", "url", "source_path", "kind", "content_hash",
                    "ingested_at"):
            typer.echo(f"{key + ':':<14}{doc.get(key) if doc.get(key) is not None else '-'}")
        if aliases:
            typer.echo(f"{'aliases:':<14}{', '.join(aliases)}")
        typer.echo(f"{'events:':<14}{n_events}")
        typer.echo("")
        typer.echo((doc.get("raw_text") or "") if raw else doc["text"])

    @docs.command("rejected")
    def docs_rejected(db: str = DbOption) -> None:
        """Inputs that were skipped, with the reason and time."""
        with _opened(db, read_only=True) as store:
            rows = store.rejected()
        if not rows:
            typer.echo("no rejected inputs")
            return
        for r in rows:
            typer.echo(f"{str(r['rejected_at'])[:19]}  {r['path']}: {r['reason']}")

    @docs.command("stats")
    def docs_stats(db: str = DbOption) -> None:
        """Row counts per table and events per type."""
        with _opened(db, read_only=True) as store:
            counts = store.counts()
            by_type = store.event_counts_by_type()
        typer.echo("  ".join(f"{k}: {v}" for k, v in counts.items()))
        for event_type, n in by_type.items():
            typer.echo(f"  {event_type:<20}{n}")

