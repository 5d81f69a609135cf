"""Pipe tables in scraped reports: rows of figures and their header are content, other pipe lines are furniture."""
import time

import pytest

from frontierwatch.clean import classify_lines, clean_text, line_noise

TABLE = """Militant violence by province, third quarter

Province | Attacks | Deaths | Change
Khyber Pakhtunkhwa | 88 | 141 | +12%
Balochistan | 47 | 96 | -8%

The report was released on Monday."""


def test_table_rows_and_header_are_kept():
    text = clean_text(TABLE)
    assert "Khyber Pakhtunkhwa | 88 | 141 | +12%" in text
    assert "Balochistan | 47 | 96 | -8%" in text
    assert "Province | Attacks | Deaths | Change" in text


@pytest.mark.parametrize("row", [
    "Kurram | 14 | 22",
    "| North Waziristan | 9 | 31 |",
    "Civilians killed | 1,204 | 37.5%",
])
def test_rows_of_figures_are_not_noise(row):
    assert line_noise(row) is None


@pytest.mark.parametrize("line", [
    "By Staff Reporter | Published 12 March 2026",
    "Home | Pakistan | World | Sport",
    "Aug 26, 2025 | Last updated 11:20 am",
    "Mar 4, 2026 | 11:20",
])
def test_other_pipe_lines_stay_furniture(line):
    assert line_noise(line) is not None


def test_header_without_a_row_below_stays_furniture():
    lines = dict(classify_lines("Home | Pakistan | World\n\nA blast hit the market on Friday, police said."))
    assert lines["Home | Pakistan | World"] is not None


def test_header_with_other_cell_count_stays_furniture():
    lines = dict(classify_lines("Home | Pakistan | World | Sport\nKurram | 14 | 22"))
    assert lines["Home | Pakistan | World | Sport"] is not None
    assert lines["Kurram | 14 | 22"] is None


@pytest.mark.parametrize("pad", [8, 40])
def test_padded_row_that_fails_is_rejected_fast(pad):
    # an aligned markdown row whose last cell is words: no figure row, and no backtracking over the padding
    row = "| Bannu" + " " * pad + "".join("| " + str(n) + " " * pad for n in range(12, 19)) + "| see note |"
    t = time.process_time()
    reason = line_noise(row)
    assert time.process_time() - t < 0.5
    assert reason == "page furniture"
