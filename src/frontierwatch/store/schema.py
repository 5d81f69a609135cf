"""Versioned schema migrations for the DuckDB store.

`MIGRATIONS[n]` upgrades a database at version n to n+1; `schema_version` records each step,
so opening an older file migrates it. Never edit a shipped migration: append a new one.
Columns are documented here because every other stage reads these tables.
"""
from __future__ import annotations

MIGRATIONS: list[str] = [
    # v1: documents, extracted rows with provenance, rejected inputs, incidents and their log
    """
    CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,            -- corpus id, or file stem / hash for files without one
        content_hash VARCHAR NOT NULL UNIQUE,  -- sha256 of the cleaned text: re-ingest adds nothing
        url VARCHAR, outlet VARCHAR, published DATE, title VARCHAR,
        text VARCHAR NOT NULL, raw_text VARCHAR,
        source_path VARCHAR, kind VARCHAR,
        ingested_at TIMESTAMP NOT NULL
    );
    CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,            -- "<doc_id>#<seq>" or "<dataset>:<row>" for imports
        doc_id VARCHAR REFERENCES documents(id),   -- null for imported datasets
        seq INTEGER NOT NULL,
        source VARCHAR,                    -- outlet, or dataset name for imported rows
        type VARCHAR NOT NULL, date DATE,
        country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, place VARCHAR,
        lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
        perpetrator VARCHAR, claimed_by VARCHAR, target VARCHAR, tactic VARCHAR,
        killed_security_forces INTEGER, killed_civilians INTEGER, killed_militants INTEGER,
        killed_unspecified INTEGER, killed_total INTEGER,
        injured INTEGER, abducted INTEGER, arrested INTEGER,
        crossing VARCHAR, status VARCHAR, action VARCHAR, count INTEGER, until DATE,
        parties VARCHAR,                   -- sorted ISO codes joined by ","
        ingested_at TIMESTAMP NOT NULL
    );
    CREATE INDEX IF NOT EXISTS events_date ON events(date);
    CREATE TABLE IF NOT EXISTS evidence (
        event_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
        text VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER
    );
    CREATE TABLE IF NOT EXISTS claims (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR REFERENCES documents(id), seq INTEGER NOT NULL,
        metric VARCHAR NOT NULL, value DOUBLE NOT NULL, unit VARCHAR, direction VARCHAR,
        period_start DATE, period_end DATE, region VARCHAR, source VARCHAR,
        evidence VARCHAR, ingested_at TIMESTAMP NOT NULL
    );
    CREATE TABLE IF NOT EXISTS quotes (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR REFERENCES documents(id), seq INTEGER NOT NULL,
        speaker VARCHAR, text VARCHAR NOT NULL, evidence VARCHAR, ingested_at TIMESTAMP NOT NULL
    );
    CREATE TABLE IF NOT EXISTS rejected (
        path VARCHAR NOT NULL, reason VARCHAR NOT NULL, rejected_at TIMESTAMP NOT NULL
    );
    CREATE TABLE IF NOT EXISTS doc_links (
        doc_id VARCHAR NOT NULL, near_doc_id VARCHAR NOT NULL, similarity DOUBLE, linked_at TIMESTAMP
    );
    CREATE TABLE IF NOT EXISTS incidents (
        id VARCHAR PRIMARY KEY,            -- stable: never renumbered
        type VARCHAR NOT NULL, date DATE, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
        absorbed_into VARCHAR,             -- set when merged into an older incident
        created_at TIMESTAMP NOT NULL
    );
    CREATE TABLE IF NOT EXISTS incident_events (
        incident_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, linked_at TIMESTAMP NOT NULL
    );
    CREATE TABLE IF NOT EXISTS merge_log (
        "at" TIMESTAMP NOT NULL, action VARCHAR NOT NULL, incident_id VARCHAR, other_id VARCHAR,
        event_id VARCHAR, detail VARCHAR
    );
    """,
    # v2: other ids and sources that gave an already stored text (re-ingest and syndicated copies),
    # so `docs show ID` finds a document under any id an input gave it
    """
    CREATE TABLE IF NOT EXISTS document_aliases (
        alias VARCHAR NOT NULL,            -- the id the later input would have had
        doc_id VARCHAR NOT NULL,           -- the stored document with the same cleaned text
        source_path VARCHAR, url VARCHAR, outlet VARCHAR, published DATE,
        seen_at TIMESTAMP NOT NULL
    );
    CREATE INDEX IF NOT EXISTS document_aliases_alias ON document_aliases(alias);
    """,
]
