"""Claim-stage speed shortcuts (issue 4, second pass) give exactly what the full path gives: the figure
pattern led by a word boundary, figure candidates computed once, and the sentence skipped before its
periods are read when it holds no figure at all."""
from __future__ import annotations

import random
import re

import pytest

from frontierwatch.extract import claim_figures as F
from frontierwatch.extract import claims as C
from frontierwatch.extract.periods import find_periods
from frontierwatch.records import Document

TRICKY = [
    "Militants carried out 58 attacks in 2023, up from 41 in 2022.",
    "No attacks and no major incidents were reported; no one was hurt.",
    "Between 12 and 18 people died, 100-150 were hurt and 1,079 fled (one of them a child).",
    "The toll: $5 million, Rs.300, £20, 3/4 of them, v2.5, A-10, 10-day, x7, _9, 2.8m and 1.45 million.",
    "On October 27 and 1 November, then 3rd March, seventy-two and twenty one died; thousands fled.",
    "Figures for 1999-2001, the 2020s, 20100 and 1949 are not years; 2019 is.",
    "\u212aP saw 3 attacks; \u0130stanbul 4; ſeven? ıone; \u00b2 and \u0663 are digits elsewhere.",
    "“Nine,” he said — eleven, twelve... Thirteen! fourteen? FIFTEEN; sixTeen",
    "one in three; one of them; a single blast; lone gunman; an attack; One)",
    "",
    "7",
    "no",
]
_PIECES = [" 3", "3", ",", ".", "-", "/", " one", "one", " no", " attacks", " twenty", "-one", " million", "m",
           " 2021", "19", " March", " 5th", " $", "Rs", " ", "\u212a", "ı", "x", "_", " between ", " and ", " to "]
TEXTS = TRICKY + ["".join(random.Random(k).choice(_PIECES) for _ in range(random.Random(k + 99).randint(1, 18)))
                  for k in range(200)]


@pytest.mark.parametrize("text", TEXTS)
def test_extract_speed2_figure_pattern_same_matches(text: str) -> None:
    assert [(m.span(), m.group(0)) for m in F._FIGURE.finditer(text)] == \
        [(m.span(), m.group(0)) for m in F.FIGURE_PLAIN.finditer(text)]


def test_extract_speed2_figure_pattern_not_vacuous() -> None:
    assert [m.group(0) for m in F._FIGURE.finditer("58 attacks, twenty-one dead, no attacks, x5")] == \
        ["58", "twenty-one", "no"]


@pytest.mark.parametrize("text", TRICKY)
def test_extract_speed2_candidates_give_same_figures(text: str) -> None:
    periods = find_periods(text, None, None)
    cands = F.figure_candidates(text)
    assert F.find_figures(text, periods, cands) == F.find_figures(text, periods)
    assert F.find_figures(text, [], cands) == F.find_figures(text, [])
    if not cands:  # no candidate: no figure whatever the periods
        assert F.find_figures(text, periods) == [] and F.find_figures(text, []) == []


class _Truthy(list):
    """An empty candidate list that does not look empty: the claim loop then takes its full path."""

    def __bool__(self) -> bool:
        return True


DOCS = [
    # the headline's year is the report's period; a figure-less "The report also noted" goes back to it
    ("Attacks in Khyber Pakhtunkhwa in 2023", "In March, 40 attacks were recorded in Khyber. "
     "The report also noted that attacks fell by one third. Suicide attacks rose to 12."),
    ("Returns report", "Since January 2024, 300,000 Afghans have returned. On March 3 the crossing "
     "reopened. Since then, thousands more have returned. The figure was down 12 percent in 2024."),
    ("", "Sindh recorded 19 attacks last month. In the province, no one died in 2022. "
     "It was the lowest since 2019. One of them was a suicide attack in May."),
    ("Quarterly security review Q1 2024", "The review also found fewer deaths. Militants killed 66 "
     "civilians between January and March. The figures show 23 search operations. Twelve, it said."),
]


