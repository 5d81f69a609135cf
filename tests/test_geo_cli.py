"""`frontierwatch geo ...` commands through typer's CliRunner."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from frontierwatch.cli import app

runner = CliRunner()


def test_geo_cli_lookup_prints_resolution() -> None:
    res = runner.invoke(app, ["geo", "lookup", "Mir Ali"])
    assert res.exit_code == 0
    lines = dict(line.split(None, 1) for line in res.output.strip().splitlines())
    assert lines["country"] == "PK" and lines["admin2"] == "North Waziristan" and lines["precision"] == "1"
    assert lines["admin1"] == "Khyber Pakhtunkhwa" and float(lines["lat"]) > 30


def test_geo_cli_lookup_json_and_unknown() -> None:
    res = runner.invoke(app, ["geo", "lookup", "DI Khan", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["admin2"] == "Dera Ismail Khan"
    res = runner.invoke(app, ["geo", "lookup", "Atlantis"])
    assert res.exit_code == 1 and "not found" in res.output


def test_geo_cli_find_and_crossing() -> None:
    res = runner.invoke(app, ["geo", "find", "Clashes near Torkham and in Bajaur."])
    rows = [json.loads(line) for line in res.output.strip().splitlines()]
    assert [r["surface"] for r in rows] == ["Torkham", "Bajaur"] and rows[0]["crossing"] == "Torkham"
    res = runner.invoke(app, ["geo", "crossing", "Friendship Gate", "--side", "AF"])
    assert res.exit_code == 0 and json.loads(res.output)["admin1"] == "Kandahar"
