"""End-to-end: the real `frontierwatch serve` driven by headless Debian Chromium through Playwright.

Skips cleanly when /usr/bin/chromium is missing (scripts/install_browser.sh installs it); never
downloads a browser. Screenshots go to test-artifacts/ (gitignored).
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_api_fixtures import BANNU, BANNU_EVIDENCE, build_fixture_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start the real CLI server on a free loopback port and yield its URL."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (run scripts/install_browser.sh)")
    db = build_fixture_db(tmp_path_factory.mktemp("browser") / "fx.duckdb")
    env = {**os.environ, "FRONTIERWATCH_TOKEN": ""}
    cmd = [sys.executable, "-c", "from frontierwatch.cli import main; main()", "serve", "--db", str(db), "--port", "0"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        url = _read_url(proc)
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _read_url(proc: subprocess.Popen) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline() if proc.stdout else ""
        m = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if m:
            return m.group(1)
        if proc.poll() is not None:
            break
    raise RuntimeError("frontierwatch serve did not print its URL")


@pytest.fixture(scope="module")
def page(base_url: str):
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1280, "height": 1000})
        pg.set_default_timeout(15_000)
        try:
            yield pg
        finally:
            browser.close()


def test_browser_overview_loads(page, base_url: str) -> None:
    page.goto(base_url + "?week=2025-03-05")
    assert page.locator("h1").first.inner_text().startswith("week 2025-03-03")
    assert page.locator("#card-attacks a.num").first.inner_text() == "2"
    assert page.locator("svg.map path.dist").count() > 50
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)


def test_browser_filter_incidents(page, base_url: str) -> None:
    page.goto(base_url + "incidents")
    page.select_option("select[name=type]", "attack")
    page.fill("input[name=admin1]", "Khyber Pakhtunkhwa")
    page.click("form#filters button[type=submit]")
    page.wait_for_url(re.compile(r".*type=attack.*"))
    assert page.locator("#result-count").inner_text().startswith("2 incidents")
    assert page.locator("table.incidents a.incident-link").count() == 2
    page.screenshot(path=str(ARTIFACTS / "incidents-filtered.png"), full_page=True)


def test_browser_open_incident_shows_evidence(page, base_url: str) -> None:
    page.goto(base_url + "incidents?type=attack")
    page.click(f"table.incidents a.incident-link:text-is('{BANNU}')")
    page.wait_for_url(re.compile(rf".*/incidents/{BANNU}$"))
    evidence = page.locator("blockquote.evidence mark").all_inner_texts()
    assert any(BANNU_EVIDENCE in e for e in evidence)
    assert page.locator("#source-figures tbody tr").count() == 2
    page.screenshot(path=str(ARTIFACTS / "incident.png"), full_page=True)
    page.click("#source-figures a >> nth=0")
    assert page.locator("article.doc-text mark").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "document.png"), full_page=True)


def test_browser_claim_check_form(page, base_url: str) -> None:
    page.goto(base_url + "check")
    page.fill("textarea[name=text]", "Militant attacks in Pakistan rose by 50 percent in March 2025, "
                                     "with 3 attacks recorded.")
    page.fill("input[name=published]", "2025-04-02")
    page.click("form#check-form button[type=submit]")
    page.wait_for_selector("#verdicts")
    verdicts = page.locator("#verdicts td.verdict").all_inner_texts()
    assert verdicts and all(v.strip() in ("supported", "contradicted", "not enough data") for v in verdicts)
    page.screenshot(path=str(ARTIFACTS / "check.png"), full_page=True)


@pytest.mark.parametrize("path,selector", [("crossings", "svg.timeline rect.closed"),
                                           ("relations", "svg.columns rect"), ("docs", "section.endpoint")])
def test_browser_other_pages_render(page, base_url: str, path: str, selector: str) -> None:
    page.goto(base_url + path)
    assert page.locator(selector).count() >= 1
    page.screenshot(path=str(ARTIFACTS / f"{path}.png"), full_page=True)
