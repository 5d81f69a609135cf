"""The speed shortcuts (pattern prefilters, shared tokenisers, windowed name scans) give exactly
what the plain definitions give, on invented texts including awkward characters."""
from __future__ import annotations

import random
from datetime import date

import pytest

from frontierwatch.extract import periods as P
from frontierwatch.extract import speakers as S
from frontierwatch.geo import scan
from frontierwatch.geo.gazetteer import fold

TEXTS = [
    "Militants carried out 41 attacks in the first half of 2024, up from 30 in H2 2023.",
    "Between March and May 2022 the toll was 12; in the past three weeks it rose to 19.",
    "Since June 2022, 3–9 March and January 27 to February 3, 2024 saw fewer raids.",
    "The year to date count, so far this year, stood at 8 (Q3 2020: 5).",
    "So far in 2021 there were 7 raids.",
    "In 2019 to date 4, thus far 2020 none.",
    "In the week under review, the month before and the previous quarter were quiet.",
    "LAST YEAR THE PAST WEEK, Last Month, paſt week, dıscussed lAst year, İSTANBUL 2021.",
    "Türkiye and KÖHAT, ΟΔΟΣ Peshawar, D.I. Khan, Dand-e-Patan_Kurram, Khyber  Pakhtunkhwa’s Swat.",
    "The Pakistan Peoples Party (PPP) said, the spokesman added, that Dr. M. Ali (KP) agreed.",
    "Ali Khan, the district police officer, told reporters; “We are ready,” said Gul Rehman, a resident.",
    "",
    "   ",
    "the Kelvin sign \u212a and week\u212a and no months at all",
]


def _reference_periods(text: str, ref: date | None) -> list[P.Period]:
    saved = P._candidates
    P._candidates = lambda t: P._PATTERNS if P._HINT.search(t) else []
    try:
        return P.find_periods(text, ref)
    finally:
        P._candidates = saved


def _random_texts(seed: int, pieces: list[str], n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(n)]


_PERIOD_PIECES = ["March", " 2021", " 3", "-", " to ", " and ", " week", " month", "s", " year", " Q", "H", "1",
                  " since ", " past ", " last ", " far", " date", " first ", " half", " quarter", " of ", ",",
                  " the ", " so", " thus", " in ", "İ", "ı", "\u212a", " May", " 12"]


@pytest.mark.parametrize("text", TEXTS + _random_texts(7, _PERIOD_PIECES, 300))
@pytest.mark.parametrize("ref", [None, date(2025, 3, 10)])
def test_periods_prefilter_same_as_every_pattern(text: str, ref: date | None) -> None:
    assert P.find_periods(text, ref) == _reference_periods(text, ref)


@pytest.mark.parametrize("text", TEXTS + _random_texts(11, ["Kö", "hat", " ", "_", "Ä", "1", "-", "’", "ΟΣ", "a"], 200))
def test_scan_tokens_same_as_token_regex(text: str) -> None:
    bounds, words = scan._tokens(text)
    expected = [(m.start(), m.end(), fold(m.group())) for m in scan._TOKEN.finditer(text)]
    assert [(bounds[2 * i], bounds[2 * i + 1], w) for i, w in enumerate(words)] == expected


@pytest.mark.parametrize("text", TEXTS + _random_texts(3, ["Ali", " ", "\u0130", "\u212a", "said", "-", "’", "x"], 200))
def test_speaker_tokens_same_as_word_regex(text: str) -> None:
    bounds, words, lows = S._tokens(text)
    expected = [(m.start(), m.end(), m.group(0)) for m in S._WORD.finditer(text)]
    assert [(bounds[2 * i], bounds[2 * i + 1], w) for i, w in enumerate(words)] == expected
    assert lows == [w.lower() for _, _, w in expected]


_NAME_PIECES = ["Pakistan Peoples Party", " (PPP)", "(PPP)", ", the", ", a", " minister", "Ali", " ", "\n", ",",
                ".", "Dr.", "M. Ali", "ul", " de ", "(X)", "(Abc-d)", "’s", "'", "-", "Khan", "(", ")", "the", "_"]


@pytest.mark.parametrize("pattern,tail", [(S._ACRONYM, S._ACRONYM_TAIL), (S._APPOSITION, S._APPOSITION_TAIL)])
@pytest.mark.parametrize("text", TEXTS + _random_texts(5, _NAME_PIECES, 300))
def test_names_before_same_as_full_scan(pattern, tail, text: str) -> None:
    got = [(m.span(), m.groups()) for m in S._names_before(pattern, tail, text)]
    assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)]


_DATE_PIECES = ["Monday", "monday", "Mondays", " on ", "Tuesday", "Wednesday", "thursday", "FRIDAY", "Saturday",
                "Sunday", "yesterday", "today", "Today", " the day before yesterday", " this morning", "this  evening",
                "tonight", "last night", "Last Night", " two days ago", " 3 days ago", "six days ago", " March ",
                "Mar.", "sept", "Sep", "May", "december", " 24", "24th", "1st", "-", "–", " to ", "2025", "2025-03-24",
                "19", "20", "-03-", "31", " of ", ",", " ", "\n", "x", "day", "night", "this ", "İ", "ı", "\u212a",
                "\u0663", "\u0663 March", "martyred", "doday", "_", "next "]


