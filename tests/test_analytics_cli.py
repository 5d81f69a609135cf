"""CLI: brief/crossings/relations/check/import-events run through typer's CliRunner on a file database."""
import json

import pytest
from typer.testing import CliRunner

from frontierwatch.analytics.testing import sample_db
from frontierwatch.cli import app
from frontierwatch.records import Claim, Extraction

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "fw.duckdb"
    con = sample_db()
    con.execute(f"ATTACH '{path}' AS f")
    con.execute("COPY FROM DATABASE memory TO f")
    con.execute("DETACH f")
    return str(path)


@pytest.mark.parametrize("args,expect", [
    (["brief", "--week", "2025-09-12", "--week-start", "friday"], "Militant attacks: **12**"),
    (["brief", "--busiest-week", "--week-start", "friday"], "week 2025-09-05 to 2025-09-11"),
    (["brief", "--year", "2024", "--format", "html"], "<svg"),
    (["brief", "--week", "2025-09-12", "--region", "merged districts"], "merged districts"),
    (["crossings"], "Torkham"),
    (["relations", "--week-start", "friday"], "2025-09-12  index  -2.00"),
    (["stats", "--by", "admin1", "--year", "2024"], "Balochistan"),
])
def test_analytics_cli_commands(db, args, expect):
    r = runner.invoke(app, [*args, "--db", db])
    assert r.exit_code == 0, r.output
    assert expect in r.output


def test_analytics_cli_brief_json(db):
    r = runner.invoke(app, ["brief", "--db", db, "--week", "2025-09-12", "--week-start", "fri", "--format", "json"])
    assert json.loads(r.output)["attacks"]["current"]["value"] == 12


@pytest.mark.parametrize("args,msg", [
    (["brief", "--week", "2025-09-12", "--year", "2024"], "exactly one"),
    (["brief", "--month", "2025-13"], "YYYY-MM"),
    (["brief", "--week", "2025-09-12", "--format", "pdf"], "--format"),
])
def test_analytics_cli_bad_input_is_one_line(db, args, msg):
    r = runner.invoke(app, [*args, "--db", db])
    assert r.exit_code == 2 and msg in r.output and "Traceback" not in r.output


def test_analytics_cli_missing_db(tmp_path):
    r = runner.invoke(app, ["brief", "--year", "2024", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "not found" in r.output


def test_analytics_cli_check_lists_each_claim(db, tmp_path, monkeypatch):
    art = tmp_path / "a.txt"
    art.write_text("An article about attack figures.\n", encoding="utf-8")
    claims = [Claim("attacks", 12, period_start="2025-09-12", period_end="2025-09-18", region="PK"),
              Claim("operations", 9, period_start="2025-09-12", period_end="2025-09-18", region="PK")]
    monkeypatch.setattr("frontierwatch.extract.extract", lambda doc: Extraction(doc.id, claims=claims))
    r = runner.invoke(app, ["check", str(art), "--db", db, "--published", "2025-09-25"])
    assert r.exit_code == 0, r.output
    assert "verdict: SUPPORTED  claimed 12" in r.output and "verdict: CONTRADICTED  claimed 9" in r.output


def test_analytics_cli_import_events(tmp_path):
    csv = tmp_path / "ev.csv"
    csv.write_text("event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,fatalities\n"
                   "P1,2024-01-05,Explosions/Remote violence,Suicide bomb,X,Pakistan,Sindh,3\n", encoding="utf-8")
    dbp = str(tmp_path / "new.duckdb")
    for expect in ("added 1 events", "1 already present"):
        r = runner.invoke(app, ["import-events", str(csv), "--acled", "--dataset", "ACLED", "--db", dbp])
        assert r.exit_code == 0, r.output
        assert expect in r.output


def test_analytics_cli_check_stored_claims(tmp_path):
    from frontierwatch.analytics import store_claims

    path = tmp_path / "c.duckdb"
    con = sample_db()
    store_claims(con, [Claim("attacks", 12, period_start="2025-09-12", period_end="2025-09-18", region="PK",
                             source="PICSS"),
                       Claim("attacks", 30, period_start="2025-09-12", period_end="2025-09-18", region="PK",
                             source="PIPS")])
    con.execute(f"ATTACH '{path}' AS f")
    con.execute("COPY FROM DATABASE memory TO f")
    con.execute("DETACH f")
    r = runner.invoke(app, ["check", "--stored", "--db", str(path)])
    assert r.exit_code == 0, r.output
    assert "source PICSS" in r.output and "SUPPORTED" in r.output and "CONTRADICTED" in r.output
    only = runner.invoke(app, ["check", "--stored", "--source", "pips", "--db", str(path)])
    assert "PICSS" not in only.output and "PIPS" in only.output
