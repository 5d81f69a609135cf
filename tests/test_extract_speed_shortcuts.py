"""Speed shortcuts of issue 4 give exactly what the plain definitions give: the claim sentence
gate and the first-character lookaheads of fastre.led (claim lexicon, year and sentence-level
patterns), on invented sentences including awkward characters (case traps, dashes, curly quotes)."""
from __future__ import annotations

import random
import re

import pytest

from frontierwatch.extract import claims as C
from frontierwatch.extract import fastre
from frontierwatch.extract import mentions as M
from frontierwatch.extract import periods as P
from frontierwatch.extract import speakers as S
from frontierwatch.extract.claim_lexicon import LETTERS, NUMBER_WORDS, cue_patterns, lexicon

SENTENCES = [
    "Officials counted 58 terrorist attacks in the first quarter, up from 41 a year earlier.",
    "Twelve soldiers and three civilians were killed across the province last month.",
    "No attacks were recorded in Sindh, while K-P saw nine and Khyber-Pakhtunkhwa police arrested 40.",
    "The figure was down 35 percent compared with the same period of 2023.",
    "A man named Kamran was hurt; nobody else was.",
    "Since then, thousands of Afghans have crossed back through Torkham.",
    "The number rose, officials said, without giving a figure.",
    "so far, 300 returnees in total; by March, dozens more",
    "ISLAMABAD: The interior ministry released no numbers on Tuesday.",
    "Deaths among security personnel fell by half in Balochistan and Punjab together.",
    "the Kelvin sign \u212a and \u0130stanbul, ſo far, dıed 3",
    "Pre-2019 figures and 1999-2001 data, the 2020s, 20100 and 1949 are no years here.",
    "“Seventy-two people died,” a doctor said — the toll had been 60.",
    "twentytwo or onetwo are not number words; one-two is two of them",
    "",
    "   ",
    "7",
    "Killings",
]


