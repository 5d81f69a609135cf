"""CLI: `frontierwatch ingest` and `docs list|show|rejected|stats` through typer's CliRunner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from frontierwatch.cli import app


def _run(runner, *args: str):
    return runner.invoke(app, list(args))


def test_cli_ingest_then_list_show(runner, tmp_path: Path, fixtures_dir: Path) -> None:
    db = str(tmp_path / "fw.duckdb")
    res = _run(runner, "ingest", str(fixtures_dir / "ingest" / "report.json"), "--db", db)
    assert res.exit_code == 0, res.output
    assert "1 stored" in res.stdout
    listed = _run(runner, "docs", "list", "--db", db)
    assert listed.exit_code == 0
    assert listed.stdout.split()[:4] == ["fx-json-1", "Example", "Tribune", "2024-03-15"]
    shown = _run(runner, "docs", "show", "fx-json-1", "--db", db)
    assert shown.exit_code == 0
    assert "title:        Checkpost attacked in a border district" in shown.stdout
    assert "Two constables were wounded" in shown.stdout and "icon-facebook" not in shown.stdout
    raw = _run(runner, "docs", "show", "fx-json-1", "--raw", "--db", db)
    assert "icon-facebook" in raw.stdout


def test_cli_ingest_twice_reports_nothing_new(runner, tmp_path: Path, fixtures_dir: Path) -> None:
    db = str(tmp_path / "fw.duckdb")
    _run(runner, "ingest", str(fixtures_dir / "ingest"), "--db", db)
    again = _run(runner, "ingest", str(fixtures_dir / "ingest"), "--db", db)
    assert again.exit_code == 0 and "0 stored" in again.stdout and "nothing new" in again.stdout
    assert "already stored:" in again.stdout


def test_cli_ingest_skips_bad_input_with_one_line_and_exit_1(runner, tmp_path: Path, fixtures_dir: Path) -> None:
    db = str(tmp_path / "fw.duckdb")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "bad.json").write_text("{oops", encoding="utf-8")
    shutil.copy(fixtures_dir / "ingest" / "report.txt", tmp_path / "in" / "good.txt")
    res = _run(runner, "ingest", str(tmp_path / "in"), "--db", db)
    assert res.exit_code == 1
    skipped = [ln for ln in res.stderr.splitlines() if ln.startswith("skipped: ")]
    assert len(skipped) == 2 and any("empty.txt: empty file" in ln for ln in skipped)
    assert any("bad.json: malformed JSON" in ln for ln in skipped)
    assert "Traceback" not in res.output and "1 stored" in res.stdout
    rejected = _run(runner, "docs", "rejected", "--db", db)
    assert rejected.exit_code == 0 and len(rejected.stdout.strip().splitlines()) == 2


def test_cli_ingest_max_bytes_option(runner, tmp_path: Path, fixtures_dir: Path) -> None:
    res = _run(runner, "ingest", str(fixtures_dir / "ingest" / "page.html"), "--db", str(tmp_path / "x.duckdb"),
               "--max-bytes", "100")
    assert res.exit_code == 1 and "too large" in res.stderr


def test_cli_ingest_published_and_outlet_fallbacks(runner, tmp_path: Path) -> None:
    p = tmp_path / "note.txt"
    p.write_text("Police said the road to the valley was reopened on Sunday after heavy snow was cleared "
                 "by the highway authority.", encoding="utf-8")
    db = str(tmp_path / "fw.duckdb")
    res = _run(runner, "ingest", str(p), "--db", db, "--published", "2024-01-07", "--outlet", "Example Post")
    assert res.exit_code == 0, res.output
    shown = _run(runner, "docs", "show", "note", "--db", db).stdout
    assert "published:    2024-01-07" in shown and "outlet:       Example Post" in shown


@pytest.mark.parametrize("args, code, message", [
    (["ingest", "x.txt", "--published", "25-09-2025"], 2, "not a date like"),
    (["docs", "show", "nope"], 1, "no document with id 'nope'"),
])
def test_cli_errors_are_messages(runner, tmp_path: Path, fixtures_dir: Path, args, code, message) -> None:
    db = str(tmp_path / "fw.duckdb")
    _run(runner, "ingest", str(fixtures_dir / "ingest" / "report.json"), "--db", db)
    res = _run(runner, *args, "--db", db)
    assert res.exit_code == code and message in res.output and "Traceback" not in res.output


def test_cli_docs_on_missing_database_is_a_message(runner, tmp_path: Path) -> None:
    res = _run(runner, "docs", "list", "--db", str(tmp_path / "none.duckdb"))
    assert res.exit_code == 2 and "no database" in res.stderr and "Traceback" not in res.output


def test_cli_docs_stats(runner, tmp_path: Path, fixtures_dir: Path) -> None:
    db = str(tmp_path / "fw.duckdb")
    _run(runner, "ingest", str(fixtures_dir / "ingest"), "--db", db)
    res = _run(runner, "docs", "stats", "--db", db)
    assert res.exit_code == 0 and "documents: 8" in res.stdout


def test_cli_db_from_environment(runner, tmp_path: Path, fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTIERWATCH_DB", str(tmp_path / "env.duckdb"))
    assert _run(runner, "ingest", str(fixtures_dir / "ingest" / "report.json")).exit_code == 0
    assert "fx-json-1" in _run(runner, "docs", "list").stdout


def test_cli_seed_json_and_seed_text_store_one_document(runner, tmp_path: Path, shared_dir: Path) -> None:
    seed_json = shared_dir / "corpus" / "dev" / "docs" / "seed.json"
    seed_txt = shared_dir / "seeds" / "000_5f65102a985eecf8.txt"
    if not (seed_json.exists() and seed_txt.exists()):
        pytest.skip("seed files absent")
    db = str(tmp_path / "fw.duckdb")
    assert _run(runner, "ingest", str(seed_json), "--db", db).exit_code == 0
    res = _run(runner, "ingest", str(seed_txt), "--published", "2025-09-25", "--db", db)
    assert res.exit_code == 0 and "already stored" in res.stdout
    assert len(_run(runner, "docs", "list", "--db", db).stdout.strip().splitlines()) == 1
    shown = _run(runner, "docs", "show", "seed", "--db", db)
    assert shown.exit_code == 0 and "published:    2025-09-25" in shown.stdout
    body = shown.stdout.split("\n\n", 1)[1]
    assert "icon-facebook" not in body and "author image" not in body and "ISLAMABAD:" in body


def test_cli_seed_text_alone_stores_one_clean_document(runner, tmp_path: Path, shared_dir: Path) -> None:
    seed_txt = shared_dir / "seeds" / "000_5f65102a985eecf8.txt"
    if not seed_txt.exists():
        pytest.skip("seed text absent")
    db = str(tmp_path / "fw.duckdb")
    res = _run(runner, "ingest", str(seed_txt), "--published", "2025-09-25", "--db", db)
    assert res.exit_code == 0 and "1 stored" in res.stdout
    lines = _run(runner, "docs", "list", "--db", db).stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("000_5f65102a985eecf8")


def test_cli_docs_show_seed_after_text_then_json(runner, tmp_path: Path, shared_dir: Path) -> None:
    seed_json = shared_dir / "corpus" / "dev" / "docs" / "seed.json"
    seed_txt = shared_dir / "seeds" / "000_5f65102a985eecf8.txt"
    if not (seed_json.exists() and seed_txt.exists()):
        pytest.skip("seed files absent")
    db = str(tmp_path / "fw.duckdb")
    assert _run(runner, "ingest", str(seed_txt), "--published", "2025-09-25", "--db", db).exit_code == 0
    assert _run(runner, "ingest", str(seed_json), "--db", db).exit_code == 0
    shown = _run(runner, "docs", "show", "seed", "--db", db)
    assert shown.exit_code == 0 and "aliases:      seed" in shown.stdout and "published:    2025-09-25" in shown.stdout
