"""Situation-report tables: week/period rows, total rows, headed lists of labelled counts are content."""
import pytest

from frontierwatch.clean import classify_lines, clean_text, line_noise

WEEKLY = """Returns through the northern crossings, October

Week | Dates | People returned
40 | 29 Sep–5 Oct | 8,120
41 | 6–12 Oct | 9,045
42–43 | 13–26 Oct | 17,300
Total | | 34,465

Agencies expect the pace to slow in November."""


def test_period_table_rows_header_and_total_are_kept():
    text = clean_text(WEEKLY)
    for line in ("Week | Dates | People returned", "41 | 6–12 Oct | 9,045", "42–43 | 13–26 Oct | 17,300",
                 "Total | | 34,465"):
        assert line in text


@pytest.mark.parametrize("row", [
    "3–9 March 2026 | 412 | +6%",
    "| 12 | 14-20 Jun | 1,006 |",
    "Grand total | | 2,310 | 14%",
])
def test_period_and_total_rows_are_not_noise(row):
    assert line_noise(row) is None


@pytest.mark.parametrize("line", [
    "Mar 4, 2026 | 11:20",
    "Home | | Contact",
    "12 | Share | Tweet",
    "Sport | | |",
    "Share | | 12",
    "Comments | | 3",
])
def test_other_pipe_lines_stay_noise(line):
    assert line_noise(line) is not None


HEADED = """Arrivals by province of origin

Punjab: 4,210
Sindh: 2,975
Balochistan: 1,100

The figures were compiled by the provincial home departments."""


@pytest.mark.parametrize("heading", ["Arrivals by province of origin", "ARRIVALS BY PROVINCE OF ORIGIN"])
def test_heading_over_a_blank_line_and_rows_is_kept(heading):
    lines = dict(classify_lines(HEADED.replace("Arrivals by province of origin", heading)))
    assert lines[heading] is None
    assert lines["Sindh: 2,975"] is None


def test_capitals_heading_without_rows_stays_dropped():
    lines = dict(classify_lines("LATEST FROM THE REGION NEWS\n\nA blast hit the market on Friday, police said."))
    assert lines["LATEST FROM THE REGION NEWS"] is not None


@pytest.mark.parametrize("row", ["- Sindh: 4 attacks", "• Kurram: 12 people killed", "- Zhob: 3 incidents"])
def test_labelled_counts_with_a_noun_are_rows(row):
    assert line_noise(row) is None


@pytest.mark.parametrize("line", ["Updated: 3 hours ago", "Read: 4 min", "Posted: 12 minutes ago", "Dollar: 281 rupees",
                                  "Karachi: 31 degrees", "- Gold: 4,100 rupees", "Zhob: 3 incidents"])
def test_clock_counts_are_not_rows(line):
    assert line_noise(line) is not None


@pytest.mark.parametrize("pad", [8, 60])
def test_padded_period_row_that_fails_is_rejected_fast(pad):
    import time
    row = "| 12" + " " * pad + "| 3–9 Mar" + " " * pad + "".join("| " + str(n) + " " * pad for n in range(5)) + "| n/a |"
    total = "| Total" + " " * pad + "|" * 20 + " " * pad + "| 5 " * 7 + "| see note |"
    t = time.process_time()
    for line in (row, total):
        line_noise(line)
    assert time.process_time() - t < 0.5
