"""frontierwatch: news reports about Pakistan and Afghanistan -> a sourced event database.

Public API:
    extract(document) -> Extraction        extraction alone, no database (frontierwatch.extract)
    open(db) -> AnalyticsStore              incidents()/events() DataFrames, brief(), stats(), check()
    open_store(path) -> Store               the DuckDB store (writes)
    process_paths(paths, store) -> report   ingest -> clean -> extract -> store -> incidents
"""
from __future__ import annotations

__version__ = "0.1.0"

from . import extract  # noqa: E402  (a callable package: frontierwatch.extract(document))
from .records import Casualties, Claim, Document, Event, Extraction, Incident, Location, Quote  # noqa: E402

# Heavier entry points load on first use, so `import frontierwatch` (and the CLI) stays quick.
_LAZY = {"open": ("analytics.api", "open"), "open_store": ("store", "open_store"),
         "process_paths": ("pipeline", "process_paths")}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'frontierwatch' has no attribute {name!r}")

__all__ = ["Casualties", "Claim", "Document", "Event", "Extraction", "Incident", "Location", "Quote",
           "extract", "open", "open_store", "process_paths", "__version__"]
