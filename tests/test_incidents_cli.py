"""`frontierwatch incidents list|show|resolve` through typer's CliRunner on a temporary database."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from frontierwatch.cli import app
from frontierwatch.records import Casualties, Document, Event, Evidence, Extraction
from frontierwatch.store import open_store

runner = CliRunner()


def _report(doc_id: str, published: str, outlet: str, killed: int) -> tuple[Document, Extraction]:
    text = f"Report {doc_id}: gunmen attacked a police post; {killed} policemen were killed."
    ev = Event(type="attack", date="2024-05-31", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Bannu",
               target="police", killed=Casualties(security_forces=killed),
               evidence=[Evidence("Gunmen attacked a police post.")])
    doc = Document(id=doc_id, text=text, published=published, outlet=outlet, content_hash=f"hash-{doc_id}")
    return doc, Extraction(doc_id=doc_id, events=[ev])


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "fw.duckdb")
    store = open_store(path)
    for doc, extraction in (_report("a", "2024-06-01", "Outlet A", 2), _report("b", "2024-06-02", "Outlet B", 5)):
        store.save(doc, extraction)
    store.close()
    return path


def test_incidents_cli_resolve_list_show(db):
    r = runner.invoke(app, ["incidents", "resolve", "--db", db])
    assert r.exit_code == 0, r.output
    assert "1 incidents created" in r.output
    r = runner.invoke(app, ["incidents", "list", "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    (row,) = [json.loads(line) for line in r.output.splitlines()]
    assert (row["reports"], row["killed_low"], row["killed_high"], row["killed_best_total"]) == (2, 2, 5, 5)
    r = runner.invoke(app, ["incidents", "show", row["id"], "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    shown = json.loads(r.output)
    assert [s["outlet"] for s in shown["source_events"]] == ["Outlet A", "Outlet B"]
    assert shown["source_events"][0]["evidence"] == ["Gunmen attacked a police post."]
    r = runner.invoke(app, ["incidents", "show", row["id"], "--db", db])
    assert r.exit_code == 0 and "Outlet B" in r.output and "Gunmen attacked" in r.output


def test_incidents_cli_list_type_filter_and_table(db):
    runner.invoke(app, ["incidents", "resolve", "--db", db])
    r = runner.invoke(app, ["incidents", "list", "--db", db, "--type", "diplomacy", "--json"])
    assert r.exit_code == 0 and r.output.strip() == ""
    r = runner.invoke(app, ["incidents", "list", "--db", db])
    assert r.exit_code == 0 and "Bannu" in r.output


@pytest.mark.parametrize("args, code, message", [
    (["incidents", "show", "inc-nothere"], 1, "no incident"),
    (["incidents", "list", "--as-of", "someday"], 2, "as-of"),
])
def test_incidents_cli_errors_are_messages(db, args, code, message):
    r = runner.invoke(app, args + ["--db", db])
    assert r.exit_code == code and message in r.output and "Traceback" not in r.output