def _plain_dates(text: str, published) -> list:
    """find_dates with the plain regex scan (no start prefilter, no memo)."""
    from frontierwatch.extract import dates as D

    saved = D._scan_lower
    D._scan_lower = D._ALL_LOWER.finditer
    try:
        return D._find_dates(text, published)
    finally:
        D._scan_lower = saved


@pytest.mark.parametrize("text", TEXTS + _random_texts(13, _DATE_PIECES, 400) + [
    "Officials said on Monday that the day before yesterday, two days ago and on 24th March 2025 " * 10])
@pytest.mark.parametrize("published", [None, "2025-03-26", date(2024, 1, 2)])
def test_find_dates_prefilter_same_as_plain_regex(text: str, published) -> None:
    from frontierwatch.extract import dates as D

    expected = _plain_dates(text, published)
    assert D.find_dates(text, published) == expected
    assert D.find_dates(text, published) == expected  # a remembered whole text gives the same again
    low = text.lower()
    assert [m.span() for m in D._scan_lower(low)] == [m.span() for m in D._ALL_LOWER.finditer(low)]


def test_find_dates_memo_returns_a_fresh_list() -> None:
    from frontierwatch.extract import dates as D

    text = "Gunmen struck on Monday, police said on Tuesday. " * 10
    first = D.find_dates(text, "2025-03-26")
    assert len(first) == 20
    first.clear()
    assert len(D.find_dates(text, "2025-03-26")) == 20


_LEXICONS = ["casualty_verbs", "event_cues", "actors", "tactics", "targets", "states", "victim_groups",
             "crossing_cues", "refugee_cues", "diplomacy_cues", "quote_verbs"]
_LEX_PIECES = ["killed", "were killed", "Killed", " ", "  ", "\n", "-", "–", "—", "’s", "'", "\"", "“", "(", ")", "/",
               ".", ",", "suicide", " attack", "attacker", "TTP", "Tehrik-e-Taliban", " Pakistan", "Pakistani", "s",
               "police", " post", "border", " crossing", "refugees", "met", " with", "the", " ", "é", "…", "\u00a0",
               "\u2009", "_", "x", "1", "İ", "ı", "\u212a", "ſ", "\u0301", "€", "Ω", "ﬁ", "\t"]


def _plain_hits(lex, text: str, start: int, end: int) -> list:
    """The hits of one plain regex pass (lookbehind tried at every position) over text[start:end]."""
    from frontierwatch.extract.lexicon import Hit, lowered

    low = lowered(text)
    rx, src = (lex._lower_regex, low) if low is not None else (lex.regex, text)
    out = []
    for m in rx.finditer(src, start, end):
        row = lex.lookup(text[m.start():m.end()])
        if row is not None:
            out.append(Hit(m.start(), m.end(), row[0], row[1]))
    return out