def _random_sentences(seed: int, pieces: list[str], n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


_PIECES = [" Ministry", " Police", " Taliban", "Department", " attacks", " killed", " three", "3", " 2021", " KP", "K-P", "-", " ", ",", " the ", "Sindh",
           "sindh", " percent", " so far", " \u212a", "\u0130", "ı", " Afghans", " returned", "’", ".",
           " people", " deaths", "1950", "2049", "19", "20", "x", " Islamabad", "FATA", "-Punjab", "ten", "s"]
ALL = SENTENCES + _random_sentences(3, _PIECES, 250)


@pytest.mark.parametrize("text", ALL)
@pytest.mark.parametrize("in_force", [None, "deaths"])
def test_extract_speed_claim_gate_same_as_word_set(text: str, in_force: str | None) -> None:
    assert C._may_have_claim(text, in_force) == _may_have_claim_plain(text, in_force)


def _may_have_claim_plain(text: str, in_force: str | None = None) -> bool:
    """The claim gate by its definition: the sentence's letter runs as a set."""
    words = set(LETTERS.findall(text.lower()))
    if not re.search(r"\d", text) and NUMBER_WORDS.isdisjoint(words):
        return False
    return not lexicon().words.isdisjoint(words) or (in_force is not None and C._REFER.search(text) is not None)


def test_extract_speed_claim_gate_not_vacuous() -> None:
    assert _may_have_claim_plain("Twelve attacks were recorded")
    assert not _may_have_claim_plain("Twelve of us met on a sunny day")  # no claim term
    assert not _may_have_claim_plain("Attacks were recorded")  # no figure


def _lead_patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon()
    cues = cue_patterns()
    return [("metric", lex.metric_rx), ("group", lex.group_rx), ("sense", lex.sense_rx),
            ("admin", lex.admin_rx), ("country", lex.country_rx), ("source", lex.source_rx),
            ("increase", cues["increase"]), ("decrease", cues["decrease"]),
            ("year", M._YEAR), ("hint_year", P._HINT_YEAR),
            ("speaker_body", S._lex().body_rx), ("speaker_group", S._lex().group_rx)]


@pytest.mark.parametrize("name", [n for n, _ in _lead_patterns()])
def test_extract_speed_lead_lookahead_changes_no_match(name: str) -> None:
    rx = dict(_lead_patterns())[name]
    plain = fastre.ORIGINALS[rx]
    for text in ALL:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("name", ["metric", "group", "sense"])
def test_extract_speed_lead_lookahead_still_finds_terms(name: str) -> None:
    """Not vacuous: every term of the lexicon, in any case, is found by the pattern with its lookahead."""
    lex = lexicon()
    rx = dict(_lead_patterns())[name]
    for term in {"metric": lex.metric, "group": lex.group, "sense": lex.sense}[name]:
        for probe in (term, term.upper(), term.title()):
            assert rx.search(f"({probe})"), probe


# ---- fastre.led: a first-character lookahead changes no match of the patterns it leads

import frontierwatch.extract.casualties  # noqa: E402,F401  (import every module that calls led)
import frontierwatch.extract.quotes  # noqa: E402,F401
import frontierwatch.extract.scene  # noqa: E402,F401

_LED_PIECES = ["said", " on ", "Sunday", " the ", "toll", " rose ", "were", " in ", "hospital", ",", ".", ";", " ",
               "\n", "from", " Kabul", " to ", "capital", "took place", "occurred", "attack", " army", "IED",
               "those killed", " included ", "of the injured were ", "week", "since", "q3", "H1", "so far",
               "\u212a", "ſ", "ı", "İ", "’", "—", "has", " also ", "and", "That", "When", "a day after",
               " March", " 3", "–", "9 May", " between ", "Q3", " 2021", "-2022", " first half", " previous month",
               " year to date", " compared with ", " percent ", " Foreign Office", " Police"]
LED_TEXTS = SENTENCES + _random_sentences(5, _LED_PIECES, 300)


@pytest.mark.parametrize("led_rx", list(fastre.ORIGINALS), ids=lambda rx: rx.pattern[:30])
def test_extract_speed_led_pattern_same_matches(led_rx: re.Pattern[str]) -> None:
    plain = fastre.ORIGINALS[led_rx]
    assert led_rx.pattern.startswith("(?=") and led_rx.pattern.endswith(plain.pattern)
    for text in LED_TEXTS:
        assert [(m.span(), m.groups()) for m in led_rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
        assert led_rx.sub("#", text) == plain.sub("#", text)


@pytest.mark.parametrize("pattern, flags, lead", [
    (r"\b(?:said|told)\b", 0, "(?=[st])"),
    (r"(?:the\s+)?toll", 0, "(?=[t])"),  # an optional prefix: its first letter or the next item's
    (r"(?:an?\s+)?(?:war|toll)", 0, "(?=[atw])"),
    (r"(?i:from)\s+X", 0, "(?=(?i:[f]))"),  # a scoped ignore-case group keeps its case-folding
    (r"from|(?i:to)", 0, "(?=[f]|(?i:[t]))"),
    (r"[;:]|\s-\s", 0, r"(?=[:;\s])"),
    (r"Q[1-4]", re.I, "(?=(?i:[Q]))"),  # case-folded in its own group: right when embedded elsewhere
    (r"(?<=x)ab", 0, "(?=[a])"),  # lookarounds add nothing
    (r"[^a]bc", 0, None),  # a negated class: unbounded
    (r".x", 0, None),
    (r"a*", 0, None),  # may match the empty string
    (r"(?:a|)b", 0, "(?=[ab])"),
])
def test_extract_speed_first_class(pattern: str, flags: int, lead: str | None) -> None:
    rx = re.compile(pattern, flags)
    assert fastre.first_class(rx) == lead
    if lead is not None:
        led_rx = fastre.led(rx)
        for text in ["said TOLL", "Told the toll", "FROM X", "from X to", "a; - b", "q3 Q4", "xab ab", "an war toll",
                     "b ab", "\u212a", ""]:
            assert [m.span() for m in led_rx.finditer(text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern, flags, kept", [
    (r"\(([A-Z]{2,6})\)", 0, True),  # a literal first: the engine already skips to it
    (r",\s+(?:who|which)\b", 0, True),
    (r"[;:]\s*then", 0, True),  # a class first
    (r"(?:x|y)\s+z", 0, True),  # a branch of literals: the engine skips to their first characters
    (r"\b(?:said|told)\b", 0, False),  # led: a boundary first
    (r"\s+(?:said|told)", 0, False),  # a repeat first: no fast scan of its own
    (r"(?<=a|b)\s+c", 0, False),
])
def test_extract_speed_led_leaves_fast_patterns(pattern: str, flags: int, kept: bool) -> None:
    rx = re.compile(pattern, flags)
    assert (fastre.led(rx) is rx) == kept


# ---- speakers: a name given in full is looked for only in the runs that hold the name

_FULL_TEXTS = [
    "Mr Khan Ali Khan spoke first; later Khan said nothing.",
    "McDonald Khan met Sher Afzal Gul and Gul.",
    "Station House Officer Gul Rehman told us. Rehman left.\nDr Amna\nQazi and Qazi's aide came.",
    "Ali Khan-Yousafzai, Khan, KHAN Khan khan Khan",
    "Lt. Col. Bilal Ahmed and Bilal Ahmed; Ahmed.",
    "O’Neil Hussain, O'Neil Hussain — Hussain’s brother",
    "Gul",
    "",
    "Haji Noor Gul Gul Gul Gul (Gul) [Gul] Gul.Gul",
]
_FULL_NAMES = ["Khan", "Ali Khan", "Gul", "Rehman", "Qazi", "Ahmed", "Bilal Ahmed", "Hussain", "M. Ali", "Gul.",
               "Khan-Yousafzai", "Noor Gul"]


@pytest.mark.parametrize("text", _FULL_TEXTS + _random_sentences(13, ["Ali", " Khan", " Gul", " ", "\n", ",", ".", "Mc",
                                                                      "’s", "-", "Sher ", "(", "Noor", " a "], 150))
@pytest.mark.parametrize("name", _FULL_NAMES)
def test_extract_speed_full_name_runs_same_as_whole_text(text: str, name: str) -> None:
    fast = [(m.span(), m.groups()) for m in S._given_in_full(name, text)]
    assert fast == [(m.span(), m.groups()) for m in S._given_in_full_plain(name, text)]


def test_extract_speed_full_name_not_vacuous() -> None:
    assert [m.group(0) for m in S._given_in_full("Gul", "met Sher Afzal Gul and Gul")] == ["Sher Afzal Gul"]


# ---- lexicon: a phrase ending with a full stop ("u.s.") is scanned from the character before it too

_DOT_TEXTS = ["the u.s. and pakistan", "u.s.-pakistan talks", "u.s.u.s. u.s., u.s.", "(u.s.)\nu.s. u.s.a",
              "plus u.s.pakistan", "u.s.", "", "talks in the u.s. on monday. u.s. officials"]


@pytest.mark.parametrize("text", _DOT_TEXTS + _random_sentences(17, ["u.s.", " ", ".", "-", "u", "s", "pakistan",
                                                                       "(", ")", ",", "the"], 200))
def test_extract_speed_lexicon_dot_phrase_same_spans(text: str) -> None:
    from frontierwatch.extract.lexicon import Lexicon
    lx = Lexicon("probe", {"u.s.": ("US",), "pakistan": ("PK",), "u.s. officials": ("US",)})
    assert lx._after_regex is not None  # the fast path is taken (every phrase begins with a letter)
    assert lx._spans(text, 0, len(text)) == [m.span() for m in lx.regex.finditer(text)]
    if len(text) > 3:
        assert lx._spans(text, 2, len(text)) == [m.span() for m in lx.regex.finditer(text, 2)]