@pytest.mark.parametrize("title,text", DOCS)
def test_extract_speed2_claims_skip_figureless_sentence_same_claims(title: str, text: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(id="speed2", title=title or None,
                   published="2024-06-30", text=text)
    from frontierwatch.extract.text import split_sentences
    sentences = split_sentences(text)
    fast = C.extract_claims(doc, sentences)
    real = F.figure_candidates
    monkeypatch.setattr(C, "figure_candidates", lambda t, low=None: _Truthy(real(t, low)))
    assert C.extract_claims(doc, sentences) == fast


def test_extract_speed2_report_subject_sentence_not_vacuous() -> None:
    """The figure-less 'The report also noted' sentence changes the period of the next figure."""
    title, text = DOCS[0]
    doc = Document(id="speed2", title=title,
                   published="2024-06-30", text=text)
    from frontierwatch.extract.text import split_sentences
    claims = C.extract_claims(doc, split_sentences(text))
    suicide = [c for c in claims if c.metric == "suicide_attacks"]
    assert suicide and suicide[0].period_start == "2023-01-01"


def test_extract_speed2_lexicon_patterns_as_built_before() -> None:
    from frontierwatch.extract.claim_lexicon import lex_patterns
    lex = C.lexicon()
    sense, group, q = lex.sense_rx.pattern, lex.group_rx.pattern, C._QUALIFIER
    built = lex_patterns(sense, group, q)
    assert [p.pattern for p in built] == [
        rf"({sense})\s+(?:{q}\s+)?$", rf"\s+(?:among|to|of|in)\s+(?:the\s+)?({group})", rf"({group})\s+$",
        rf"({group})\s+({sense})", rf"({sense})\s+({group})",
        rf"({group})\s+(?:\w+\s+)?(?:suffered|lost|sustained|bore)\s+(?:{q}\s+)?$"]
    assert all(p.flags & re.I for p in built)
    assert built[3].search("militants killed") and built[5].search("Troops sustained ")


CASED = ["TWENTY-ONE Attacks, No Incidents, Seventy Two", "Ǆwo ǅ 3 ΣΙΓΜΑ two", "Twenty\u00a0one, twenty\u2011one",
         "\u0130\u0131 ſix ſeven \u212aP two", "FIVE thousand and No attacks", "Ⅻ 12 ½ ¾ 3½"]


@pytest.mark.parametrize("text", TEXTS + CASED)
def test_extract_speed2_figure_spans_on_lower_case_same(text: str) -> None:
    """Figures found on the lower-cased text are those the case-insensitive pattern finds."""
    assert F._figure_spans(text) == [m.span() for m in F.FIGURE_PLAIN.finditer(text)]
    assert F._figure_spans(text, text.lower()) == F._figure_spans(text)


def test_extract_speed2_figure_spans_lower_case_path_taken() -> None:
    """Not vacuous: plain text takes the lower-case path, a fold trap the case-insensitive one."""
    assert F._FIGURE_LOWER.search("TWENTY attacks".lower()) and not F._FIGURE_LOWER.search("TWENTY attacks")
    assert F._figure_spans("\u212a two") == [(2, 5)]


def _new_led() -> dict[str, re.Pattern[str]]:
    from frontierwatch.extract import periods as P
    from frontierwatch.extract.claim_lexicon import cue_patterns
    cues = cue_patterns()
    return {"refer": C._REFER, "joint": C._JOINT, "one_event": cues["one_event"], "aggregate": cues["aggregate"],
            "since_then": P._SINCE_THEN, "anchor": P._ANCHOR}


LED_TEXTS = TEXTS + CASED + [
    "This was the highest; that is all; It Had risen. The figures, the total and this tally",
    "together, Combined, JOINTLY, between them; a single attack; that same blast, the same incident",
    "Since then; SINCE THEN; ſince then; since\nthen", "March 2023, Sept. 2019, Sept 1999, 2049, 2050, 1949, May  2024",
    "In total 40%, overall 12 %; in all", "DecMarch 2023 and 2023March 2024"]


@pytest.mark.parametrize("name", list(_new_led()))
def test_extract_speed2_new_led_patterns_same_matches(name: str) -> None:
    from frontierwatch.extract import fastre
    rx = _new_led()[name]
    plain = fastre.ORIGINALS[rx]
    assert rx.pattern.endswith(plain.pattern) and rx.pattern != plain.pattern
    for text in LED_TEXTS:
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


PROVINCE_TEXT = ("Balochistan saw 12 attacks. Nothing happened in the capital. Sindh and Punjab reported 3 each. "
                 "The province recorded 40 arrests. " + "Khyber Pakhtunkhwa " * 150 + "Punjab. Later, 5 more.")


@pytest.mark.parametrize("asks", [[0, 1, 2, 3, 4, 5], [3, 5], [5], [0, 0, 2, 2], [1, 4]])
def test_extract_speed2_last_province_lazy_same_as_eager(asks: list[int]) -> None:
    from frontierwatch.extract.claim_lexicon import LastProvince, lexicon, norm
    from frontierwatch.extract.text import split_sentences
    sentences = split_sentences(PROVINCE_TEXT)
    eager, province = [], None
    for s in sentences:
        named = lexicon().admin_rx.findall(s.text[:2000])
        if named:
            province = lexicon().regions[norm(named[-1])]
        eager.append(province)
    lazy = LastProvince(sentences)
    assert [lazy.upto(k) for k in asks if k < len(sentences)] == [eager[k] for k in asks if k < len(sentences)]
    assert len(set(eager)) > 2  # not vacuous: the province changes along the text
