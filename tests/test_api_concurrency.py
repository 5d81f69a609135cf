"""The server keeps answering while `frontierwatch ingest` (another process) writes the same DuckDB file."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from test_api_fixtures import build_fixture_db

from frontierwatch.api.launch import CLI, start_server

TEXTS = [
    "Militants opened fire on a police van in Tank district on Wednesday, killing one constable, police said.",
    "Security forces killed three militants during a search operation in Bajaur district on Monday, officials said.",
]


def _start_server(db: Path) -> tuple[subprocess.Popen, str]:
    proc, base = start_server(db, "--poll", "0.2", env={"FRONTIERWATCH_TOKEN": ""}, timeout=30)
    return proc, base + "/"


def test_api_serves_while_ingest_writes(tmp_path: Path) -> None:
    db = build_fixture_db(tmp_path / "live.duckdb")
    docs = []
    for i, text in enumerate(TEXTS):
        p = tmp_path / f"new-{i}.json"
        p.write_text(json.dumps({"id": f"live-{i}", "outlet": "Test Wire", "published": f"2025-03-1{i + 2}",
                                 "title": f"Live report {i}", "text": text}), encoding="utf-8")
        docs.append(p)
    proc, url = _start_server(db)
    stop = threading.Event()
    results: list[tuple[str, int]] = []
    errors: list[str] = []

    def hammer() -> None:
        with httpx.Client(base_url=url, timeout=60) as c:
            paths = ["api/stats?by=admin1&month=2025-03", "api/incidents?per_page=5", "", "api/health"]
            n = 0
            while not stop.is_set():
                path = paths[n % len(paths)]
                n += 1
                try:
                    results.append((path, c.get("/" + path).status_code))
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {exc!r}")

    try:
        workers = [threading.Thread(target=hammer) for _ in range(3)]
        for w in workers:
            w.start()
        gen0 = httpx.get(url + "api/health").json()["generation"]
        for p in docs:  # one writer process per document: the file is locked and released twice
            done = subprocess.run([*CLI, "ingest", "--db", str(db), "--quiet", str(p)], capture_output=True, text=True,
                                  timeout=120)
            assert done.returncode == 0, done.stderr
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if httpx.get(url + f"api/documents/live-{len(docs) - 1}").status_code == 200:
                break
            time.sleep(0.2)
        stop.set()
        for w in workers:
            w.join(timeout=30)
        assert not errors, errors[:5]
        bad = [(p, s) for p, s in results if s != 200]
        assert not bad, bad[:5]
        assert len(results) > 20
        for i in range(len(docs)):
            assert httpx.get(url + f"api/documents/live-{i}").status_code == 200
        assert httpx.get(url + "api/health").json()["generation"] > gen0
    finally:
        stop.set()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.parametrize("hold_seconds", [0.6])
def test_api_snapshot_kept_while_writer_holds_lock(tmp_path: Path, hold_seconds: float) -> None:
    from frontierwatch.api.snapshot import Snapshot

    db = build_fixture_db(tmp_path / "held.duckdb")
    snap = Snapshot(db, poll_seconds=0)
    try:
        assert snap.refresh() and snap.generation == 1
        code = (f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                f"c.execute(\"UPDATE documents SET title = 'held' WHERE id = 'fx-a'\"); print('ready', flush=True); "
                f"time.sleep({hold_seconds}); c.close()")
        writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert writer.stdout and writer.stdout.readline().strip() == "ready"
        assert snap.refresh() is False and "locked" in (snap.last_error or "")
        with snap.cursor() as cur:  # the old snapshot still answers
            assert cur.execute("SELECT title FROM documents WHERE id = 'fx-a'").fetchone()[0] != "held"
        writer.wait(timeout=30)
        assert snap.refresh() and snap.generation == 2
        with snap.cursor() as cur:
            assert cur.execute("SELECT title FROM documents WHERE id = 'fx-a'").fetchone()[0] == "held"
    finally:
        snap.close()


def test_api_starts_while_writer_holds_lock_and_answers_503(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from frontierwatch.api import create_app

    db = build_fixture_db(tmp_path / "busy.duckdb")
    code = (f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('ready', flush=True); "
            "sys.stdin.readline(); c.close()")
    writer = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout and writer.stdout.readline().strip() == "ready"
        app = create_app(db, poll_seconds=0, startup_wait=0.3, prewarm=False)
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.get("/api/incidents")
            assert r.status_code == 503 and "locked" in r.json()["error"]["message"]
            assert r.headers["retry-after"] == "2"
            writer.communicate("done\n", timeout=30)
            assert app.state.snapshot.refresh()
            assert c.get("/api/incidents").json()["total"] == 8
    finally:
        if writer.poll() is None:
            writer.kill()
