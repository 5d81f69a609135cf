"""REST API through a real HTTP client (FastAPI TestClient) against the real app and a fixture database."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient
from test_api_fixtures import BANNU, BANNU_EVIDENCE, INCIDENTS, N_ATTACKS, build_fixture_db

from frontierwatch.analytics.brief import build_brief
from frontierwatch.analytics.periods import parse_period
from frontierwatch.analytics.queries import stats as analytics_stats
from frontierwatch.api import create_app
from frontierwatch.api.exports import ACLED_COLUMNS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("api") / "fx.duckdb")


@pytest.fixture(scope="module")
def client(db: Path):
    app = create_app(db, poll_seconds=0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("params,expected", [
    ({}, sorted(INCIDENTS)),
    ({"type": "attack"}, ["I-0001", "I-0002", "I-0008"]),
    ({"admin2": "bannu"}, ["I-0001"]),
    ({"admin1": "Balochistan"}, ["I-0008"]),
    ({"perpetrator": "TTP"}, ["I-0001"]),
    ({"tactic": "ied"}, ["I-0008"]),
    ({"target": "police"}, ["I-0001"]),
    ({"type": "attack", "from": "2025-03-10", "to": "2025-03-16"}, ["I-0002"]),
    ({"q": "checkpost"}, ["I-0001"]),
    ({"q": "Torkham", "type": "border_crossing"}, ["I-0004", "I-0006"]),
    ({"country": "AF"}, []),
    ({"admin1": "x' OR '1'='1"}, []),  # parameterised: an injection attempt is just a value
])
def test_api_incidents_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    r = client.get("/api/incidents", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert sorted(i["incident_id"] for i in body["items"]) == expected
    assert body["total"] == len(expected)


def test_api_incidents_sort_and_pagination(client: TestClient) -> None:
    r = client.get("/api/incidents", params={"type": "attack", "sort": "-deaths", "per_page": 1, "page": 1})
    assert r.json()["items"][0]["incident_id"] == "I-0002"  # five killed
    pages = [client.get("/api/incidents", params={"per_page": 3, "page": p}).json() for p in (1, 2, 3)]
    ids = [i["incident_id"] for p in pages for i in p["items"]]
    assert len(ids) == len(set(ids)) == len(INCIDENTS)
    assert all(p["total"] == len(INCIDENTS) for p in pages)


def test_api_incident_every_source_with_evidence(client: TestClient) -> None:
    r = client.get(f"/api/incidents/{BANNU}")
    assert r.status_code == 200
    inc = r.json()
    assert inc["n_reports"] == 2
    killed = sorted(rep["killed_security_forces"] for rep in inc["reports"])
    assert killed == [3, 4]
    evidence = [s for rep in inc["reports"] for s in rep["evidence"]]
    assert any(BANNU_EVIDENCE in s for s in evidence)
    assert {rep["document_url"] for rep in inc["reports"]} == {"/api/documents/fx-a", "/api/documents/fx-b"}
    spans = [sp for rep in inc["reports"] for sp in rep["evidence_spans"]]
    assert all(sp["end_char"] > sp["start_char"] >= 0 for sp in spans)


def test_api_document_spans_point_into_text(client: TestClient) -> None:
    doc = client.get("/api/documents/fx-c").json()
    assert [e["type"] for e in doc["events"]] == ["attack", "security_operation"]
    for e in doc["events"]:
        for ev in e["evidence"]:
            assert doc["text"][ev["start_char"]:ev["end_char"]] == ev["text"]


@pytest.mark.parametrize("params,total", [({}, 9), ({"type": "attack"}, 4), ({"doc_id": "fx-e"}, 2),
                                          ({"source": "Border Herald"}, 4)])
def test_api_events_are_raw_reports(client: TestClient, params: dict, total: int) -> None:
    assert client.get("/api/events", params=params).json()["total"] == total


@pytest.mark.parametrize("by,metric", [("admin1", "attacks"), ("type", "attacks"), ("week", "deaths"),
                                       ("target", "attacks"), ("admin2", "deaths")])
def test_api_stats_equal_analytics(client: TestClient, db: Path, by: str, metric: str) -> None:
    body = client.get("/api/stats", params={"by": by, "metric": metric, "month": "2025-03"}).json()
    con = duckdb.connect(str(db), read_only=True)
    try:
        direct = analytics_stats(con, parse_period(month="2025-03"), by=by, metric=metric)
    finally:
        con.close()
    assert body["rows"] == json.loads(json.dumps(direct, default=str))
    if by == "type" and metric == "attacks":
        assert {r["key"]: r["value"] for r in body["rows"]}["attack"] == N_ATTACKS


def test_api_brief_equals_library_brief(client: TestClient, db: Path) -> None:
    body = client.get("/api/brief", params={"week": "2025-03-12"}).json()
    con = duckdb.connect(str(db), read_only=True)
    try:
        direct = build_brief(con, parse_period(week="2025-03-12")).to_dict()
    finally:
        con.close()
    assert body == json.loads(json.dumps(direct, default=str))
    assert body["attacks"]["current"]["value"] == 1 and body["attacks"]["previous"]["value"] == 2


@pytest.mark.parametrize("fmt,needle", [("markdown", "#"), ("html", "<svg")])
def test_api_brief_formats(client: TestClient, fmt: str, needle: str) -> None:
    r = client.get("/api/brief", params={"week": "2025-03-12", "format": fmt})
    assert r.status_code == 200 and needle in r.text


def test_api_crossings_closed_span(client: TestClient) -> None:
    spans = client.get("/api/crossings").json()["Torkham"]
    assert [(s["closed_on"], s["reopened_on"]) for s in spans] == [("2025-03-03", "2025-03-07")]


def test_api_relations_weeks_have_components(client: TestClient) -> None:
    weeks = client.get("/api/relations").json()
    assert weeks and all("components" in w and "index" in w for w in weeks)
    assert weeks[0]["week_start"] == "2025-03-03"


def test_api_check_returns_a_verdict_per_claim(client: TestClient) -> None:
    text = "Militant attacks in Pakistan fell by 40 percent in March 2025, officials said."
    r = client.post("/api/check", json={"text": text, "published": "2025-04-03"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["n_claims"] == len(body["checks"]) >= 1
    assert all(c["verdict"] in ("supported", "contradicted", "not enough data") for c in body["checks"])


def test_api_export_csv_has_acled_columns(client: TestClient) -> None:
    r = client.get("/api/export.csv", params={"type": "attack"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert sorted(r["event_id_cnty"] for r in rows) == ["I-0001", "I-0002", "I-0008"]
    assert {r["event_id_cnty"]: r["fatalities"] for r in rows}["I-0002"] == "5"


def test_api_export_geojson_and_parquet(client: TestClient) -> None:
    gj = client.get("/api/export.geojson").json()
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(INCIDENTS)
    lon, lat = gj["features"][0]["geometry"]["coordinates"]
    assert 60 < lon < 80 and 23 < lat < 39
    pq = client.get("/api/export.parquet", params={"type": "attack"})
    assert pq.content[:4] == b"PAR1"
    con = duckdb.connect(":memory:")
    n = con.execute("SELECT count(*) FROM read_parquet(?)", [_tmp_write(pq.content)]).fetchone()[0]
    assert n == 3


def _tmp_write(data: bytes) -> str:
    import tempfile

    fh = tempfile.NamedTemporaryFile(suffix=".parquet", delete=False)
    fh.write(data)
    fh.close()
    return fh.name


@pytest.mark.parametrize("method,url,kwargs,status,fragment", [
    ("get", "/api/incidents/NOPE", {}, 404, "NOPE"),
    ("get", "/api/documents/nope", {}, 404, "nope"),
    ("get", "/api/nowhere", {}, 404, "/api/nowhere"),
    ("get", "/api/incidents", {"params": {"from": "yesterday"}}, 400, "yesterday"),
    ("get", "/api/incidents", {"params": {"per_page": 0}}, 422, "per_page"),
    ("get", "/api/incidents", {"params": {"sort": "color"}}, 400, "sort"),
    ("get", "/api/stats", {"params": {"by": "colour"}}, 400, "colour"),
    ("get", "/api/stats", {"params": {"month": "2025-13"}}, 400, "2025-13"),
    ("post", "/api/check", {"json": {}}, 422, "text"),
    ("post", "/api/check", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "invalid"),
    ("post", "/api/check", {"content": b"x" * 1_100_000, "headers": {"content-type": "application/json"}}, 413, "limit"),
    ("delete", "/api/incidents", {}, 405, "DELETE"),
    ("post", "/api/ingest", {"json": {}}, 404, "/api/ingest"),  # no token configured: no such route
])
def test_api_errors_are_json_without_traceback(client: TestClient, method: str, url: str, kwargs: dict,
                                               status: int, fragment: str) -> None:
    r = client.request(method.upper(), url, **kwargs)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["status"] == status and fragment in err["message"]
    assert "Traceback" not in r.text and 'File "' not in r.text


def test_api_docs_work_offline(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/incidents" in spec["paths"] and "/api/ingest" not in spec["paths"]
    html = client.get("/docs").text
    assert "/api/export.csv" in html
    assert "cdn" not in html.lower() and "<script src=\"http" not in html


@pytest.fixture()
def token_client(tmp_path: Path):
    db = build_fixture_db(tmp_path / "tok.duckdb")
    app = create_app(db, token="s3cret", poll_seconds=0)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


_NEW_DOC = {"id": "fx-new", "outlet": "Test Wire", "published": "2025-03-14", "title": "New report",
            "text": "Unknown gunmen shot dead two policemen in Lakki Marwat district on Thursday, police said. "
                    "The attackers fled on a motorcycle."}


@pytest.mark.parametrize("headers,status", [({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                                            ({"X-Frontierwatch-Token": "nope"}, 403)])
def test_api_ingest_requires_the_token(token_client: TestClient, headers: dict, status: int) -> None:
    r = token_client.post("/api/ingest", json={"documents": [_NEW_DOC]}, headers=headers)
    assert r.status_code == status and r.json()["error"]["status"] == status


def test_api_ingest_with_token_adds_documents(token_client: TestClient) -> None:
    gen = token_client.get("/api/health").json()["generation"]
    r = token_client.post("/api/ingest", json={"documents": [_NEW_DOC]}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200, r.text
    assert r.json()["generation"] > gen
    assert token_client.get("/api/documents/fx-new").status_code == 200
