"""Relations events, second study: the day of a removal before the day it was told, a closure right
after the lead's clash, a restriction "since <month>" as background, a reopening with some traffic still
barred (with near-misses that stay as they were)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

PUB = "2025-10-15"  # a Wednesday


def _events(text: str, kind: str) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title=None)
    out = set()
    for e in extract(doc).events:
        if e.type != kind:
            continue
        out.add((e.crossing, e.status if kind == "border_crossing" else e.action, e.date))
    return out


@pytest.mark.parametrize("text, expected", [
    # the day of the removal ("on Monday") beats the day it was told ("said on Tuesday")
    ("QUETTA: The provincial government said on Tuesday that 1,450 Afghan nationals were deported through "
     "the Chaman border on Monday.", {("Chaman", "deportation", "2025-10-13")}),
    ("CHAMAN: More than 1,400 Afghans were deported through the Chaman border yesterday, officials said.",
     {("Chaman", "deportation", "2025-10-14")}),
    # near-miss: only the day it was told
    ("QUETTA: The provincial government said on Tuesday that 1,450 Afghan nationals were deported through "
     "the Chaman border.", {("Chaman", "deportation", "2025-10-14")}),
])
def test_extract_relations2_removal_day(text: str, expected: set) -> None:
    assert _events(text, "refugees") == expected


@pytest.mark.parametrize("text, expected", [
    # a closure "soon after the firing" takes the day of the clash the story leads with
    ("Afghan forces fired on Pakistani posts near the Kharlachi crossing in Kurram on Monday evening, officials said. "
     "One soldier was injured.\n\nAuthorities shut the Kharlachi crossing shortly after the firing, leaving trucks stranded.",
     {("Kharlachi", "closed", "2025-10-13")}),
    # near-miss: a closure with no clash before it stays on the report's day
    ("Officials said the lead story was about trade.\n\nAuthorities shut the Kharlachi crossing, leaving trucks stranded.",
     {("Kharlachi", "closed", PUB)}),
])
def test_extract_relations2_closure_after_clash(text: str, expected: set) -> None:
    assert _events(text, "border_crossing") == expected


@pytest.mark.parametrize("text, expected", [
    # a restriction in force "since <month>" is background: no day, no event
    ("Traffic through the Chaman crossing has been suspended for pedestrians since August and remains restricted.",
     set()),
    # near-miss: a suspension on a named day is an event
    ("Traffic through the Chaman crossing was suspended for pedestrians on Monday, officials said.",
     {("Chaman", "closed", "2025-10-13")}),
])
def test_extract_relations2_since_month_background(text: str, expected: set) -> None:
    assert _events(text, "border_crossing") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Chaman crossing reopened on Monday after six days, but the movement of goods vehicles stayed suspended.",
     {("Chaman", "partially_reopened", "2025-10-13")}),
    ("The Kharlachi crossing resumed trade on Monday, but travellers will not be allowed through until new "
     "scanners are installed, officials said.", {("Kharlachi", "partially_reopened", "2025-10-13")}),
    # near-miss: a plain reopening
    ("The Kharlachi crossing reopened on Monday for all traffic, officials said.",
     {("Kharlachi", "reopened", "2025-10-13")}),
])
def test_extract_relations2_partial_reopening(text: str, expected: set) -> None:
    assert _events(text, "border_crossing") == expected


def _diplomacy(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title=None)
    return {(e.action, e.date) for e in extract(doc).events if e.type == "diplomacy"}


@pytest.mark.parametrize("text, expected", [
    # a flag meeting of local border officials is no talks between states
    ("The Torkham crossing stayed shut on Tuesday after a flag meeting between Pakistani and Afghan officials "
     "ended without a deal, officials said.", set()),
    # near-miss: a flag meeting that agrees a ceasefire is one
    ("Pakistani and Afghan border officials agreed on Monday to a ceasefire along the Chaman frontier at a flag "
     "meeting held at the Friendship Gate, officials said.", {("ceasefire", "2025-10-13")}),
])
def test_extract_relations2_flag_meeting(text: str, expected: set) -> None:
    assert _diplomacy(text) == expected


def _refugee_decisions(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title=None)
    return {(e.action, e.date, e.until) for e in extract(doc).events if e.type == "refugees"}


@pytest.mark.parametrize("text, expected", [
    # an extension and a fresh deadline for other people, set in one decision: two events
    ("ISLAMABAD: The federal cabinet on Monday extended the validity of PoR cards held by Afghan refugees until "
     "June 30, 2026, while setting a fresh deadline of November 30 for undocumented Afghans to leave the country.",
     {("extension", "2025-10-13", "2026-06-30"), ("deadline", "2025-10-13", "2025-11-30")}),
    # near-miss: the extension moves the deadline it names; one event
    ("ISLAMABAD: The federal cabinet on Monday extended the deadline for PoR card holders to leave the country "
     "until June 30, 2026.", {("extension", "2025-10-13", "2026-06-30")}),
])
def test_extract_relations2_separate_deadline(text: str, expected: set) -> None:
    assert _refugee_decisions(text) == expected
