"""Ingestion: files, directories, globs, feeds -> raw Documents, or InputError with a one-line reason.

Each input is detected by its content (JSON, JSON Lines, HTML, RSS/Atom, plain text), decoded
(UTF-8, UTF-16 with BOM, cp1252) and checked (size, emptiness, binary, language). Bad input never
raises: it is yielded as an InputError so the batch goes on and the caller can record it.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..config import SETTINGS_DEFAULT, Settings
from ..errors import InputError
from ..records import Document
from .decode import check_size, decode_bytes
from .language import not_english_reason
from .sources import Source, expand_inputs

__all__ = ["Source", "detect_kind", "expand_inputs", "iter_documents", "read_source"]

_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_MARK = re.compile(r"<(?:!doctype html|html|head|body|article|p|div|h1|title)[\s>/]")
_WORD = re.compile(r"[^\W\d_]+")


def detect_kind(text: str, suffix: str = "") -> str:
    """'json', 'feed', 'html' or 'text', judged by content first, the file suffix second."""
    head = text.lstrip("\ufeff \t\r\n")[:4096].lower()
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_MARK.search(head):
            return "html"
        return "feed" if head.startswith("<?xml") or suffix in _FEED_SUFFIXES else "html"
    if suffix in _JSON_SUFFIXES:
        return "json"  # a .json file that does not start like JSON is malformed JSON, not prose
    if suffix in _FEED_SUFFIXES:
        return "feed"
    return "text"


def _read_bytes(source: Source, max_bytes: int, settings: Settings) -> bytes:
    if source.is_url:
        request = urllib.request.Request(source.location, headers={"User-Agent": "frontierwatch"})
        try:
            with urllib.request.urlopen(request, timeout=settings.fetch_timeout) as resp:  # noqa: S310
                data = resp.read(max_bytes + 1)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InputError(source.location, f"fetch failed: {getattr(exc, 'reason', exc)}") from None
        check_size(source.location, len(data), max_bytes)
        return data
    path = Path(source.location)
    try:
        check_size(source.location, path.stat().st_size, max_bytes)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(source.location, f"cannot read: {exc.strerror or exc}") from None


def _finish(doc: Document, published: str | None, outlet: str | None,
            settings: Settings) -> Document | InputError:
    """Fill fallbacks (--published/--outlet) and reject texts that are too short or not English."""
    where = doc.source_path or doc.id
    words = len(_WORD.findall(doc.text))
    if words < settings.min_words:
        return InputError(where, f"too little text ({words} words)")
    reason = not_english_reason(doc.text, settings)
    if reason:
        return InputError(where, reason)
    return replace(doc, published=doc.published or published, outlet=doc.outlet or outlet)


def read_source(source: Source, *, published: str | None = None, outlet: str | None = None,
                max_bytes: int | None = None, settings: Settings = SETTINGS_DEFAULT
                ) -> Iterator[Document | InputError]:
    """Every document in one source (a feed or JSON Lines file holds many), or InputErrors."""
    from .feeds import read_feed
    from .html import read_html
    from .jsondocs import read_json
    from .text import read_text

    limit = settings.max_bytes if max_bytes is None else max_bytes
    name = source.location
    try:
        data = _read_bytes(source, limit, settings)
        text = decode_bytes(name, data)
    except InputError as exc:
        yield exc
        return
    suffix = "" if source.is_url else Path(name).suffix.lower()
    kind = detect_kind(text, suffix)
    if kind == "json":
        items: Iterable[Document | InputError] = read_json(name, text)
    elif kind == "feed":
        items = read_feed(name, data)  # raw bytes: feedparser honours the XML encoding declaration
    elif kind == "html":
        items = [read_html(name, text, url=name if source.is_url else None)]
    else:
        items = [read_text(name, text)]
    for item in items:
        yield item if isinstance(item, InputError) else _finish(item, published, outlet, settings)


def iter_documents(paths: Iterable[str], *, published: str | None = None, outlet: str | None = None,
                   fetch: bool = False, max_bytes: int = 5_000_000,
                   settings: Settings = SETTINGS_DEFAULT) -> Iterator[Document | InputError]:
    """Yield one raw Document or InputError per input document, never raising for bad input."""
    for source in expand_inputs(list(paths), fetch=fetch):
        if isinstance(source, InputError):
            yield source
            continue
        yield from read_source(source, published=published, outlet=outlet, max_bytes=max_bytes,
                               settings=settings)
