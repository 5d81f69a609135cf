"""Refugee measures: "approved extending" is an extension; a province's own government locates its order in
that province (a federal one stays national); a figure "between <day> and <day>" is a statistic, not the
count of one day's returns."""
from __future__ import annotations

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _refugees(text: str) -> list:
    doc = Document(id="t", text=text, published="2025-05-08")
    return [e for e in extract(doc).events if e.type == "refugees"]


def test_extract_refugees3_measures_approved_extending_is_an_extension() -> None:
    text = ("ISLAMABAD: The federal cabinet on Wednesday approved extending the registration cards of about "
            "800,000 Afghan refugees until December 31, 2025.")
    evs = _refugees(text)
    assert [(e.action, e.count, e.until, e.date, e.admin1) for e in evs] == [
        ("extension", 800000, "2025-12-31", "2025-05-07", None)]


def test_extract_refugees3_measures_provincial_order_has_its_province() -> None:
    text = ("PESHAWAR: The Khyber Pakhtunkhwa home department on Wednesday ordered Afghan nationals without cards "
            "to leave the province by May 31.")
    evs = _refugees(text)
    assert [(e.action, e.admin1, e.until) for e in evs] == [("deadline", "Khyber Pakhtunkhwa", "2025-05-31")]


def test_extract_refugees3_measures_federal_order_stays_national() -> None:
    text = ("ISLAMABAD: The interior ministry on Wednesday ordered Afghan nationals without cards to leave "
            "the country by May 31.")
    assert [(e.action, e.admin1) for e in _refugees(text)] == [("deadline", None)]


def test_extract_refugees3_measures_span_figure_is_not_the_days_count() -> None:
    text = ("QUETTA: On Tuesday alone, 1,870 Afghans returned through the Chaman border, officials said.\n\n"
            "According to aid agencies, 95,000 Afghans returned from Pakistan between January 1 and May 4 this year.")
    assert [(e.action, e.count, e.date) for e in _refugees(text)] == [("returns", 1870, "2025-05-06")]
