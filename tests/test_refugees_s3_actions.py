"""Session-3 refugee rules: a day's returns split 'N through A and M through B', a share is no
count, 'since the launch of the drive on <day>' is an anchor, passive and 'Last Sunday' detentions,
card holders counted, and another group's deadline set in the same decision as an extension."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _refugees(text: str, published: str = "2025-05-08") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-05-08 is a Thursday
    return sorted(((e.action, e.date, e.crossing, e.count, e.until, e.admin2) for e in extract(doc).events
                   if e.type == "refugees"), key=str)


@pytest.mark.parametrize("sep", [" - ", " \u2013 ", ": "])
def test_refugees_s3_day_returns_split_by_crossing(sep: str) -> None:
    text = (f"KABUL: On Wednesday alone, 3,000 Afghan migrants returned to the country{sep}2,100 through the Torkham "
            "crossing and 900 through Spin Boldak, the ministry said.")
    got = {(c, n) for _, _, c, n, _, _ in _refugees(text)}
    assert {("Torkham", 2100), ("Chaman", 900)} <= got


def test_refugees_s3_one_crossing_keeps_the_total() -> None:
    text = "KABUL: On Wednesday alone, 3,000 Afghan migrants returned through the Torkham crossing, the ministry said."
    assert [(c, n) for _, _, c, n, _, _ in _refugees(text)] == [("Torkham", 3000)]


def test_refugees_s3_share_is_no_count() -> None:
    text = ("KABUL: Some 9,000 Afghans returned from Pakistan last week, the agency said.\n\n"
            "- 41% of returnees were deported before their return.")
    assert all(n != 41 for _, _, _, n, _, _ in _refugees(text))
    assert not any(a == "deportation" for a, *_ in _refugees(text))


def test_refugees_s3_since_the_launch_is_an_anchor() -> None:
    text = ("KABUL: Since the launch of the deportation drive on 1 November 2023, more than 900,000 Afghans "
            "have returned from Pakistan, the agency said.")
    assert not any(a == "deportation" and d == "2023-11-01" for a, d, *_ in _refugees(text))


def test_refugees_s3_launch_on_a_day_is_still_an_event() -> None:
    text = "ISLAMABAD: Pakistan launched a deportation drive against undocumented Afghans on Monday, officials said."
    assert ("deportation", "2025-05-05") in {(a, d) for a, d, *_ in _refugees(text)}


@pytest.mark.parametrize("text,day,count", [
    ("Police raided Afghan homes across the city this week.\n\nOn Tuesday, another 430 Afghans were detained in "
     "Islamabad and moved to holding centres ahead of deportation, elders said.", "2025-05-06", 430),
    ("Afghan refugees say raids continue.\n\nLast Sunday, police in Rawalpindi detained 210 Afghans in raids on two "
     "neighbourhoods, community elders said. Many Afghan families have since gone into hiding, and refugees fear more raids.",
     "2025-05-04", 210),
    ("Afghan refugees in the capital fear the police.\n\nOn 5 May, Islamabad police launched door-to-door checks on "
     "Afghan migrants; at least 340 people were detained on the first day, aid workers told reporters. Afghans say "
     "the checks are speeding up.", "2025-05-05", 340),
])
def test_refugees_s3_detentions_of_afghans(text: str, day: str, count: int) -> None:
    assert ("deportation", day, count) in {(a, d, n) for a, d, _, n, _, _ in _refugees(text)}


def test_refugees_s3_detention_near_miss_no_afghans_named() -> None:
    text = ("Police raided shops across the city this week.\n\nOn Tuesday, another 43 traders were detained in "
            "Islamabad for hoarding, officials said.")
    assert _refugees(text) == []


def test_refugees_s3_card_holders_are_counted() -> None:
    text = ("ISLAMABAD: The federal cabinet on Wednesday approved an extension of Proof of Registration cards held by "
            "Afghan refugees, allowing around 1.3 million card holders to stay until June 30, 2026.")
    assert [(a, n, u) for a, _, _, n, u, _ in _refugees(text)] == [("extension", 1300000, "2026-06-30")]


def test_refugees_s3_other_groups_deadline_beside_an_extension() -> None:
    text = ("ISLAMABAD: The federal cabinet on Wednesday extended Proof of Registration cards of Afghan refugees until "
            "December 31, 2025.\n\nAt the same time, the cabinet directed that holders of Afghan Citizen Cards must "
            "leave the country by August 31.")
    got = {(a, d, u) for a, d, _, _, u, _ in _refugees(text)}
    assert ("extension", "2025-05-07", "2025-12-31") in got
    assert ("deadline", "2025-05-07", "2025-08-31") in got


def test_refugees_s3_same_groups_deadline_is_moved_by_the_extension() -> None:
    text = ("ISLAMABAD: The federal cabinet on Wednesday extended Proof of Registration cards of Afghan refugees until "
            "December 31, 2025.\n\nCard holders had earlier been directed to leave the country by June 30.")
    got = {a for a, *_ in _refugees(text)}
    assert got == {"extension"}


@pytest.mark.parametrize("tail", ["before deportation", "ahead of their deportation", "prior to deportation"])
def test_refugees_s3_undated_detention_held_before_deportation(tail: str) -> None:
    text = ("Afghan refugees say the raids are spreading.\n\nIn Rawalpindi, police detained 310 Afghans without valid "
            f"documents over the past week and shifted them to a holding centre {tail}, a police spokesman said.")
    assert ("deportation", None, 310) in {(a, d, n) for a, d, _, n, _, _ in _refugees(text)}


def test_refugees_s3_undated_detention_near_miss_released() -> None:
    text = ("Afghan refugees say the raids are spreading.\n\nIn Rawalpindi, police detained 310 Afghans without valid "
            "documents over the past week and released them after checks, a police spokesman said.")
    assert not any(a == "deportation" for a, *_ in _refugees(text))