@pytest.mark.parametrize("name", _LEXICONS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lexicon_scan_from_the_character_before_same_as_plain_regex(name: str, seed: int) -> None:
    from frontierwatch.extract.lexicon import load

    lex = load(name)
    rng = random.Random(seed)
    phrases = [k.rstrip("*") + ("ern" if k.endswith("*") else "") for k in list(lex.rows)[:60]]
    pieces = _LEX_PIECES + phrases + [p.upper() for p in phrases[:10]] + [p.replace(" ", "-") for p in phrases[:10]]
    texts = TEXTS + _random_texts(seed, pieces, 150)
    for text in texts:
        text = str(text)  # a new object: no remembered scan
        assert lex._scan_window(text, 0, len(text)) == _plain_hits(lex, text, 0, len(text))
        for _ in range(4):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            assert lex._scan_window(text, a, b) == _plain_hits(lex, text, a, b), (text, a, b)
        fresh = "".join(list(text))
        assert lex.find(fresh) == _plain_hits(lex, fresh, 0, len(fresh))


def test_lexicon_fast_scan_is_used_on_plain_text() -> None:
    from frontierwatch.extract.lexicon import _separable, load

    assert load("casualty_verbs")._after_regex is not None
    assert _separable("two were killed — “a blast”…\u00a0é")
    assert not _separable("two were killed ‹here›")


_WORD_SPAN_PIECES = ["last", " week", " weeks", " ago", "in ", "In", " March", " 2021", " 12", "since", "recently",
                     " a few days ago", "earlier this", " month", "-", "mid", "\n", " ", ",", "(", "“", "…", "é",
                     "İ", "\u212a", "\u0301", "_", "97", " militant", " attacks", "two", " IBOs", " operations", "x",
                     "1,079", " incidents", "three", "\u2014", "\u00a0", "Ω"]


@pytest.mark.parametrize("text", TEXTS + _random_texts(17, _WORD_SPAN_PIECES, 400))
def test_word_spans_same_as_finditer(text: str) -> None:
    from frontierwatch.extract import cues as C
    from frontierwatch.extract import dates as D
    from frontierwatch.extract.lexicon import word_spans

    low = text.lower()
    for rx, sep in ((D._VAGUE_LOWER, D._VAGUE_AFTER), (C._STATS_LOWER, C._STATS_AFTER)):
        assert word_spans(rx, sep, low) == [m.span() for m in rx.finditer(low)]
        for a in range(0, len(low) + 1, 7):
            assert word_spans(rx, sep, low, a, len(low) - a // 3) == [m.span() for m in rx.finditer(low, a, len(low) - a // 3)]


_CASUALTY_PIECES = ["The toll", " rose to ", "nine", " 12", " Number of", " deaths", " climbed", " injured", " wounded",
                    " were", " taken", " to hospital", " took", " hostage", " hostages", " captive", " those killed",
                    " were named as ", "Ali Khan", " and ", "Gul Rehman", " identified", " of those", " killed",
                    " were policemen", " included", " two soldiers", "TOLL", "HoStAgE", "ſ", "İ", "ı", "\u212a",
                    "\n", ",", ".", " "]


@pytest.mark.parametrize("text", TEXTS + _random_texts(19, _CASUALTY_PIECES, 400))
def test_casualty_special_word_gate_same_as_every_regex(text: str, monkeypatch) -> None:
    from frontierwatch.extract import casualties as CA

    got = CA._special(text, 0, len(text), 1)
    monkeypatch.setattr(CA, "_words_in", lambda *a: (lambda *words: True))
    assert got == CA._special(text, 0, len(text), 1)


def test_without_case_traps_returns_the_same_text_when_there_is_none() -> None:
    from frontierwatch.extract.text import without_case_traps

    plain = "Türkiye’s envoy — “no” İ".replace("İ", "")
    assert without_case_traps(plain) is plain
    assert without_case_traps("İı ſ \u212a x") == "Ii s K x"


@pytest.mark.parametrize("text", TEXTS + _random_texts(23, _LEX_PIECES, 200))
def test_separable_window_only_when_its_characters_allow(text: str) -> None:
    from frontierwatch.extract.lexicon import _all_known, _separable

    fresh = "".join(["", text, " tail"])  # a new object, never checked whole before
    for a in range(1, len(fresh), 5):
        b = min(len(fresh) - 1, a + 9)
        assert _separable(fresh, a, b) == _all_known(fresh[a - 1:b])
    assert _separable(fresh) == _all_known(fresh)
    for a in range(0, len(fresh), 5):  # once the whole text is known, a window never says yes wrongly
        assert not _separable(fresh, a, a + 9) or _all_known(fresh[max(0, a - 1):a + 9])


_QUANTITY_PIECES = ["between ", "10", " and ", "12", "two", " to ", "three", "-", "–", "both", " both", ", both",
                    "a", " an ", "another", " seven-year-old", " 5 years old", "1,079", "3.5", "twenty-three",
                    " dozen", "A Dozen", "hundreds", " thousand", "x", " ", "\n", "(", "“", "é", "İ", "\u212a",
                    "\u0301", "_", "Ω", "٣"]


@pytest.mark.parametrize("text", TEXTS + _random_texts(29, _QUANTITY_PIECES, 400))
def test_find_quantities_from_the_character_before_same_as_finditer(text: str, monkeypatch) -> None:
    from frontierwatch.extract import numbers as N

    windows = [(0, len(text))] + [(a, min(len(text), a + 11)) for a in range(1, len(text), 6)]
    got = [N.find_quantities(text, a, b) for a, b in windows]
    monkeypatch.setattr(N, "word_matches", lambda rx, sep, s, a, b: [(m.start(), m) for m in rx.finditer(s, a, b)])
    assert got == [N.find_quantities(text, a, b) for a, b in windows]


_NAME_WORDS = ["Ali", " Khan", " Gul", " Rehman", " was", " were", " also", " has been", " killed", ", a resident,",
               ", the driver of a van,", " ", "  ", "\n", "O’Neil", " Abd-ul", "x", "ALI", " Él", "İ", "."]


@pytest.mark.parametrize("text", TEXTS + _random_texts(31, _NAME_WORDS, 300))
def test_name_patterns_same_as_repeat_first_form(text: str) -> None:
    import re

    from frontierwatch.extract import victim_phrases as VP

    old = r"(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][a-z'’\-]+"
    before = re.compile(VP.NAME_BEFORE.pattern.replace(VP._NAME, old))
    after = re.compile(VP.NAME_AFTER.pattern.replace(VP._NAME, old))
    assert before.pattern != VP.NAME_BEFORE.pattern
    for a in range(0, len(text) + 1, 3):
        for rx, ref, f in ((VP.NAME_BEFORE, before, "search"), (VP.NAME_AFTER, after, "match")):
            got, want = getattr(rx, f)(text, a), getattr(ref, f)(text, a)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
