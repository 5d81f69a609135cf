"""Stub: claims extraction (to be written)."""
from __future__ import annotations


def extract_claims(document, sentences):
    return []
