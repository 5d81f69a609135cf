"""Incident exports (CSV, GeoJSON, Parquet) with ACLED-style column names.

Rows are the analytics package's incidents (one row per incident, figures from its best report);
`event_type` is our type and `sub_event_type` our tactic (or crossing status / refugee or
diplomatic action), not ACLED's own taxonomy. Coordinates come from the incident's reports.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from typing import Any

import duckdb

from .service import Service

MAX_ROWS = 20_000
PAGE = 500
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "killed_security_forces", "killed_civilians", "killed_militants", "killed_unspecified",
    "injured", "abducted", "arrested", "crossing", "n_reports",
)
_COUNTRY = {"PK": "Pakistan", "AF": "Afghanistan"}
_ACTOR2 = {"security_forces": "Military Forces of Pakistan", "police": "Police Forces of Pakistan",
           "civilians": "Civilians", "government": "Government officials", "foreigners": "Foreign nationals",
           "infrastructure": "Infrastructure", "other": "Other"}


def collect(svc: Service, filters: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """Up to `limit` incidents matching `filters`, newest first, with coordinates from their reports."""
    rows: list[dict[str, Any]] = []
    page = 1
    while len(rows) < limit:
        res = svc.incidents(filters, "-date", page, PAGE)
        rows += res["items"]
        if page * PAGE >= res["total"] or not res["items"]:
            break
        page += 1
    rows = rows[:limit]
    coords = svc.coordinates([r["incident_id"] for r in rows])
    for r in rows:
        if r["incident_id"] in coords:
            r["lat"], r["lon"], r["geo_precision"] = coords[r["incident_id"]]
    return [acled_row(r) for r in rows]


def acled_row(r: dict[str, Any]) -> dict[str, Any]:
    """One incident as an ACLED-style row."""
    sub = r.get("tactic") or r.get("status") or r.get("action")
    date = r.get("date")
    notes = "; ".join(str(x) for x in (r.get("place"), r.get("crossing"), r.get("claimed_by") and
                                        f"claimed by {r.get('claimed_by')}") if x)
    return {
        "event_id_cnty": r.get("incident_id"), "event_date": date, "year": int(date[:4]) if date else None,
        "event_type": r.get("type"), "sub_event_type": sub, "actor1": r.get("perpetrator"),
        "assoc_actor_1": r.get("claimed_by"), "actor2": _ACTOR2.get(r.get("target") or "", r.get("target")),
        "country": _COUNTRY.get(r.get("country") or "", r.get("country")), "admin1": r.get("admin1"),
        "admin2": r.get("admin2"), "location": r.get("place") or r.get("admin2") or r.get("admin1"),
        "latitude": r.get("lat"), "longitude": r.get("lon"), "geo_precision": r.get("geo_precision"),
        "source": r.get("sources"), "notes": notes or None, "fatalities": r.get("killed_total") or 0,
        "killed_security_forces": r.get("killed_security_forces"), "killed_civilians": r.get("killed_civilians"),
        "killed_militants": r.get("killed_militants"), "killed_unspecified": r.get("killed_unspecified"),
        "injured": r.get("injured"), "abducted": r.get("abducted"), "arrested": r.get("arrested"),
        "crossing": r.get("crossing"), "n_reports": r.get("n_reports"),
    }


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in ACLED_COLUMNS})
    return buf.getvalue().encode("utf-8")


def to_geojson(rows: list[dict[str, Any]]) -> bytes:
    feats = []
    for r in rows:
        if r.get("latitude") is None or r.get("longitude") is None:
            continue
        props = {k: r.get(k) for k in ACLED_COLUMNS if k not in ("latitude", "longitude")}
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                      "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}).encode("utf-8")


_PARQUET_TYPES = {"year": "INTEGER", "latitude": "DOUBLE", "longitude": "DOUBLE", "geo_precision": "INTEGER",
                  "fatalities": "INTEGER", "killed_security_forces": "INTEGER", "killed_civilians": "INTEGER",
                  "killed_militants": "INTEGER", "killed_unspecified": "INTEGER", "injured": "INTEGER",
                  "abducted": "INTEGER", "arrested": "INTEGER", "n_reports": "INTEGER", "event_date": "DATE"}


def to_parquet(rows: list[dict[str, Any]]) -> bytes:
    """Parquet written by an in-memory DuckDB (no pyarrow needed)."""
    con = duckdb.connect(":memory:")
    try:
        cols = ", ".join(f'"{c}" {_PARQUET_TYPES.get(c, "VARCHAR")}' for c in ACLED_COLUMNS)
        con.execute(f"CREATE TABLE t ({cols})")
        if rows:
            marks = ", ".join("?" for _ in ACLED_COLUMNS)
            con.executemany(f"INSERT INTO t VALUES ({marks})",
                            [[None if r.get(c) is None else (str(r[c]) if _PARQUET_TYPES.get(c) is None else r[c])
                              for c in ACLED_COLUMNS] for r in rows])
        fd, path = tempfile.mkstemp(suffix=".parquet")
        os.close(fd)
        try:
            con.execute("COPY t TO '" + path.replace("'", "''") + "' (FORMAT parquet)")
            with open(path, "rb") as fh:
                return fh.read()
        finally:
            os.unlink(path)
    finally:
        con.close()
