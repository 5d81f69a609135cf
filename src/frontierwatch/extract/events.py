"""Stub: events extraction (to be written)."""
from __future__ import annotations


def extract_events(document, sentences):
    return []
