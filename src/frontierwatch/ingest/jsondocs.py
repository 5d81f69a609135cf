"""Corpus JSON documents ({"id","url","outlet","published","title","text"}), lists of them, JSON Lines."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from ..errors import InputError
from ..records import Document
from .dateline import normalise_date

_TEXT_KEYS = ("text", "body", "content")


def item_id(stem: str, *parts: object) -> str:
    """A stable id for an item of a multi-document input: '<stem>-<12 hex of sha1>'."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
    return f"{stem}-{digest}"


def _stem(source: str) -> str:
    return PurePath(source).stem or "doc"


def from_object(source: str, obj: Any, *, where: str, single: bool, kind: str) -> Document | InputError:
    """One JSON object -> Document (raw text), or InputError naming the file and item."""
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object for a document, got {type(obj).__name__}")
    text = next((obj[k] for k in _TEXT_KEYS if isinstance(obj.get(k), str)), None)
    if text is None:
        return InputError(where, "JSON document has no 'text' field")
    if not text.strip():
        return InputError(where, "JSON document has an empty 'text'")
    raw_id = obj.get("id")
    if isinstance(raw_id, (str, int)) and str(raw_id).strip():
        doc_id = str(raw_id).strip()
    elif single:
        doc_id = _stem(source)
    else:
        doc_id = item_id(_stem(source), obj.get("url") or "", obj.get("title") or "", text)
    title = obj.get("title")
    return Document(
        id=doc_id, text=text, title=title.strip() if isinstance(title, str) and title.strip() else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        outlet=obj.get("outlet") if isinstance(obj.get("outlet"), str) else None,
        published=normalise_date(obj.get("published") or obj.get("date")),
        source_path=source, kind=kind,
    )


def _looks_jsonl(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return len(lines) > 1 and all(ln.startswith("{") for ln in lines[:3])


def read_jsonl(source: str, text: str) -> Iterator[Document | InputError]:
    """Each non-blank line is one document; a bad line is skipped with its line number."""
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        yield from_object(source, obj, where=where, single=False, kind="jsonl")


def read_json(source: str, text: str) -> Iterator[Document | InputError]:
    """A JSON document, a JSON list of documents, or (detected) JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if _looks_jsonl(text):
            yield from read_jsonl(source, text)
            return
        yield InputError(source, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(data, list):
        if not data:
            yield InputError(source, "JSON list holds no documents")
        for i, obj in enumerate(data):
            yield from_object(source, obj, where=f"{source}[{i}]", single=False, kind="json")
    else:
        yield from_object(source, data, where=source, single=True, kind="json")
