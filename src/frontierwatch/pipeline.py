"""The ordered stages, on one screen: ingest -> clean -> hash -> extract -> store -> resolve incidents.

process_paths() is the library call behind `frontierwatch ingest`; one bad input or one failing
document never stops the batch: it is recorded as rejected with its reason.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .clean import clean_document
from .config import SETTINGS_DEFAULT, Settings
from .errors import InputError, StoreError
from .ingest import expand_inputs, read_source
from .records import Document
from .store import Store

Progress = Callable[[int, int, str], None]  # (sources done, sources total, current source)


@dataclass(slots=True)
class IngestReport:
    """What a batch did: stored document ids, duplicates, skipped inputs with reasons, counts."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (input, id of the stored twin)
    skipped: list[tuple[str, str]] = field(default_factory=list)     # (input, reason)
    events: int = 0
    claims: int = 0
    quotes: int = 0
    seconds: float = 0.0
    incidents_resolved: bool = False
    incidents_error: str | None = None  # why incident resolution failed (documents stay stored)

    @property
    def documents_seen(self) -> int:
        """Documents read successfully (stored or duplicate)."""
        return len(self.stored) + len(self.duplicates)

    def summary(self) -> str:
        """One line for the CLI."""
        parts = [f"{len(self.stored)} stored", f"{len(self.duplicates)} already stored",
                 f"{len(self.skipped)} skipped"]
        line = f"{self.documents_seen + len(self.skipped)} inputs: " + ", ".join(parts)
        if self.stored:
            line += f"; {self.events} events, {self.claims} claims, {self.quotes} quotes"
        if not self.stored and self.duplicates and not self.skipped:
            line += " (nothing new)"
        return line + f" in {self.seconds:.1f}s"


def content_hash(text: str) -> str:
    """sha256 of the cleaned text: the document's identity in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare(doc: Document, settings: Settings = SETTINGS_DEFAULT) -> Document:
    """Clean a raw document and set its content hash."""
    cleaned = clean_document(doc, settings)
    return replace(cleaned, content_hash=content_hash(cleaned.text))


def _unique_id(store: Store, doc: Document) -> Document:
    """Keep the document's id unless another text already has it (two 'index.html' files)."""
    if not store.has_id(doc.id):
        return doc
    return replace(doc, id=f"{doc.id}-{(doc.content_hash or '')[:8]}")


def _extract(doc: Document):
    from .extract import extract

    return extract(doc)


def _skip(store: Store, report: IngestReport, where: str, reason: str) -> None:
    report.skipped.append((where, reason))
    store.record_rejected(where, reason)


def _duplicate(store: Store, report: IngestReport, where: str, doc: Document, twin: str) -> None:
    report.duplicates.append((where, twin))
    if doc.id != twin:
        store.record_alias(doc, twin)  # `docs show <its own id>` still finds the stored text


def process_document(doc: Document, store: Store, report: IngestReport,
                     settings: Settings = SETTINGS_DEFAULT) -> None:
    """Clean, hash, extract and store one raw document, updating the report."""
    where = doc.source_path or doc.id
    ready = prepare(doc, settings)
    if not ready.text.strip():
        _skip(store, report, where, "no text left after removing page noise")
        return
    twin = store.has_hash(ready.content_hash or "")
    if twin:
        _duplicate(store, report, where, ready, twin)
        return
    ready = _unique_id(store, ready)
    try:
        extraction = _extract(ready)
    except Exception as exc:  # noqa: BLE001 - one document's extraction bug must not stop the batch
        _skip(store, report, where, f"extraction failed: {type(exc).__name__}: {exc}")
        return
    try:
        stored = store.save(ready, extraction)
    except StoreError as exc:
        _skip(store, report, where, f"not stored: {exc}")
        return
    if stored:
        report.stored.append(ready.id)
        report.events += len(extraction.events)
        report.claims += len(extraction.claims)
        report.quotes += len(extraction.quotes)
    else:
        _duplicate(store, report, where, ready, store.has_hash(ready.content_hash or "") or ready.id)


def resolve_incidents(store: Store) -> bool:
    """Hook: run incident resolution over the store when that stage is installed."""
    try:
        from .incidents import resolve_store
    except (ImportError, AttributeError):
        return False
    resolve_store(store)
    return True


def process_paths(paths: Iterable[str], store: Store, *, published: str | None = None,
                  outlet: str | None = None, fetch: bool = False, progress: Progress | None = None,
                  max_bytes: int | None = None, settings: Settings = SETTINGS_DEFAULT) -> IngestReport:
    """Ingest files/directories/globs (and URLs with fetch) into the store; never raises for bad input."""
    started = time.perf_counter()
    report = IngestReport()
    sources = expand_inputs(list(paths), fetch=fetch)
    total = len(sources)
    for n, source in enumerate(sources, start=1):
        if isinstance(source, InputError):
            _skip(store, report, source.path, source.reason)
        else:
            for item in read_source(source, published=published, outlet=outlet, max_bytes=max_bytes,
                                    settings=settings):
                if isinstance(item, InputError):
                    _skip(store, report, item.path, item.reason)
                else:
                    process_document(item, store, report, settings)
        if progress is not None:
            progress(n, total, source.path if isinstance(source, InputError) else source.location)
    if report.stored:
        if progress is not None:
            progress(total, total, "resolving incidents")
        try:
            report.incidents_resolved = resolve_incidents(store)
        except Exception as exc:  # noqa: BLE001 - stored documents stay; the failure is reported
            report.incidents_error = f"{type(exc).__name__}: {exc}"
    report.seconds = time.perf_counter() - started
    return report
