"""Brief figures asserted exactly from a hand-built database (frontierwatch.analytics.testing.sample_db)."""
from datetime import date, datetime
from html.parser import HTMLParser
import json

import pytest

from frontierwatch.analytics import build_brief, busiest_week, week_period
from frontierwatch.analytics.testing import add_document, add_event, link, memory_db, sample_db

WEEK = week_period("2025-09-12", "friday")


@pytest.fixture(scope="module")
def brief():
    return build_brief(sample_db(), WEEK)


def test_analytics_brief_attacks_and_change(brief):
    a = brief.attacks
    assert (a.current.value, a.previous.value, a.delta, a.pct, a.warning) == (12, 15, -3, -20.0, None)
    assert a.current.incident_ids == sorted(f"a{i}" for i in range(12))


def test_analytics_brief_casualties_and_lethality(brief):
    assert brief.deaths.current.value == 21 and brief.deaths.previous.value == 15
    groups = {k: f.value for k, f in brief.deaths_by_group.items()}
    assert groups == {"security_forces": 17, "civilians": 2, "militants": 2, "unspecified": 0}
    assert brief.injured.value == 18 and brief.abducted.value == 4 and brief.abducted.incident_ids == ["a10"]
    assert (brief.lethality.current, brief.lethality.previous, brief.lethality.rose) == (1.75, 1.0, True)


def test_analytics_brief_targets_tactics_shares(brief):
    assert [(s.key, s.count, s.share) for s in brief.targets] == [
        ("security_forces", 7, 58.3), ("police", 3, 25.0), ("civilians", 2, 16.7)]
    assert [(s.key, s.count) for s in brief.tactics][:3] == [("armed_assault", 4), ("ied", 4), ("suicide_bombing", 2)]


def test_analytics_brief_hotspots_with_merged_group(brief):
    assert [(s.key, s.count) for s in brief.provinces] == [("Khyber Pakhtunkhwa", 6), ("Balochistan", 5), ("Sindh", 1)]
    assert [(s.key, s.count) for s in brief.districts][:2] == [("North Waziristan", 3), ("Quetta", 3)]
    assert brief.merged_districts.count == 4  # 3 North Waziristan + 1 Khyber
    assert brief.merged_districts.incident_ids == ["a10", "a5", "a6", "a7"]


def test_analytics_brief_perpetrators_operations_border(brief):
    assert [(s.key, s.count) for s in brief.claimed_by] == [("TTP", 2), ("BLA", 1)]
    assert [(s.key, s.count) for s in brief.attributed_to] == [("TTP", 3), ("BLA", 2)]
    assert (brief.operations.value, brief.militants_killed.value, brief.militants_arrested.value) == (2, 12, 3)
    assert [i.incident_id for i in brief.cross_border] == ["x1"]
    closures = {c.crossing: (c.days, c.open_ended) for c in brief.closures}
    assert closures == {"Torkham": (15, False), "Chaman": (4, True)}
    assert [i.incident_id for i in brief.refugees] == ["r1"] and [i.incident_id for i in brief.diplomacy] == ["d1"]


def test_analytics_brief_yearly_trend_and_change(brief):
    assert [(p.label, p.attacks.value, p.deaths.value) for p in brief.yearly] == [
        ("2021", 4, 8), ("2024", 12, 24), ("2025", 27, 36)]
    yc = brief.yearly_change  # 2025 is incomplete: 2021 -> 2024
    assert (yc.previous.value, yc.current.value, yc.pct) == (4, 12, 200.0)
    assert yc.warning and "small counts" in yc.warning


def test_analytics_brief_series_covers_twelve_weeks(brief):
    assert brief.series_unit == "week" and len(brief.series) == 12
    assert brief.series[-1].start == WEEK.start and brief.series[-1].attacks.value == 12
    assert brief.series[-2].attacks.value == 15


@pytest.mark.parametrize("region,attacks", [("PK", 12), ("AF", 0), ("Balochistan", 5), ("kp", 6),
                                            ("merged districts", 4), ("tribal districts", 4), ("Quetta", 3)])
def test_analytics_brief_region_filter(region, attacks):
    assert build_brief(sample_db(), WEEK, region=region).attacks.current.value == attacks


def test_analytics_brief_small_count_warning_visible():
    con = memory_db()
    for i, d in enumerate(("2025-09-13", "2025-09-14", "2025-09-06")):
        add_event(con, f"e{i}", "attack", d, admin1="Sindh", killed_civilians=1)
    b = build_brief(con, WEEK)
    assert b.attacks.pct == 100.0 and "small counts" in b.attacks.warning
    md = b.to_markdown()
    assert "⚠ small counts (1 -> 2)" in md and "few sources" in md


def test_analytics_brief_linked_reports_count_once_with_latest_toll():
    con = memory_db()
    add_document(con, "early", date(2025, 9, 13))
    add_document(con, "late", date(2025, 9, 14))
    add_event(con, "early#0", "attack", "2025-09-13", admin1="Balochistan", admin2="Quetta", killed_security_forces=3,
              doc_id="early")
    add_event(con, "late#0", "attack", "2025-09-13", admin1="Balochistan", admin2="Quetta", killed_security_forces=5,
              injured=9, doc_id="late")
    link(con, "inc-1", ["early#0", "late#0"])
    b = build_brief(con, WEEK)
    assert b.attacks.current.value == 1 and b.attacks.current.incident_ids == ["inc-1"]
    assert b.deaths.current.value == 5 and b.injured.value == 9


def test_analytics_brief_as_of_reproduces_past_brief():
    con = sample_db()
    before = build_brief(con, WEEK, as_of="2025-09-19").to_dict()
    late = datetime(2025, 9, 22)
    add_event(con, "late1", "attack", "2025-09-15", admin1="Sindh", killed_civilians=9, ingested_at=late)
    link(con, "merged", ["a0", "a1"], linked_at=late)
    assert build_brief(con, WEEK, as_of="2025-09-19").to_dict() == before
    now = build_brief(con, WEEK)
    assert now.attacks.current.value == 12  # +1 late report, -1 by merging a0 and a1
    assert "late1" in now.attacks.current.incident_ids and "merged" in now.attacks.current.incident_ids


def test_analytics_brief_busiest_week_uses_week_start():
    con = sample_db()
    assert busiest_week(con, "friday").start == date(2025, 9, 5)  # 15 attacks beat 12
    assert busiest_week(con, "monday").days == 7


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.svgs, self.external = [], 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a":
            self.hrefs.append(a.get("href"))
        if tag == "svg":
            self.svgs += 1
        if tag in ("script", "link", "img") and (a.get("src") or a.get("href")):
            self.external.append(a)


def test_analytics_brief_html_links_and_inline_charts(brief):
    p = _Links()
    p.feed(brief.to_html())
    assert "/incidents/a10" in p.hrefs and "/incidents/x1" in p.hrefs
    assert p.svgs >= 5 and p.external == []


def test_analytics_brief_markdown_footnotes_and_json(brief):
    md = brief.to_markdown()
    assert "**12**[^1]" in md and "[^1]: incidents: a0, a1, a10" in md
    d = json.loads(json.dumps(brief.to_dict()))
    assert d["attacks"]["current"]["value"] == 12 and d["hotspots"]["merged_districts"]["count"] == 4
    assert d["coverage"]["few_sources"] is False
