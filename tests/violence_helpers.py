"""Shared by the violence-rule tests: the attack / operation / cross-border events extracted from one
invented report, as GUIDE dicts (one place, so every rule test reads events the same way)."""
from __future__ import annotations

from frontierwatch.extract.events import extract_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

VIOLENCE = ("attack", "security_operation", "cross_border")


def run(text: str, title: str = "", published: str | None = "2025-03-12") -> list[dict]:
    """The violence events of a report with this text, title and publication day."""
    doc = Document(id="v", text=text, title=title, published=published)
    return [e.as_dict() for e in extract_events(doc, split_sentences(text)) if e.type in VIOLENCE]


def killed(ev: dict) -> dict:
    """An event's non-zero killed counts by victim group."""
    return {k: v for k, v in ev["killed"].items() if v}
