"""`frontierwatch extract`: documents in, the GUIDE's JSON Lines out (no database)."""
from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..clean import clean_document
from ..errors import InputError
from ..extract import extract as run_extract
from ..ingest import iter_documents


def register(app: typer.Typer) -> None:
    """Add `extract` to the main app."""

    @app.command()
    def extract(
        paths: list[str] = typer.Argument(..., help="Files, directories or globs to read."),
        jsonl: bool = typer.Option(True, "--jsonl/--no-jsonl", help="One JSON object per line (default); --no-jsonl indents each object for reading."),
        published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for texts without one."),
        outlet: str = typer.Option(None, help="Outlet for texts without one."),
        incidents: bool = typer.Option(False, "--incidents", help="Resolve events into incidents across documents."),
    ) -> None:
        """Extract events, claims and quotes; print JSON Lines to stdout, warnings to stderr."""
        indent = None if jsonl else 1
        held, skipped = [], 0
        console = Console(stderr=True)
        bar = Progress(SpinnerColumn(), TextColumn("[bold]extract[/] {task.completed} documents"),
                       TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal)
        with bar:
            task = bar.add_task("", total=None)
            for item in iter_documents(paths, published=published, outlet=outlet):
                bar.advance(task)
                skipped += _handle(item, held if incidents else None, indent)
        if incidents:
            from ..incidents import assign_incidents

            assign_incidents([ev for _, r in held for ev in r.events], docs=[d for d, _ in held])
            for _, r in held:
                _write(r, indent)
        if skipped:
            raise typer.Exit(code=1)


def _handle(item, held: list | None, indent: int | None) -> int:
    """Extract one document and write it (or hold it for incidents); 1 when it was skipped."""
    if isinstance(item, InputError):
        print(f"skipped: {item.path}: {item.reason}", file=sys.stderr)
        return 1
    doc = clean_document(item)
    try:
        result = run_extract(doc)
    except Exception as exc:  # noqa: BLE001 - one document's extraction bug must not stop the batch
        print(f"skipped: {item.source_path or item.id}: extraction failed: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    if held is not None:
        held.append((doc, result))  # incidents need every document's events at once
    else:
        _write(result, indent)  # stream: memory stays flat however many documents
    return 0


def _write(result, indent: int | None) -> None:
    sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=indent) + "\n")
