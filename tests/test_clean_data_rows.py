"""Labelled figures in a report's table ("Civilians: 214") are content; page counters ("Views: 1,234")
are noise, like other short lines."""
import pytest

from frontierwatch.clean import line_noise


@pytest.mark.parametrize("line", [
    "Soldiers and policemen: 233",
    "Insurgents / militants: 295",
    "Suicide attacks: 11 (up from 7)",
    "Share of attacks in Balochistan: 41%",
    "Total: 1,740.",
])
def test_clean_data_rows_are_kept(line):
    assert line_noise(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Comments: 12", "page counter"),
    ("Views: 1,234", "page counter"),
    ("Page views: 3.2k", "page counter"),
    ("Related stories", "also-read link"),
    ("Follow us", "short heading"),
])
def test_clean_data_rows_page_counters_still_dropped(line, reason):
    assert line_noise(line) == reason
