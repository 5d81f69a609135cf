"""RSS/Atom feeds (feedparser): one Document per entry, from a file or (only with --fetch) a URL."""
from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import PurePath
from urllib.parse import urlparse

from ..errors import InputError
from ..records import Document
from .html import html_to_text
from .jsondocs import item_id


def _stem(source: str) -> str:
    if "://" in source:
        host = urlparse(source).netloc or "feed"
        return host.replace(":", "_")
    return PurePath(source).stem or "feed"


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _entry_text(entry) -> str:
    for block in entry.get("content") or []:
        value = block.get("value")
        if value and value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def read_feed(source: str, data: bytes) -> Iterator[Document | InputError]:
    """Entries of an RSS/Atom feed given as bytes (never a URL string: feedparser would fetch it)."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    outlet = (parsed.get("feed") or {}).get("title") or None
    stem = _stem(source)
    items: list[Document | InputError] = []
    for i, entry in enumerate(entries):
        text = _entry_text(entry)
        title = (entry.get("title") or "").strip() or None
        where = f"{source}#{i + 1}"
        if not text.strip():
            items.append(InputError(where, "feed entry has no text"))
            continue
        key = entry.get("id") or entry.get("link") or f"{title}\x1f{text}"
        items.append(Document(id=item_id(stem, key), text=text, title=title, url=entry.get("link") or None,
                              outlet=outlet, published=_entry_date(entry), source_path=where, kind="feed"))
    if parsed.get("bozo") and not any(isinstance(d, Document) for d in items):
        exc = parsed.get("bozo_exception")
        msg = str(getattr(exc, "getMessage", lambda: exc)()) if exc else ""
        yield InputError(source, f"malformed feed XML: {msg.splitlines()[0] if msg else 'unparsable'}")
        return
    if not entries:
        yield InputError(source, "feed has no entries")
        return
    yield from items
