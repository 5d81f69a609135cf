"""The cheap word gates in mentions.describe skip a regex only where it cannot match (own-words sentences)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import mentions
from frontierwatch.extract.casualty_masks import words_in

SENTENCES = [
    "The toll rose to nine on Tuesday, police said.",
    "A third guard succumbed to his wounds in hospital.",
    "Two more people died later at the district hospital.",
    "The number of the dead climbed to twelve.",
    "Officials put the death toll at 15.",
    "THE TOLL ROSE TO FOUR.",
    "Two more d\u0131ed in the Civil Hospital.",  # dotless i: the regex still folds it to "died"
    "Four were killed in the blast near the market.",
    "Gunmen killed a shopkeeper in 2019 and again in 2023.",
    "Nobody was hurt.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_extract_speed4_update_gate_never_hides_a_match(text: str) -> None:
    found = mentions._UPDATE.search(text) is not None
    assert not found or mentions._may_update(text, text.lower())


@pytest.mark.parametrize("text,expected", [
    ("The toll rose to nine on Tuesday.", True),
    ("Four were killed in the blast.", False),
    ("Two more d\u0131ed in hospital.", True),
])
def test_extract_speed4_update_gate_answers(text: str, expected: bool) -> None:
    assert mentions._may_update(text, text.lower()) is expected


@pytest.mark.parametrize("text,words,expected", [
    ("Five were still under treatment", ("treat",), True),
    ("Five were still under treatment", ("toll", "number"), False),
    ("The TOLL rose", ("count", "toll"), True),
    ("an \u017fuicide bomber", ("nothing",), True),  # a trap letter: always yes
    ("", ("a",), False),
])
def test_extract_speed4_words_in_answers(text: str, words: tuple[str, ...], expected: bool) -> None:
    assert words_in(text, 0, len(text))(*words) is expected


@pytest.mark.parametrize("text", SENTENCES)
def test_extract_speed4_year_gate_keeps_every_year(text: str) -> None:
    years = mentions._YEAR.findall(text)
    assert not years or "19" in text or "20" in text


def _mask_reference(text: str) -> str:
    """mask_parentheticals before its bracket gate: the bracket regex always run."""
    from frontierwatch.extract import casualty_masks as M
    from frontierwatch.extract.lexicon import load
    part = M._PAREN.sub(lambda m: " " * len(m.group(0)), text)
    if ", " in part:
        part = M._WHO.sub(lambda m: m.group(0) if load("casualty_verbs").find(m.group(0)) else " " * len(m.group(0)), part)
    if "—" in part or "–" in part:
        part = M._DASH.sub(lambda m: " ," + m.group(0)[2:], part)
    return part


MASKED = [
    "Two guards (both from the same village) were shot dead.",
    "The driver, who sold fruit in the bazaar, was wounded.",
    "Eleven people — four soldiers and seven labourers — were killed.",
    "A porter [name withheld] was hurt near the gate.",
    "Three men were killed on the spot.",
]


@pytest.mark.parametrize("text", MASKED + SENTENCES)
def test_extract_speed4_mask_gate_same_text(text: str) -> None:
    from frontierwatch.extract.casualty_masks import mask_parentheticals
    assert mask_parentheticals(text, 0, len(text)) == _mask_reference(text)


@pytest.mark.parametrize("text", MASKED + SENTENCES + [
    "The other four victims were all labourers from the valley.",
    "Of the dead, two were policemen and three were traders.",
    "Those killed included a teacher and his son.",
])
def test_extract_speed4_special_same_with_shared_word_test(text: str) -> None:
    from frontierwatch.extract import casualties as CA
    n = len(text)
    assert CA._special(text, 0, n, 1, words_in(text, 0, n)) == CA._special(text, 0, n, 1)


@pytest.mark.parametrize("text,killed", [
    ("Mourners paid tribute to the martyred soldier on Sunday.", 0),
    ("The killed terrorists were wanted in several cases.", 0),
    ("Gunmen killed three policemen at a checkpoint.", 3),
    ("Two injured civilians died in hospital.", 2),
])
def test_extract_speed4_adjective_filter_behaviour(text: str, killed: int) -> None:
    from frontierwatch.extract.casualties import find_casualties
    got = sum(m.value for m in find_casualties(text) if m.kind == "killed" and m.role in ("head", "total"))
    assert got == killed


def _clauses_reference(text, s, places):
    """clause_split.clauses before its area pre-check: every place tested by not_scene first."""
    from frontierwatch.extract.clause_split import EACH as _EACH, LIST_AND as _LIST_AND, SPLIT as _SPLIT, area as _area
    from frontierwatch.extract.scene import not_scene
    from frontierwatch.extract.text import Sentence
    ps = [p for p in places.within(s.start, s.end) if _area(p) and not not_scene(text, p)]
    with_district = {p.location.admin1 for p in ps if p.location.admin2}
    firsts = []
    for p in ps:
        key = _area(p)
        if not p.location.admin2 and key in with_district:
            continue
        if key not in [k for k, _ in firsts]:
            firsts.append((key, p))
    if len(firsts) < 2:
        return [s]
    cuts, prev_cut = [], s.start
    for (_, a), (_, b) in zip(firsts, firsts[1:]):
        seps = list(_SPLIT.finditer(text, a.end, b.start))
        if not seps and "each" in text[prev_cut:a.start] and _EACH.search(text, prev_cut, b.start):
            seps = list(_LIST_AND.finditer(text, a.end, b.start))
        if seps:
            cuts.append(seps[-1])
            prev_cut = seps[-1].end()
    if not cuts:
        return [s]
    out, start = [], s.start
    for m in cuts:
        if m.start() > start:
            out.append(Sentence(text[start:m.start()], start, m.start(), s.paragraph, s.index))
        start = m.end()
    out.append(Sentence(text[start:s.end], start, s.end, s.paragraph, s.index))
    return out


CLAUSE_TEXTS = [
    "A bomb went off in Quetta, and gunmen shot two guards in Peshawar on Monday.",
    "Three suspects were held in Bannu, two each in Kohat and Karak.",
    "Police in Quetta said the Quetta-bound bus was stopped near Quetta.",
    "Islamabad said the strike in Khost killed four, while a blast in Bajaur hurt two.",
    "The convoy left Peshawar for the Peshawar-Torkham road.",
    "Nothing happened anywhere today.",
]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_extract_speed4_clauses_same_as_before(text: str) -> None:
    from frontierwatch.extract.datelines import find_places
    from frontierwatch.extract.clause_split import SpanIndex as _Index, clauses
    from frontierwatch.extract.text import split_sentences
    ix = _Index(find_places(text))
    for s in split_sentences(text):
        assert clauses(text, s, ix) == _clauses_reference(text, s, ix)


def test_extract_speed4_clauses_case_with_two_areas_is_split() -> None:
    """The reference above is exercised on a sentence that really splits (the test can fail)."""
    from frontierwatch.extract.datelines import find_places
    from frontierwatch.extract.clause_split import SpanIndex as _Index, clauses
    from frontierwatch.extract.text import split_sentences
    text = CLAUSE_TEXTS[0]
    s = split_sentences(text)[0]
    assert len(clauses(text, s, _Index(find_places(text)))) == 2
