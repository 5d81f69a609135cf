"""A digest's bulleted figure rows ("- Sindh: 3") and the short heading above a run of them are content;
page counters stay noise, bulleted or not, and a heading with no rows below stays dropped."""
import pytest

from frontierwatch.clean import clean_text, line_noise


@pytest.mark.parametrize("line", [
    "- Balochistan: 19",
    "\u2013 Khyber Pakhtunkhwa: 1,204",
    "\u2022 Sindh: 3 (down from 5)",
    "* Punjab: 2",
    "\u00b7 Kabul: 7",
])
def test_clean_bullet_rows_are_kept(line):
    assert line_noise(line) is None


@pytest.mark.parametrize("line", [
    "Share: 12", "Comments: 4", "Views: 1,204", "- Comments: 4", "\u2022 Views: 1,204", "-Sindh: 3",
    "- sindh: 3",
])
def test_clean_bullet_rows_near_misses_dropped(line):
    assert line_noise(line) is not None


_ROWS = "Opening paragraph of the digest, which is a full sentence about the month.\n\n{head}\n{rows}\n\nClosing line of the digest is a sentence too."


@pytest.mark.parametrize("head, rows", [
    ("Attacks by region", "- Punjab: 4\n- Sindh: 6"),
    ("Deaths by province", "\u2022 Balochistan: 10\n\u2022 Khyber Pakhtunkhwa: 21\n\u2022 Punjab: 1"),
    ("Fatalities per province", "Sindh: 8\nPunjab: 9"),
])
def test_clean_bullet_rows_heading_kept_above_rows(head, rows):
    out = clean_text(_ROWS.format(head=head, rows=rows))
    assert f"{head}\n{rows}" in out


@pytest.mark.parametrize("head, rows", [
    ("Attacks by region", ""),                      # a heading with no rows below
    ("Attacks by region", "- Punjab: 4"),           # one row is no run
    ("Most read", "Share: 12\nComments: 4\nViews: 1,204"),  # counters are dropped, so no run is kept
    ("Attacks by region", "Some words here"),
])
def test_clean_bullet_rows_heading_without_rows_dropped(head, rows):
    out = clean_text(_ROWS.format(head=head, rows=rows))
    assert head not in out.split("\n")
    for counter in ("Share: 12", "Comments: 4", "Views: 1,204"):
        assert counter not in out
