"""Ingestion: paths -> raw Documents (interim: corpus JSON only; the foundation work replaces this).

Contract kept by the full version: iter_documents(paths, ...) yields Document or InputError,
one per input document, never raising for bad input.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Document


def iter_documents(paths: Iterable[str], **options) -> Iterator[Document | InputError]:
    """Yield one Document (raw text) or InputError per input document."""
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
        for f in files:
            try:
                d = json.loads(f.read_text(encoding="utf-8"))
                yield Document(id=str(d.get("id") or f.stem), text=d.get("text") or "", title=d.get("title"),
                               url=d.get("url"), outlet=d.get("outlet"), published=d.get("published"),
                               source_path=str(f), kind="json")
            except (OSError, ValueError) as exc:
                yield InputError(str(f), str(exc))
