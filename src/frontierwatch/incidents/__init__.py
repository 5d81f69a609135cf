"""Incident resolution: merge reports of one real-world incident across sources.

Public API: `assign_incidents` (pure, events in -> incidents), `near_duplicates` (documents),
`compute_figures` (best/low/high/conservative), `resolve_store` and `incidents_as_of` (DuckDB).
"""
from __future__ import annotations

from .cluster import assign_incidents, incident_id
from .config import DEFAULT, ResolveConfig
from .figures import Figures, compute_figures
from .neardup import near_duplicates
from .store import IncidentView, ResolveReport, get_incident, incidents_as_of, resolve_store

__all__ = ["assign_incidents", "incident_id", "near_duplicates", "compute_figures", "Figures",
           "ResolveConfig", "DEFAULT", "resolve_store", "incidents_as_of", "get_incident", "IncidentView",
           "ResolveReport"]
