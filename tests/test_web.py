"""Dashboard pages checked by parsing their HTML (the figures must equal the API's JSON)."""
from __future__ import annotations

import re

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from fastapi.testclient import TestClient
from test_api_fixtures import BANNU, BANNU_EVIDENCE, build_fixture_db

from frontierwatch.api import create_app
from frontierwatch.web.views import highlight

HTML = {"accept": "text/html"}
_STEP = re.compile(r"([a-zA-Z0-9*]*)((?:[#.][\w-]+|\[[\w-]+(?:=[^\]]+)?\])*)")


def css(el: lxml.html.HtmlElement, selector: str) -> list:
    """A small CSS-to-XPath subset (tag, #id, .class, [attr], [attr=value], descendant) without cssselect."""
    xp = "."
    for step in selector.split():
        m = _STEP.fullmatch(step)
        assert m, step
        tag, rest = m.group(1) or "*", m.group(2)
        preds = []
        for part in re.findall(r"[#.][\w-]+|\[[^\]]+\]", rest):
            if part[0] == "#":
                preds.append(f"@id='{part[1:]}'")
            elif part[0] == ".":
                preds.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {part[1:]} ')")
            else:
                name, _, value = part[1:-1].partition("=")
                preds.append(f"@{name}='{value}'" if value else f"@{name}")
        xp += f"//{tag}" + "".join(f"[{p}]" for p in preds)
    return el.xpath(xp)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    db = build_fixture_db(tmp_path_factory.mktemp("web") / "fx.duckdb")
    with TestClient(create_app(db, poll_seconds=0), raise_server_exceptions=False) as c:
        yield c


def page(client: TestClient, url: str, **kw) -> lxml.html.HtmlElement:
    r = client.get(url, headers=HTML, **kw)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(r.text)


def test_web_overview_figures_equal_brief_json(client: TestClient) -> None:
    doc = page(client, "/?week=2025-03-12")
    brief = client.get("/api/brief", params={"week": "2025-03-12"}).json()
    attacks = css(doc, "#card-attacks a.num")
    assert attacks[0].text_content() == str(brief["attacks"]["current"]["value"])
    assert attacks[1].text_content() == str(brief["attacks"]["previous"]["value"])
    ids = parse_qs(urlsplit(attacks[1].get("href")).query)["ids"][0].split(",")
    assert sorted(ids) == sorted(brief["attacks"]["previous"]["incident_ids"])
    assert css(doc, "svg.map") and css(doc, "svg.columns rect")


def test_web_every_number_links_to_incidents(client: TestClient) -> None:
    doc = page(client, "/?week=2025-03-05")
    nums = css(doc, "a.num")
    assert len(nums) >= 5
    for a in nums:
        href = a.get("href")
        assert href.startswith("/incidents"), href
        assert css(page(client, href), "table.incidents tbody tr")


def test_web_no_external_assets(client: TestClient) -> None:
    for url in ("/", "/incidents", f"/incidents/{BANNU}", "/crossings", "/relations", "/check", "/docs"):
        doc = page(client, url)
        refs = [el.get("src") or el.get("href") for sel in ("script[src]", "link[href]", "img[src]") for el in css(doc, sel)]
        assert all(r.startswith("/") for r in refs if r), (url, refs)
    assert client.get("/static/style.css").status_code == 200


@pytest.mark.parametrize("query,rows", [("type=attack", 3), ("type=attack&admin1=Balochistan", 1), ("q=Torkham", 4),
                                        (f"ids={BANNU},I-0008", 2), ("country=AF", 0)])
def test_web_incidents_table_applies_filters(client: TestClient, query: str, rows: int) -> None:
    doc = page(client, "/incidents?" + query)
    links = css(doc, "table.incidents a.incident-link")
    assert len(links) == rows
    assert css(doc, "#result-count")[0].text_content().strip().startswith(f"{rows} incident")


def test_web_incident_page_shows_every_source_and_evidence(client: TestClient) -> None:
    doc = page(client, f"/incidents/{BANNU}")
    rows = css(doc, "#source-figures tbody tr")
    assert len(rows) == 2
    assert sorted(css(r, "td")[3].text_content() for r in rows) == ["3", "4"]
    marks = [m.text_content() for m in css(doc, "blockquote.evidence mark")]
    assert any(BANNU_EVIDENCE in m for m in marks)
    assert {a.get("href") for a in css(doc, "#source-figures a")} == {"/documents/fx-a", "/documents/fx-b"}


