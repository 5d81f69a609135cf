"""Session-3 claim forms: table lines under a casualty heading, 'lost N personnel', periods that
start at a named launch day or 'January last year', a telling time ('said last week') that is no
period, a part with another fate, and returns split by crossing."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str, published: str = "2024-06-02") -> set[tuple]:
    doc = Document(id="t", text=text, title=None, published=published)
    return {(c.metric, c.value, c.period_start, c.period_end) for c in extract_claims(doc, split_sentences(text))}


_REPORT = "The monitor recorded 300 deaths nationwide in May 2024.\n\n"


@pytest.mark.parametrize("heading,line,metric", [
    ("Breakdown of fatalities:", "Soldiers: 120", "security_forces_killed"),
    ("Deaths by group:", "Militants (including attackers): 95", "militants_killed"),
    ("Those injured were:", "Civilians: 40", "civilians_injured"),
])
def test_claims_s3_table_line_under_a_casualty_heading(heading: str, line: str, metric: str) -> None:
    got = _claims(_REPORT + heading + "\n" + line)
    value = int(line.rsplit(":", 1)[1])
    assert (metric, value, "2024-05-01", "2024-05-31") in got


@pytest.mark.parametrize("heading", ["Contact details:", "The monitor thanked its partners."])
def test_claims_s3_table_line_without_a_casualty_heading_is_no_claim(heading: str) -> None:
    got = _claims(_REPORT + heading + "\nSoldiers: 120")
    assert not any(v == 120 for _, v, _, _ in got)


@pytest.mark.parametrize("text,metric,value", [
    ("Across the country the police lost 85 personnel in 2023, the report said.", "security_forces_killed", 85),
    ("Security forces lost more than 400 soldiers during 2023, while 300 militants were killed.", "security_forces_killed", 400),
])
def test_claims_s3_lost_personnel_is_a_toll(text: str, metric: str, value: int) -> None:
    assert (metric, value, "2023-01-01", "2023-12-31") in _claims(text)


def test_claims_s3_lost_near_miss_other_sense_stays() -> None:
    got = _claims("Across the country 85 personnel were injured in 2023, the report said, after the force lost ground.")
    assert ("security_forces_injured", 85, "2023-01-01", "2023-12-31") in got


@pytest.mark.parametrize("text,start", [
    ("Since the start of the return drive on 15 September 2023, over 400,000 Afghans have returned from Pakistan.",
     "2023-09-15"),
    ("Since the launch of the campaign in October 2023, some 300,000 Afghans have returned from Pakistan.", "2023-10-01"),
])
def test_claims_s3_since_a_named_launch_day(text: str, start: str) -> None:
    got = _claims(text)
    assert any(m == "returnees" and s == start for m, _, s, _ in got)


@pytest.mark.parametrize("text,start", [
    ("Police in the province have lost 95 personnel in attacks since January last year, officials said.", "2023-01-01"),
    ("Police in the province have lost 40 personnel in attacks since March this year, officials said.", "2024-03-01"),
])
def test_claims_s3_since_month_of_last_or_this_year(text: str, start: str) -> None:
    got = _claims(text)
    # a running total as of its telling: it ends on the day it was told (here the publication day)
    assert any(m == "security_forces_killed" and s == start and e == "2024-06-02" for m, _, s, e in got)


def test_claims_s3_said_last_week_is_the_telling_time() -> None:
    got = _claims("The military said last week that 27 militants had been killed along the border since March.")
    assert ("militants_killed", 27, "2024-03-01", None) in got


def test_claims_s3_last_week_as_the_period_still_binds() -> None:
    got = _claims("Across the country 27 militants were killed in operations last week, the military said.")
    assert any(m == "militants_killed" and s == "2024-05-26" for m, _, s, _ in got) or \
        any(m == "militants_killed" and s is not None and s >= "2024-05-20" for m, _, s, _ in got)


def test_claims_s3_part_with_another_fate_is_not_the_metric() -> None:
    got = _claims("At least 23 passengers have been abducted from highways in the province since January, and nine "
                  "of them were later found dead, according to officials.")
    assert ("abductions", 9, "2024-01-01", None) not in {(m, v, s, None) for m, v, s, _ in got}
    assert any(m == "abductions" and v == 23 for m, v, _, _ in got)


def test_claims_s3_returns_split_by_crossing() -> None:
    text = ("In the week of 5-11 May 2024, 9,000 Afghans returned from Pakistan, the agency said.\n\n"
            "- 6,100 crossed through Torkham and 2,400 through Chaman.")
    got = {(m, v) for m, v, _, _ in _claims(text)}
    assert {("returnees", 6100), ("returnees", 2400)} <= got


def test_claims_s3_crossed_through_without_returns_in_force_is_no_claim() -> None:
    got = _claims("In May 2024, 6,100 lorries crossed through Torkham, traders said.")
    assert not any(m == "returnees" for m, _, _, _ in got)


@pytest.mark.parametrize("origin", ["Iran", "Turkey"])
def test_claims_s3_returns_from_another_country_are_not_returnees(origin: str) -> None:
    got = _claims(f"In the first week of May 2024, 18,400 Afghans returned from Pakistan and 24,900 from {origin}, "
                  "the agency said.")
    assert any(m == "returnees" and v == 18400 for m, v, _, _ in got)
    assert not any(m == "returnees" and v == 24900 for m, v, _, _ in got)


def test_claims_s3_singled_out_incident_is_no_claim() -> None:
    got = _claims("The 2023 report singled out the bombing of a rally in Khar on 3/9/2023, which killed 38 people, "
                  "as the deadliest single incident of the year.")
    assert not any(v == 38 for _, v, _, _ in got)


def test_claims_s3_which_killed_in_a_yearly_total_is_kept() -> None:
    got = _claims("Militants carried out 400 attacks across the country in 2023, which killed 900 people, the report said.")
    assert any(m == "deaths" and v == 900 for m, v, _, _ in got)


def test_claims_s3_others_after_an_injuring_verb_are_everyone_injured() -> None:
    got = _claims("The attacks in May 2024 killed 96 people nationwide, including 41 soldiers and 38 civilians, "
                  "and injured 133 others, the report said.")
    assert ("injured", 133, "2024-05-01", "2024-05-31") in got
    assert not any(v == 133 and m != "injured" for m, v, _, _ in got)


@pytest.mark.parametrize("phrase", ["over the quarter", "during the quarter"])
def test_claims_s3_the_quarter_in_force(phrase: str) -> None:
    text = ("The monitor recorded 200 attacks in the third quarter of 2023.\n\n"
            f"Attacks in Balochistan fell by 15 percent {phrase}, including a blast in Quetta on September 8.")
    assert ("attacks", 15, "2023-07-01", "2023-09-30") in _claims(text)


@pytest.mark.parametrize("day", ["Sept. 12, 2023", "Jan. 4, 2023", "Aug 9, 2023"])
def test_claims_s3_abbreviated_month_day_is_a_day_not_a_figure(day: str) -> None:
    got = _claims(f"Officials said 1,800 returnees crossed through the Chaman crossing on {day}, and were received "
                  "at the camp.")
    values = {v for _, v, _, _ in got}
    assert int(day.split()[1].rstrip(",")) not in values and 1800 not in values
