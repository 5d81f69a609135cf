"""A document without a publication date takes the date its page header gives (before the cleaner
drops the header as furniture); a date inside the story, or two different header dates, give none."""
import pytest

from frontierwatch.clean import clean_document, header_date
from frontierwatch.records import Document


@pytest.mark.parametrize("text, expected", [
    ("News | Khyber Pakhtunkhwa\n\nWednesday, March 4, 2026 | Updated 9:05 pm\n\nPESHAWAR: Two men were shot.", "2026-03-04"),
    ("Feb 9, 2026 | Kabul Daily Wire\n\nKABUL: Talks resumed.", "2026-02-09"),
    ("2026-05-01\nQUETTA: A convoy was attacked.", "2026-05-01"),
])
def test_clean_header_date_found(text, expected):
    assert header_date(text) == expected


@pytest.mark.parametrize("text", [
    "QUETTA: A convoy was attacked on March 4, 2026, officials said.",          # a date inside a sentence
    "Mar 4, 2026 | Edition one\nMar 5, 2026 | Edition two\nQUETTA: text",          # two headers disagree
    "one\ntwo\nthree\nfour\nMarch 4, 2026\nQUETTA: text",                          # too far down the page
])
def test_clean_header_date_none(text):
    assert header_date(text) is None


def test_clean_document_fills_only_a_missing_date():
    text = "Feb 9, 2026 | Kabul Daily Wire\n\nKABUL: Talks resumed on Sunday."
    assert clean_document(Document(id="a", text=text, published=None)).published == "2026-02-09"
    assert clean_document(Document(id="b", text=text, published="2026-02-10")).published == "2026-02-10"
    assert "Kabul Daily Wire" not in clean_document(Document(id="c", text=text, published=None)).text