def test_web_document_page_marks_evidence_spans(client: TestClient) -> None:
    doc = page(client, "/documents/fx-c")
    marks = [m.text_content() for m in css(doc, "article.doc-text mark")]
    assert len(marks) == 2 and marks[1].startswith("Security forces later killed")
    assert "".join(css(doc, "article.doc-text")[0].itertext()).startswith("A suicide bomber")


@pytest.mark.parametrize("spans,expected", [
    ([], [("abcdef", None)]),
    ([(1, 3, "e1")], [("a", None), ("bc", "e1"), ("def", None)]),
    ([(0, 3, "e1"), (0, 3, "e2")], [("abc", "e1"), ("def", None)]),  # one sentence, two events
    ([(4, 99, "e1")], [("abcdef", None)]),  # out-of-range span ignored
])
def test_web_highlight_splits_text(spans: list, expected: list) -> None:
    events = [{"id": eid, "evidence": [{"start_char": s, "end_char": e}]} for s, e, eid in spans]
    assert highlight("abcdef", events) == expected


def test_web_crossings_timeline(client: TestClient) -> None:
    doc = page(client, "/crossings")
    cells = [td.text_content().strip() for td in css(css(doc, "#closures tbody tr")[0], "td")]
    assert cells[:3] == ["Torkham", "2025-03-03", "2025-03-07"]
    assert css(doc, "svg.timeline rect.closed")


def test_web_relations_chart_and_table(client: TestClient) -> None:
    doc = page(client, "/relations")
    assert css(doc, "svg.columns rect")
    weeks = client.get("/api/relations").json()
    active = [w for w in weeks if w["count"]]
    assert len(css(doc, "#relations-weeks tbody tr")) == len(active)


def test_web_check_form_shows_verdicts(client: TestClient) -> None:
    doc = page(client, "/check")
    assert css(doc, "form#check-form textarea[name=text]")
    text = "Militant attacks in Pakistan rose by 50 percent in March 2025, with 3 attacks recorded."
    r = client.post("/check", data={"text": text, "published": "2025-04-02"}, headers=HTML)
    assert r.status_code == 200
    api = client.post("/api/check", json={"text": text, "published": "2025-04-02"}).json()
    rows = css(lxml.html.fromstring(r.text), "#verdicts tbody tr")
    assert [css(row, "td.verdict")[0].text_content().strip() for row in rows] == \
        [c["verdict"] for c in api["checks"]]


@pytest.mark.parametrize("url,status", [("/incidents/NOPE", 404), ("/documents/nope", 404),
                                        ("/incidents?sort=bad", 400), ("/?week=notadate", 400)])
def test_web_errors_render_a_page(client: TestClient, url: str, status: int) -> None:
    r = client.get(url, headers=HTML)
    assert r.status_code == status
    doc = lxml.html.fromstring(r.text)
    assert css(doc, ".error-message") and "Traceback" not in r.text


def test_web_empty_database_still_renders(tmp_path: Path) -> None:
    from frontierwatch.store import open_store

    open_store(tmp_path / "empty.duckdb").close()
    with TestClient(create_app(tmp_path / "empty.duckdb", poll_seconds=0), raise_server_exceptions=False) as c:
        for url in ("/", "/incidents", "/crossings", "/relations", "/check"):
            assert c.get(url, headers=HTML).status_code == 200, url


@pytest.mark.parametrize("start,unit,end", [("2025-03-03", "week", "2025-03-09"), ("2024-02-01", "month", "2024-02-29"),
                                            ("2025-12-01", "month", "2025-12-31")])
def test_web_trend_bucket_end(start: str, unit: str, end: str) -> None:
    from frontierwatch.web.views import _bucket_end

    assert _bucket_end(start, unit) == end


def test_web_overview_map_carries_boundary_attribution(client: TestClient) -> None:
    """The district boundaries are ODbL: the map must show their attribution."""
    credits = " ".join(p.text_content() for p in css(page(client, "/"), "p.map-credits"))
    assert "geoBoundaries (ODbL)" in credits
    assert "Natural Earth" in credits
