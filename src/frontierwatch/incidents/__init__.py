"""Incident resolution: merge reports of one real-world incident across sources.

The merge rule (compat.py; knobs in config.py; compatible values in
data/lexicons/incident_compat.tsv). Two reports (events) may be one incident when they come
from different documents and have:
- the same type; no contradiction in country, province, district or crossing; a precision gap
  (district vs province only) is allowed only when both know the province;
- dates at most a day apart (0 for refugee tallies); an undated report counts as happening in the
  two weeks before its publication; one with neither date nor publication ("floating") fits any
  day, but joins a dated incident only when no different dated incident scores nearly as well;
- no contradiction in perpetrator, tactic or target, and not two softer differences (tactic and
  target each loosely compatible, a different abducted count) unless a specific fact (named
  place, equal figure) is shared; border crossings: same crossing and status;
  refugees/diplomacy: same action, same parties, deadlines a day apart at most;
- when a report is undated: a weekday or month-day its evidence names ('on Saturday', 'since
  May 4', when.py) must fit the other's date or publication window; documents about the same
  story (content-word Jaccard, or a shared detail when texts are not given) and no two different
  named places. Near-duplicate documents (MinHash/LSH) skip the story checks, unless published
  more than the undated window apart (a rerun template, not a wire copy);
- a cross-border strike told from each side (sides.py): dated cross_border reports placed in
  different countries merge when the places face each other (incident_border_sides.tsv) and they
  share a specific figure; every other rule still applies.
Groups are built best-agreeing pair first (all pairs of dated reports before any pair with an
undated one: undated reports never change how dated ones group) with complete linkage (every
pair across two groups must pass; an undated report failing only the story gate with a dated
one is vouched for by another dated member it fully matches) and never hold two reports of one
document, so an undated retelling never splits two dated reports that fit each other. Then a
group of floating reports joins the one dated group it fits as a whole (each member's closest
story; unambiguous), so one member's named day decides for all.

Public API: `assign_incidents` (pure, events in -> incidents), `near_duplicates` (documents),
`compute_figures` (best/low/high/conservative), `resolve_store`, `incidents_as_of` and
`get_incident` (DuckDB store, as-of reproducible).
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
