"""Import structured event lists (CSV + a column mapping) as events whose source is the dataset.

Stored ids are "<dataset>:<row id>" (the mapping's id column, else a hash of the row), so
importing the same file twice adds nothing. doc_id is NULL for imported rows.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .db import connection, ensure_schema

ACLED_MAPPING = Path(__file__).resolve().parents[1] / "data" / "mappings" / "acled.yaml"
INT_FIELDS = {"killed_security_forces", "killed_civilians", "killed_militants", "killed_unspecified", "injured",
              "abducted", "arrested", "count", "geo_precision"}
FLOAT_FIELDS = {"lat", "lon"}
EVENT_FIELDS = {"country", "admin1", "admin2", "place", "perpetrator", "claimed_by", "target", "tactic", "crossing",
                "status", "action", "until", "parties", "type"} | INT_FIELDS | FLOAT_FIELDS


@dataclass(slots=True)
class ImportReport:
    """What an import did: rows read, events added, rows skipped (with reasons)."""

    dataset: str
    read: int = 0
    added: int = 0
    already: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "read": self.read, "added": self.added, "already_present": self.already,
                "skipped": dict(self.skipped)}


def load_mapping(path: str | Path | None = None) -> dict[str, Any]:
    """Read and check a mapping file (default: the built-in ACLED mapping)."""
    p = Path(path) if path else ACLED_MAPPING
    try:
        m = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(p), f"cannot read mapping: {exc}") from exc
    if not isinstance(m, dict) or not (m.get("date") or {}).get("column"):
        raise InputError(str(p), "mapping needs date.column")
    if not m.get("type_rules") and "type" not in (m.get("fields") or {}):
        raise InputError(str(p), "mapping needs type_rules or a fields.type column")
    bad = set(m.get("fields") or {}) - EVENT_FIELDS
    if bad:
        raise InputError(str(p), f"unknown event fields in mapping: {', '.join(sorted(bad))}")
    return m


def map_row(row: dict[str, str], m: dict[str, Any]) -> dict[str, Any] | str:
    """One CSV row -> event fields, or a skip reason (pure)."""
    raw_date = (row.get(m["date"]["column"]) or "").strip()
    day = _parse_date(raw_date, m["date"].get("formats") or ["%Y-%m-%d"])
    if day is None:
        return "bad or missing date"
    ev: dict[str, Any] = {"date": day}
    for fname, spec in (m.get("fields") or {}).items():
        col, vmap = (spec, None) if isinstance(spec, str) else (spec.get("column"), spec.get("map"))
        v = (row.get(col) or "").strip()
        if not v:
            continue
        if vmap:
            v = vmap.get(v, v)
        if fname in INT_FIELDS:
            try:
                v = int(float(v))
            except ValueError:
                return f"{col}: not a number"
        elif fname in FLOAT_FIELDS:
            try:
                v = float(v)
            except ValueError:
                return f"{col}: not a number"
        ev[fname] = v
    if "type" not in ev:
        for rule in m.get("type_rules") or []:
            if all(str(want).lower() in (row.get(col) or "").lower() for col, want in (rule.get("when") or {}).items()):
                ev["type"] = rule["type"]
                for k, v in (rule.get("set") or {}).items():
                    ev.setdefault(k, v)
                break
    if "type" not in ev:
        return "no type rule matched"
    perp = m.get("perpetrator")
    if perp and ev["type"] == "attack" and "perpetrator" not in ev:
        actor = (row.get(perp.get("column", "")) or "").strip()
        if actor and not any(i.lower() in actor.lower() for i in perp.get("ignore") or []):
            ev["perpetrator"] = next((code for name, code in (perp.get("map") or {}).items()
                                      if name.lower() in actor.lower()), actor)
    return ev


def import_events(db: Any, csv_path: str | Path, mapping: str | Path | dict[str, Any] | None = None,
                  dataset: str | None = None) -> ImportReport:
    """Import a CSV file as events with source = dataset (default: the file stem); idempotent."""
    p = Path(csv_path)
    m = mapping if isinstance(mapping, dict) else load_mapping(mapping)
    name = dataset or p.stem
    con = connection(db)
    ensure_schema(con)
    rep = ImportReport(name)
    try:
        fh = p.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(str(p), f"cannot read: {exc.strerror or exc}") from exc
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows: list[dict[str, Any]] = []
    with fh:
        reader = csv.DictReader(fh)
        need = {m["date"]["column"]} | ({m["id"]} if m.get("id") else set())
        missing = need - set(reader.fieldnames or [])
        if missing:
            raise InputError(str(p), f"missing columns: {', '.join(sorted(missing))}")
        for n, row in enumerate(reader, 1):
            rep.read += 1
            ev = map_row(row, m)
            if isinstance(ev, str):
                rep.skipped[ev] = rep.skipped.get(ev, 0) + 1
                continue
            rid = (row.get(m["id"]) or "").strip() if m.get("id") else ""
            rid = rid or hashlib.sha1("\x1f".join(f"{k}={v}" for k, v in sorted(row.items())).encode()).hexdigest()[:16]
            ev.update(id=f"{name}:{rid}", seq=n, source=name, ingested_at=now, doc_id=None)
            rows.append(ev)
    _insert(con, rows, rep)
    return rep


def _insert(con, rows: list[dict[str, Any]], rep: ImportReport) -> None:
    if not rows:
        return
    ids = [r["id"] for r in rows]
    known = {r[0] for r in con.execute("SELECT id FROM events WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
    seen: set[str] = set()
    fresh = []
    for r in rows:
        if r["id"] in known or r["id"] in seen:
            rep.already += 1
            continue
        seen.add(r["id"])
        groups = [r.get(k) for k in ("killed_security_forces", "killed_civilians", "killed_militants", "killed_unspecified")]
        if any(g is not None for g in groups):
            r["killed_total"] = sum(g or 0 for g in groups)
        fresh.append(r)
    cols = sorted({k for r in fresh for k in r})
    if not fresh:
        return
    import pandas as pd

    frame = pd.DataFrame([[r.get(c) for c in cols] for r in fresh], columns=cols, dtype=object)
    con.register("_fw_import", frame)
    try:
        con.execute(f"INSERT INTO events ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _fw_import")
    finally:
        con.unregister("_fw_import")
    rep.added = len(fresh)


def _parse_date(s: str, formats: list[str]) -> date | None:
    for f in formats:
        try:
            return datetime.strptime(s, f).date()
        except ValueError:
            continue
    return None
