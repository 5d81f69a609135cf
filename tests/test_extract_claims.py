"""Statistical claims: metric, value, unit, direction, period, region, source; events are not claims."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from frontierwatch.extract.claim_lexicon import lexicon, parse_lexicon
from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import CLAIM_METRICS, Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _claims(text: str, published: str | None = "2025-01-20", title: str | None = None):
    doc = Document(id="t", text=text, published=published, title=title)
    return extract_claims(doc, split_sentences(text))


def _keys(text: str, **kw) -> set[tuple]:
    return {(c.metric, c.value, c.unit, c.direction, c.period_start, c.period_end) for c in _claims(text, **kw)}


@pytest.mark.parametrize("text, published, expected", [
    # a count and a change in one sentence give two claims
    ("Militant attacks in Sindh dropped by 12 percent between 5–11 October 2024, with 9 incidents logged.",
     "2024-10-20", {("attacks", 12, "percent", "decrease", "2024-10-05", "2024-10-11"),
                    ("attacks", 9, "count", None, "2024-10-05", "2024-10-11")}),
    # a change over a span of years
    ("From 2019 to 2022, terrorist attacks rose by 150 percent, police data show.",
     "2023-03-01", {("attacks", 150, "percent", "increase", "2019-01-01", "2022-12-31")}),
    # month with the year from the publication date; baseline month after "up from"
    ("In March, the province recorded 45 terrorist incidents, up from 30 in February.",
     "2024-04-05", {("attacks", 45, "count", None, "2024-03-01", "2024-03-31"),
                    ("attacks", 30, "count", None, "2024-02-01", "2024-02-29")}),
    # victim groups take the casualty sense of the sentence
    ("In 2023 the attacks left 310 people dead: 120 civilians, 150 soldiers and 40 insurgents.",
     "2024-02-01", {("deaths", 310, "count", None, "2023-01-01", "2023-12-31"),
                    ("civilians_killed", 120, "count", None, "2023-01-01", "2023-12-31"),
                    ("security_forces_killed", 150, "count", None, "2023-01-01", "2023-12-31"),
                    ("militants_killed", 40, "count", None, "2023-01-01", "2023-12-31")}),
    # the verb before a bare figure gives its metric
    ("During 2022, these attacks killed 96 people and injured 210, a report said.",
     "2023-02-01", {("deaths", 96, "count", None, "2022-01-01", "2022-12-31"),
                    ("injured", 210, "count", None, "2022-01-01", "2022-12-31")}),
    # operations, kills and arrests in one sentence; the past week is relative to publication
    ("Over the past week, security forces conducted 12 operations in which 40 militants were killed and 9 suspects were arrested.",
     "2025-03-10", {("operations", 12, "count", None, "2025-03-03", "2025-03-10"),
                    ("militants_killed", 40, "count", None, "2025-03-03", "2025-03-10"),
                    ("arrests", 9, "count", None, "2025-03-03", "2025-03-10")}),
    # half-years and quarters
    ("Attacks fell by 18 percent in the first half of 2025 compared with the same period last year.",
     "2025-08-01", {("attacks", 18, "percent", "decrease", "2025-01-01", "2025-06-30")}),
    ("The number of terrorist attacks in the second quarter of 2025 rose to 120 from 95 in the first quarter.",
     "2025-07-20", {("attacks", 120, "count", None, "2025-04-01", "2025-06-30"),
                    ("attacks", 95, "count", None, "2025-01-01", "2025-03-31")}),
    # "since January" is open-ended; returnees need a return verb
    ("Since January, more than 150,000 Afghans have returned home through Torkham, the UNHCR said.",
     "2024-06-15", {("returnees", 150000, "count", None, "2024-01-01", "2024-06-15")}),  # as of its telling
    # group-qualified percentages
    ("In 2024, civilian deaths fell 15% while injuries to security personnel rose by 22 percent.",
     "2025-01-20", {("civilians_killed", 15, "percent", "decrease", "2024-01-01", "2024-12-31"),
                    ("security_forces_injured", 22, "percent", "increase", "2024-01-01", "2024-12-31")}),
    # words and scales
    ("In 2023, nearly 1.2 million Afghans went back to Afghanistan and the police arrested over a thousand suspects.",
     "2024-01-20", {("returnees", 1200000, "count", None, "2023-01-01", "2023-12-31"),
                    ("arrests", 1000, "count", None, "2023-01-01", "2023-12-31")}),
    # the group as subject of "suffered"; "lives" counts deaths
    ("In 2023, security forces suffered 500 fatalities while the attacks claimed 1,200 lives overall.",
     "2024-01-20", {("security_forces_killed", 500, "count", None, "2023-01-01", "2023-12-31"),
                    ("deaths", 1200, "count", None, "2023-01-01", "2023-12-31")}),
    # "N were civilians" after a casualty noun; a figure with "were wounded" right after it
    ("Between July and September, 700 people lost their lives: 300 were civilians. Another 250 people were wounded.",
     "2024-10-02", {("deaths", 700, "count", None, "2024-07-01", "2024-09-30"),
                    ("civilians_killed", 300, "count", None, "2024-07-01", "2024-09-30"),
                    ("injured", 250, "count", None, "2024-07-01", "2024-09-30")}),
    # "no attack" is a zero
    ("Sindh saw no terrorist attack during May, the monthly tally shows.",
     "2023-09-02", {("attacks", 0, "count", None, "2023-05-01", "2023-05-31")}),
    # a week given in the title, referred to as "the week under review"
    ("Over the week under review, 7 incidents were logged, a fall from 13 the week before.",
     None, {("attacks", 7, "count", None, "2024-03-08", "2024-03-14"),
            ("attacks", 13, "count", None, "2024-03-01", "2024-03-07")}),
    # "had left N people dead" counts deaths, not returns
    ("Attacks in 2024 had left 1,600 people dead across the country, the report said.",
     "2025-05-01", {("deaths", 1600, "count", None, "2024-01-01", "2024-12-31")}),
    # "have left" is a return only with Afghans or refugees named and Pakistan/Afghanistan after it
    ("In 2024, about 3,000 Afghan refugees have left Pakistan under the repatriation plan.",
     "2025-05-01", {("returnees", 3000, "count", None, "2024-01-01", "2024-12-31")}),
    # a clause referring back to the figure takes the metric in force
    ("In March 2025, militants carried out 48 attacks in Khyber Pakhtunkhwa. The figure was down 35 percent from February.",
     "2025-05-01", {("attacks", 48, "count", None, "2025-03-01", "2025-03-31"),
                    ("attacks", 35, "percent", "decrease", "2025-03-01", "2025-03-31")}),
    # twelve months to a month; a half-year written H1
    ("In the 12 months to June 2025, police logged 410 attacks.",
     "2025-08-01", {("attacks", 410, "count", None, "2024-07-01", "2025-06-30")}),
    # "including" takes the casualty sense before it, not the one of the next figure
    ("In March 2025 these attacks killed 114 people, including 68 soldiers and 46 civilians, and left another 97 people injured.",
     "2025-05-01", {("deaths", 114, "count", None, "2025-03-01", "2025-03-31"),
                    ("security_forces_killed", 68, "count", None, "2025-03-01", "2025-03-31"),
                    ("civilians_killed", 46, "count", None, "2025-03-01", "2025-03-31"),
                    ("injured", 97, "count", None, "2025-03-01", "2025-03-31")}),
    # "N percent over the second quarter" is a baseline, not the figure's period
    ("Deaths fell 12 percent in the third quarter of 2024 compared with the second. "
     "Sindh recorded 86 fatalities, an increase of 9 percent over the second quarter.",
     "2024-10-20", {("deaths", 12, "percent", "decrease", "2024-07-01", "2024-09-30"),
                    ("deaths", 86, "count", None, "2024-07-01", "2024-09-30"),
                    ("deaths", 9, "percent", "increase", "2024-07-01", "2024-09-30")}),
    # a look back in the past perfect does not change the period in force
    ("Police logged 640 attacks in 2024. In 2023, they had recorded 480 attacks. Punjab saw 95 attacks.",
     "2025-02-01", {("attacks", 640, "count", None, "2024-01-01", "2024-12-31"),
                    ("attacks", 480, "count", None, "2023-01-01", "2023-12-31"),
                    ("attacks", 95, "count", None, "2024-01-01", "2024-12-31")}),
    ("In H1 2024, attacks rose 14 percent.",
     "2024-08-01", {("attacks", 14, "percent", "increase", "2024-01-01", "2024-06-30")}),
])
def test_extract_claims_sentences(text, published, expected):
    title = "Weekly review, 8–14 Mar 2024" if published is None else None
    assert _keys(text, published=published, title=title) == expected


@pytest.mark.parametrize("text", [
    "Three soldiers were killed on Monday when militants attacked a check post in Tank.",
    "Last week, militants killed four policemen in Bannu.",
    "A suicide bomber killed 12 people at a rally in Bajaur in July.",
    "Later in March, soldiers shot dead six insurgents during a raid near Zhob.",
    # people leaving a district are displaced, not returning Afghans
    "In 2024, 1,200 people have left the tribal districts because of the fighting.",
    "In March, 900 people crossed the road to reach the market.",
    # two days are not a range
    "Attacks were reported on April 1 and 7 in Bajaur, killing 9 people.",
    # a dated, singled-out incident's toll
    "In May 2024 the deadliest attack was the May 9 bombing in Kohat, in which 14 passengers were killed.",
    "The report said 42 per cent of the attacks took place in North Waziristan in 2023.",
    "The 2,600-kilometre border has 18 crossings, officials said in 2024.",
    "Traders said they lose $3 million a day while the crossing stays shut in 2024.",
])
def test_extract_claims_not_from_events_or_shares(text):
    assert _claims(text) == []


def test_extract_claims_figures_follow_the_period_in_force():
    text = ("PICSS said 70 attacks took place in April, when 95 people were killed.\n\n"
            "The attacks also left 130 people injured, among them 60 civilians.")
    keys = _keys(text, published="2024-05-03")
    assert ("injured", 130, "count", None, "2024-04-01", "2024-04-30") in keys
    assert ("civilians_injured", 60, "count", None, "2024-04-01", "2024-04-30") in keys
    assert all(c.source == "PICSS" for c in _claims(text, published="2024-05-03"))


def test_extract_claims_run_of_figures_does_not_leak_into_an_event_paragraph():
    text = "Balochistan has seen 300 attacks in 2024, according to PIPS.\n\nMilitants killed three soldiers in Kech."
    assert _keys(text, published="2025-01-05") == {("attacks", 300, "count", None, "2024-01-01", "2024-12-31")}


def test_extract_claims_range_kept_as_range():
    [c] = _claims("Between 20 and 25 attacks were reported in Sindh during 2022.", published="2023-02-01")
    assert (c.metric, c.value, c.low, c.high, c.region) == ("attacks", 20, 20, 25, "Sindh")


@pytest.mark.parametrize("text, region", [
    ("In 2024, Balochistan saw 300 attacks.", "Balochistan"),
    ("In 2024, K-P recorded 420 terrorist incidents.", "Khyber Pakhtunkhwa"),
    ("In 2024, there were 900 attacks nationwide.", "PK"),
    # "the province" is the province named before
    ("Sindh police shared their 2024 figures. In 2024, the province saw 120 attacks.", "Sindh"),
])
def test_extract_claims_region(text, region):
    [c] = _claims(text)
    assert c.region == region


@pytest.mark.parametrize("text, source", [
    ("In 2024, the Centre for Research and Security Studies counted 900 attacks.", "CRSS"),
    ("According to ISPR, 60 operations were carried out in May.", "ISPR"),
    ("In 2024, police counted 900 attacks.", None),
])
def test_extract_claims_source(text, source):
    [c] = _claims(text)
    assert c.source == source


def test_extract_claims_lexicon_metrics_are_the_guide_vocabulary():
    lex = lexicon()
    assert set(lex.metric.values()) <= set(CLAIM_METRICS)
    assert lex.group and lex.sense and lex.sources and lex.regions


@pytest.mark.parametrize("raw, reason", [
    ("kind,term,value\nmetric,attacks,attacks\nmetric,attacks,attacks\n", "duplicate"),
    ("kind,term,value\nmetric,,attacks\n", "empty"),
    ("kind,term\nmetric,attacks\n", "missing column"),
    ("# only a comment\n", "empty file"),
])
def test_extract_claims_lexicon_errors_name_file_and_reason(raw, reason):
    with pytest.raises(ValueError, match=rf"lexicon bad\.csv: .*{reason}"):
        parse_lexicon("bad.csv", raw, ("kind", "term", "value"))


@pytest.mark.parametrize("junk", [
    "“" * 50_000,
    " ".join(["1,234"] * 10_000),
    " " * 50_000 + "7",
    "In May, 12 attacks, 13 civilians killed, 14 injured. " * 1_000,
    ("seventy-five thousand attacks were up by 12 per cent in May 2024 from 2021 to 2024, " * 600),
    "12 – 18 – 24 – " * 4_000,
], ids=["open-marks", "digits", "spaces", "figure-runs", "number-words", "dashes"])
def test_extract_claims_adversarial_input_is_fast(junk):
    start = time.perf_counter()
    _claims(junk)
    assert time.perf_counter() - start < 2.0  # the budget is 1 s per document; margin for a busy machine


@pytest.fixture(scope="module")
def seed_doc():
    path = SHARED / "corpus" / "dev" / "docs" / "seed.json"
    gold = SHARED / "corpus" / "dev" / "gold" / "seed.json"
    if not path.exists() or not gold.exists():
        pytest.skip("shared seed document not available")
    return json.loads(path.read_text(encoding="utf-8")), json.loads(gold.read_text(encoding="utf-8"))


def test_extract_claims_seed_all_six_figures(seed_doc):
    doc, gold = seed_doc
    d = Document(id=doc["id"], text=doc["text"], title=doc.get("title"), published=doc.get("published"))
    got = {(c.metric, c.value, c.unit, c.direction, c.period_start, c.period_end) for c in extract_claims(d, split_sentences(d.text))}
    want = {(g["metric"], g["value"], g["unit"], g["direction"], g["period_start"], g["period_end"]) for g in gold["claims"]}
    assert want <= got
    assert len(got) == len(want)


@pytest.mark.parametrize("text, published, expected", [
    # a percentage right after a count is that count's change ("N percent more than in ...")
    ("The PIPS report counted 510 deaths in the second quarter of 2025. Of those killed, 230 were militants, "
     "18 percent more than in the previous quarter.", "2025-07-10",
     {("deaths", 510, "count", None, "2025-04-01", "2025-06-30"),
      ("militants_killed", 230, "count", None, "2025-04-01", "2025-06-30"),
      ("militants_killed", 18, "percent", "increase", "2025-04-01", "2025-06-30")}),
    ("CRSS logged 140 attacks in March 2025, 12 percent fewer than in February.", "2025-04-05",
     {("attacks", 140, "count", None, "2025-03-01", "2025-03-31"),
      ("attacks", 12, "percent", "decrease", "2025-03-01", "2025-03-31")}),
    # "more than 120 attacks in <period>" is a qualifier, not a comparison with that period
    ("PICSS recorded more than 120 attacks in the first quarter of 2025.", "2025-04-05",
     {("attacks", 120, "count", None, "2025-01-01", "2025-03-31")}),
    # suicide attacks are their own metric, also inside "including"
    ("The country saw 88 attacks in May 2025, including 7 suicide attacks, PIPS said.", "2025-06-02",
     {("attacks", 88, "count", None, "2025-05-01", "2025-05-31"),
      ("suicide_attacks", 7, "count", None, "2025-05-01", "2025-05-31")}),
    # a one-day figure inside a weekly report, attributed in its sentence: "on Monday alone ..., it said"
    ("Some 15,200 Afghans returned from Pakistan between March 1 and 7, UNHCR said. On Monday alone, 4,100 "
     "people crossed back through Torkham, while about 900 returned via Chaman, the agency said.", "2025-03-12",
     {("returnees", 15200, "count", None, "2025-03-01", "2025-03-07"),
      ("returnees", 4100, "count", None, "2025-03-10", "2025-03-10"),
      ("returnees", 900, "count", None, "2025-03-10", "2025-03-10")}),
])
def test_extract_claims_general_changes_and_single_days(text: str, published: str, expected: set) -> None:
    assert _keys(text, published=published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a part of the figure before with the same metric ("Of them, ... were deported") is no total
    ("UNHCR said 18,300 Afghans returned from Pakistan between June 2 and 8. Of them, 6,050 were deported.",
     "2025-06-12", {("returnees", 18300, "count", None, "2025-06-02", "2025-06-08")}),
    # the lead's round figure restates the exact one given below
    ("Over 18,000 Afghans returned from Pakistan last week, the agency said. UNHCR said 18,300 Afghans returned "
     "from Pakistan between June 2 and 8.", "2025-06-10",
     {("returnees", 18300, "count", None, "2025-06-02", "2025-06-08")}),
    # two regions together give no one region's figure; violent incidents are not attacks
    ("The report counted 410 deaths in 2024. Sindh and Punjab together accounted for 25 deaths, and the report "
     "listed 250 violent incidents.", "2025-01-10",
     {("deaths", 410, "count", None, "2024-01-01", "2024-12-31")}),
])
def test_extract_claims_general_subsets_and_restatements(text: str, published: str, expected: set) -> None:
    assert _keys(text, published=published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "N such attacks" counts the kind named before it
    ("Suicide attacks stayed frequent in 2023, with 11 such attacks recorded across the country.",
     "2024-01-10", {("suicide_attacks", 11, "count", None, "2023-01-01", "2023-12-31")}),
    # "since then" runs from the period named in the sentence before
    ("The expulsion drive began in October. Officials said on Monday that 310,000 Afghans had returned "
     "home since then.", "2024-02-05", {("returnees", 310000, "count", None, "2023-10-01", "2024-02-05")}),
    # vague quantities are no figures
    ("Unrest in the valley has killed scores of people since March, officials said.", "2025-06-01", set()),
    # a part picked out by who did it ("8 of the 30") is not the metric's figure; the whole is
    ("The minister said foreigners took part in 8 of the 30 suicide bombings in the country this year.",
     "2025-06-01", {("suicide_attacks", 30, "count", None, "2025-01-01", "2025-06-01")}),  # year to date
    # one dated incident inside a year's review belongs to the event extractor
    ("On May 4 this year, a bomb struck a police van in Kech, killing three policemen.", "2025-06-01", set()),
])
def test_extract_claims_references_and_vague_figures(text, published, expected):
    assert _keys(text, published=published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "N of the attacks were suicide bombings": the predicate names the kind counted
    ("In June the monitor recorded 80 attacks. Nine of the attacks were suicide bombings.", "2025-07-05",
     {("attacks", 80, "count", None, "2025-06-01", "2025-06-30"),
      ("suicide_attacks", 9, "count", None, "2025-06-01", "2025-06-30")}),
    ("Attacks rose to 61 in 2024; four of the attacks were suicide attacks, the group said.", "2025-01-10",
     {("attacks", 61, "count", None, "2024-01-01", "2024-12-31"),
      ("suicide_attacks", 4, "count", None, "2024-01-01", "2024-12-31")}),
    # a toll of "that assault" / "the same attack" is one incident's, not a statistic
    ("In May, 70 attacks were recorded. Eight militants were also killed in that assault.", "2025-06-03",
     {("attacks", 70, "count", None, "2025-05-01", "2025-05-31")}),
    ("In May, 70 attacks were recorded. Five civilians died in the same attack.", "2025-06-03",
     {("attacks", 70, "count", None, "2025-05-01", "2025-05-31")}),
    # a day's crossing figure ranked against the year is no claim for the year
    ("About 9,800 Afghans crossed back on Sunday, one of the highest daily figures this year.", "2025-06-03", set()),
])
def test_extract_claims_unseen_kinds_incidents_and_rankings(text: str, published: str, expected: set) -> None:
    assert _keys(text, published=published) == expected


def test_extract_claims_unseen_since_a_full_day() -> None:
    got = _keys("Over 500,000 Afghans have returned since October 3, 2023, the agency said.", published="2024-12-01")
    assert got == {("returnees", 500000, "count", None, "2023-10-03", "2024-12-01")}  # as of its telling


@pytest.mark.parametrize("text, published, expected", [
    # a toll split up in the next sentence ("Among them were ..."): each group takes the toll's sense
    ("In February, 80 people died in attacks across Balochistan, a monitoring group said. Among them were "
     "35 soldiers and 20 civilians.", "2025-03-04",
     {("deaths", 80, "count", None, "2025-02-01", "2025-02-28"),
      ("security_forces_killed", 35, "count", None, "2025-02-01", "2025-02-28"),
      ("civilians_killed", 20, "count", None, "2025-02-01", "2025-02-28")}),
    ("During 2024, 210 people were injured in bombings in the province. Of them, 150 were civilians.",
     "2025-01-15",
     {("injured", 210, "count", None, "2024-01-01", "2024-12-31"),
      ("civilians_injured", 150, "count", None, "2024-01-01", "2024-12-31")}),
])
def test_extract_claims_toll_split_in_next_sentence(text: str, published: str, expected: set) -> None:
    assert _keys(text, published=published) == expected
