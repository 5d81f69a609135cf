"""Round-3 relation and claim rules: an extension told again ("approved the extension") gives its day
and end, card holders counted two sentences on, a returns clause beside returns from elsewhere keeps
its count, a border officials' flag meeting at a crossing between "the two countries" is talks, a
dateline with its filing day places the act told "here", and a percentage set after a count's clause
("..., nine percent fewer than") is that count's change."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_PUB = "2025-05-08"  # a Thursday


def _events(text: str, kind: str, published: str | None = _PUB) -> list:
    return [e for e in extract(Document(id="t", text=text, published=published)).events if e.type == kind]


# --- refugees: the extension told again -----------------------------------------------------------

@pytest.mark.parametrize("second,until", [
    ("Reports said the federal cabinet on Wednesday approved the extension until the end of December 2025.", "2025-12-31"),
    ("Officials said ministers on Wednesday endorsed this extension till September 30, 2025.", "2025-09-30"),
])
def test_refugees_s3_extension_told_again_gives_day_and_end(second: str, until: str) -> None:
    text = ("Pakistan has prolonged the stay of Afghans who carry registration cards by several months, "
            "a step aid groups welcomed.\n\n" + second)
    ext = [e for e in _events(text, "refugees") if e.action == "extension"]
    assert [(e.date, e.until) for e in ext] == [("2025-05-07", until)]


def test_refugees_s3_extension_word_alone_needs_an_earlier_extension() -> None:
    text = "Reports said the federal cabinet on Wednesday approved the extension of the motorway to Swat."
    assert not [e for e in _events(text, "refugees") if e.action == "extension"]


# --- refugees: card holders counted --------------------------------------------------------------

@pytest.mark.parametrize("count_line,count", [
    ("Some 1.2 million registered Afghans hold such cards, official figures show.", 1_200_000),
    ("About 800,000 Afghan refugees holding these cards live in Khyber Pakhtunkhwa.", 800_000),
])
def test_refugees_s3_card_holders_counted_after_the_extension(count_line: str, count: int) -> None:
    text = ("ISLAMABAD: The cabinet on Wednesday extended the validity of PoR cards held by Afghan refugees "
            "until December 31, 2025.\n\nThe decision was taken on the interior ministry's advice.\n\n" + count_line)
    ext = [e for e in _events(text, "refugees") if e.action == "extension"]
    assert [e.count for e in ext] == [count]


def test_refugees_s3_holders_of_other_documents_give_no_count() -> None:
    text = ("ISLAMABAD: The cabinet on Wednesday extended the validity of PoR cards held by Afghan refugees "
            "until December 31, 2025.\n\nSome 2.1 million Afghans hold legal documents, officials say.")
    assert [e.count for e in _events(text, "refugees") if e.action == "extension"] == [None]


# --- refugees: returns beside returns from elsewhere -----------------------------------------------

@pytest.mark.parametrize("other", ["while 3,500 others came back from Iran through Islam Qala",
                                   "whereas 1,900 more returned from Iran"])
def test_refugees_s3_returns_clause_keeps_its_count(other: str) -> None:
    text = (f"KABUL: The ministry said 1,640 Afghan migrants returned from Pakistan through the Torkham crossing "
            f"on Tuesday, {other}.")
    ret = [e for e in _events(text, "refugees") if e.action == "returns"]
    assert [(e.crossing, e.count) for e in ret] == [("Torkham", 1640)]


def test_refugees_s3_one_clause_with_both_origins_gives_no_count() -> None:
    text = ("KABUL: The ministry said 1,640 Afghan migrants returned from Pakistan and Iran through the Torkham "
            "crossing on Tuesday.")
    assert all(e.count is None for e in _events(text, "refugees") if e.action == "returns")


# --- diplomacy: a flag meeting at a crossing --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The gate opened after a flag meeting of frontier commanders of the two countries at Torkham on Wednesday, "
    "in which both sides agreed to pull back the new fencing, sources said.",
    "Officials said a flag meeting between security officials of both sides was held at Chaman on Wednesday "
    "and the two sides agreed to remove the barrier.",
])
def test_diplomacy_s3_flag_meeting_at_a_crossing_is_talks(sentence: str) -> None:
    got = [(e.action, e.date, e.parties, e.crossing or e.place) for e in _events(sentence, "diplomacy")]
    assert len(got) == 1 and got[0][:3] == ("talks", "2025-05-07", ["AF", "PK"])


def test_diplomacy_s3_flag_meeting_without_a_crossing_or_two_sides_is_no_event() -> None:
    text = ("Residents said a flag meeting was held at Torkham on Wednesday and the traders agreed to "
            "end their sit-in.")
    assert _events(text, "diplomacy") == []


def test_diplomacy_s3_state_agreement_stays_an_agreement() -> None:
    text = "ISLAMABAD: Pakistan and Afghanistan signed a transit trade accord in Kabul on Wednesday, officials said."
    assert [e.action for e in _events(text, "diplomacy")] == ["agreement"]


# --- diplomacy: a dated dateline -------------------------------------------------------------------

@pytest.mark.parametrize("dateline,admin1", [("KABUL, May 7 (Xinhua) -- ", "Kabul"),
                                              ("ISLAMABAD, 7 May (AFP) - ", "Islamabad")])
def test_diplomacy_s3_dated_dateline_places_talks_here(dateline: str, admin1: str) -> None:
    text = (dateline + "The foreign ministers of China, Afghanistan and Pakistan held their trilateral dialogue "
            "here on Wednesday, the foreign ministry said.")
    got = _events(text, "diplomacy")
    assert [(e.action, e.admin1) for e in got] == [("talks", admin1)]


def test_diplomacy_s3_plain_opening_words_are_no_dateline() -> None:
    text = ("THE MINISTERS, meeting on Wednesday - China, Afghanistan and Pakistan - held their trilateral "
            "dialogue, the foreign ministry said.")
    assert all(e.admin1 is None for e in _events(text, "diplomacy"))


# --- claims: a percentage after a count's clause ---------------------------------------------------

def _claims(text: str, published: str = "2025-03-02") -> set[tuple]:
    doc = Document(id="t", text=text, published=published)
    return {(c.metric, c.value, c.unit, c.direction) for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("tail,direction", [("12 percent fewer than in January", "decrease"),
                                            ("15 percent more than the month before", "increase")])
def test_claims_s3_percent_after_a_count_clause_is_its_change(tail: str, direction: str) -> None:
    text = f"In February 2025, troops killed 64 militants in raids across the province, {tail}, the monitor said."
    got = _claims(text)
    value = int(tail.split()[0])
    assert ("militants_killed", value, "percent", direction) in got
    assert not any(m == "operations" and u == "percent" for m, _, u, _ in got)


def test_claims_s3_percent_of_a_named_metric_keeps_it() -> None:
    text = "In February 2025, troops killed 64 militants, while attacks fell 12 percent from January, the monitor said."
    assert ("attacks", 12, "percent", "decrease") in _claims(text)


# --- quotes: a speech verb form after an article is an adjective ----------------------------------

def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published=_PUB)).quotes]


@pytest.mark.parametrize("adjective", ["the continued shelling", "a stated plan"])
def test_quotes_s3_verb_form_after_an_article_is_no_speech_verb(adjective: str) -> None:
    text = (f"ISLAMABAD - Kabul on Friday said it had sent a strong note to Pakistan over {adjective} along the border "
            'and rejected the reports as "baseless and misleading".')
    assert _quotes(text) == [("Kabul", "baseless and misleading")]


def test_quotes_s3_verb_without_an_article_still_speaks() -> None:
    text = 'Asked about the delay, Gul Zaman Afridi continued: "We cannot wait another week for the gate to open."'
    assert [s for s, _ in _quotes(text)] == ["Gul Zaman Afridi"]
