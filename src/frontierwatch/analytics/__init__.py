"""Analytics: incident-level figures, briefs, timelines, the relations index and claim checking.

Public functions (the CLI, REST API and dashboard call these; none computes figures itself):
- build_brief(db, period, region=None, as_of=None) -> Brief (.to_markdown/.to_html/.to_dict)
- stats(db, period, by, metric, region, as_of); list_incidents(db, filters, sort, page, per_page, as_of, q, ids);
  get_incident(db, id, as_of); incident_coordinates(db, ids, as_of); yearly_trend(db, ...); busiest_week(db, week_start, region, as_of)
- crossings_timeline(db, as_of, reference, period); relations_index(db, period, as_of, week_start)
- check_claims(db, claims, as_of); store_claims(db, claims, doc_id)
- import_events(db, csv, mapping, dataset)
- api.open(db) -> AnalyticsStore (pandas DataFrames for notebooks)
`db` is a DuckDB connection, a Store or a database path. Modules: periods, regions, facts (the
incident rule), metrics, queries, brief, render_*, charts, crossings, relations, check, importer, api.
"""
from __future__ import annotations

from .brief import Brief, build_brief
from .check import ClaimCheck, check_claim, check_claims, store_claims
from .crossings import ClosureSpan, crossings_timeline
from .importer import import_events
from .periods import Period, month_period, parse_period, quarter_period, range_period, week_period, year_period
from .queries import (busiest_week, get_incident, incident_coordinates, list_incidents, source_coverage, stats,
                      yearly_trend)
from .relations import relations_index

__all__ = ["Brief", "build_brief", "ClaimCheck", "check_claim", "check_claims", "store_claims", "ClosureSpan",
           "crossings_timeline", "import_events", "Period", "month_period", "parse_period", "quarter_period",
           "range_period", "week_period", "year_period", "busiest_week", "get_incident", "incident_coordinates",
           "list_incidents",
           "source_coverage", "stats", "yearly_trend", "relations_index"]
