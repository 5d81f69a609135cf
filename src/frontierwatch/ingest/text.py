"""Plain text: a leading title line, a date line ("Thu Sep 25 2025") and 'Key: value' front matter."""
from __future__ import annotations

import re
from pathlib import PurePath

from ..records import Document
from .dateline import normalise_date, parse_date_line

_FRONT_KEYS = {"title": "title", "headline": "title", "date": "published", "published": "published",
               "outlet": "outlet", "source": "outlet", "publication": "outlet", "url": "url", "link": "url",
               "id": "id"}
_FRONT = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.+?)\s*$")
_HEADER_LINES = 6  # the title and date line are looked for among the first lines only
_MAX_TITLE_WORDS = 25


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """'Title: ...' style header lines at the very top, ended by a blank line."""
    found: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        m = _FRONT.match(lines[i])
        if not m or m.group(1).lower() not in _FRONT_KEYS:
            return {}, 0
        found[_FRONT_KEYS[m.group(1).lower()]] = m.group(2)
        i += 1
    return (found, i) if len(found) >= 2 and i < len(lines) else ({}, 0)


def read_text(source: str, text: str) -> Document:
    """Document from a plain-text file; the text keeps its title and date lines (cleaning drops dates)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta, used = _front_matter(lines)
    body = "\n".join(lines[used:]).strip("\n") if used else text
    title = meta.get("title")
    published = normalise_date(meta.get("published")) if meta.get("published") else None
    if not used:
        head = [ln.strip() for ln in lines if ln.strip()][:_HEADER_LINES]
        if head:
            first = head[0]
            words = first.split()
            if (len(words) <= _MAX_TITLE_WORDS and not re.search(r"[.!?;,]$", first)
                    and parse_date_line(first) is None and len(head) > 1):
                title = first
        for line in head:
            published = parse_date_line(line)
            if published:
                break
    return Document(id=meta.get("id") or PurePath(source).stem or "doc", text=body, title=title,
                    url=meta.get("url"), outlet=meta.get("outlet"), published=published,
                    source_path=source, kind="text")
