"""`frontierwatch serve` errors, the request size limit on streamed bodies, and snapshot refresh."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_fixtures import build_fixture_db
from typer.testing import CliRunner

from frontierwatch.api import create_app
from frontierwatch.cli import app as cli_app
from frontierwatch.errors import StoreError


@pytest.mark.parametrize("args,message", [
    (["--db", "/nonexistent/dir/none.duckdb"], "database not found"),
    (["--port", "99999"], "65535"),
])
def test_api_serve_cli_reports_bad_options(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli_app, ["serve", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_api_create_app_missing_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="database not found"):
        create_app(tmp_path / "missing.duckdb")


def test_api_streamed_body_over_limit_is_413(tmp_path: Path) -> None:
    db = build_fixture_db(tmp_path / "fx.duckdb")
    app = create_app(db, poll_seconds=0, prewarm=False, max_body=1000)

    def chunks():
        for _ in range(20):
            yield b"x" * 100  # no Content-Length: the limit must count streamed bytes

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413 and "limit" in r.json()["error"]["message"]
        r = c.get("/api/incidents", params={"q": "x" * 9000})
        assert r.status_code == 414


def test_api_new_snapshot_is_served_after_refresh(tmp_path: Path) -> None:
    import duckdb

    db = build_fixture_db(tmp_path / "fx.duckdb")
    app = create_app(db, poll_seconds=0, prewarm=False)
    with TestClient(app, raise_server_exceptions=False) as c:
        assert c.get("/api/documents/fx-a").json()["title"] != "edited"
        con = duckdb.connect(str(db))
        con.execute("UPDATE documents SET title = 'edited' WHERE id = 'fx-a'")
        con.close()
        assert c.get("/api/documents/fx-a").json()["title"] != "edited"  # cached, old snapshot
        assert app.state.snapshot.refresh() is True
        assert c.get("/api/documents/fx-a").json()["title"] == "edited"
        assert c.get("/api/health").json()["generation"] == 2
