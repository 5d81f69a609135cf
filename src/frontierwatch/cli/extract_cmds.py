"""`frontierwatch extract`: documents in, the GUIDE's JSON Lines out (no database)."""
from __future__ import annotations

import json
import sys

import typer

from ..clean import clean_document
from ..errors import InputError
from ..extract import extract as run_extract
from ..ingest import iter_documents


def register(app: typer.Typer) -> None:
    """Add `extract` to the main app."""

    @app.command()
    def extract(
        paths: list[str] = typer.Argument(..., help="Files, directories or globs to read."),
        jsonl: bool = typer.Option(True, "--jsonl/--no-jsonl", help="Write one JSON object per document."),
        published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for texts without one."),
        outlet: str = typer.Option(None, help="Outlet for texts without one."),
        incidents: bool = typer.Option(False, "--incidents", help="Resolve events into incidents across documents."),
    ) -> None:
        """Extract events, claims and quotes; print JSON Lines to stdout, warnings to stderr."""
        held, skipped = [], 0
        for item in iter_documents(paths, published=published, outlet=outlet):
            if isinstance(item, InputError):
                skipped += 1
                print(f"skipped: {item.path}: {item.reason}", file=sys.stderr)
                continue
            doc = clean_document(item)
            try:
                result = run_extract(doc)
            except Exception as exc:  # noqa: BLE001 - one document's extraction bug must not stop the batch
                skipped += 1
                print(f"skipped: {item.source_path or item.id}: extraction failed: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
                continue
            if incidents:
                held.append((doc, result))  # incidents need every document's events at once
            else:
                _write(result)  # stream: memory stays flat however many documents
        if incidents:
            from ..incidents import assign_incidents

            assign_incidents([ev for _, r in held for ev in r.events], docs=[d for d, _ in held])
            for _, r in held:
                _write(r)
        if skipped:
            raise typer.Exit(code=1)


def _write(result) -> None:
    sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
