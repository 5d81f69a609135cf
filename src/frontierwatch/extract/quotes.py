"""Stub: quotes extraction (to be written)."""
from __future__ import annotations


def extract_quotes(document, sentences):
    return []
