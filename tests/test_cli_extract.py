"""`frontierwatch extract`: the GUIDE's JSON Lines contract, streaming, incidents and failures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontierwatch.cli import app

REPORTS = {
    "alpha": ("2025-04-15", "QUETTA: Three Levies personnel were martyred on Monday when gunmen "
              "ambushed their vehicle in Mastung district of Balochistan, officials said."),
    "beta": ("2025-04-16", "Gunmen killed three Levies men in an ambush on their vehicle in Mastung "
             "on Monday, police said, adding that the attackers escaped."),
    "gamma": ("2025-04-16", "PESHAWAR: Two policemen were injured on Tuesday when a grenade was hurled "
              "at a police station in Bannu, officials said."),
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    for doc_id, (published, text) in REPORTS.items():
        doc = {"id": doc_id, "url": None, "outlet": f"outlet-{doc_id}", "published": published,
               "title": None, "text": text}
        (tmp_path / f"{doc_id}.json").write_text(json.dumps(doc), encoding="utf-8")
    return tmp_path


def _lines(output: str) -> dict[str, dict]:
    rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return {r["doc_id"]: r for r in rows}


def test_cli_extract_writes_one_object_per_document(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(corpus), "--jsonl"])
    assert result.exit_code == 0, result.output
    rows = _lines(result.stdout)
    assert set(rows) == set(REPORTS)
    ev = rows["alpha"]["events"][0]
    assert (ev["type"], ev["date"], ev["admin2"], ev["killed"]) == (
        "attack", "2025-04-14", "Mastung", {"security_forces": 3})
    assert all("incident" not in e for r in rows.values() for e in r["events"])


def test_cli_extract_incidents_links_reports_of_one_attack(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(corpus), "--jsonl", "--incidents"])
    assert result.exit_code == 0, result.output
    rows = _lines(result.stdout)
    a, b, c = (rows[k]["events"][0]["incident"] for k in ("alpha", "beta", "gamma"))
    assert a == b  # same attack, two outlets
    assert c != a  # another district, another day


def test_cli_extract_failure_in_one_document_skips_only_it(corpus: Path, monkeypatch) -> None:
    import frontierwatch.cli.extract_cmds as cmds

    real = cmds.run_extract

    def flaky(doc):
        if doc.id == "beta":
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(cmds, "run_extract", flaky)
    result = CliRunner().invoke(app, ["extract", str(corpus), "--jsonl"])
    assert result.exit_code == 1
    assert set(_lines(result.stdout)) == {"alpha", "gamma"}
    assert "beta.json: extraction failed: RuntimeError: boom" in result.stderr
