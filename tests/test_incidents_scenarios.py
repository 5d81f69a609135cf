"""Whole-story scenarios: round-ups, the other side's account, undated pages, closure vs reopening, a past year."""
from __future__ import annotations

import pytest

from frontierwatch.incidents import assign_incidents
from frontierwatch.incidents.config import ResolveConfig
from frontierwatch.errors import InputError
from frontierwatch.incidents.sides import facing, load_sides, load_state_forces, parse_sides, parse_state_forces
from frontierwatch.records import Casualties, Document, Event


def ev(doc: str, **kw) -> Event:
    base = dict(type="attack", date="2025-03-11", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Karak")
    base.update(kw)
    killed = base.pop("killed", None)
    return Event(doc_id=doc, killed=Casualties(**killed) if killed else Casualties(), **base)


def doc(doc_id: str, text: str, published: str | None) -> Document:
    return Document(id=doc_id, text=text, published=published)


def same(a: Event, b: Event) -> bool:
    return a.incident is not None and a.incident == b.incident


def test_incidents_weekly_roundup_entry_joins_its_own_day_only():
    """A round-up listing a week of attacks restates one of them; only that entry joins the single report."""
    single = ev("news", date="2025-03-10", tactic="kidnapping", target="government", abducted=3)
    week = [ev("roundup", date=f"2025-03-{d}", admin2=place, tactic=tac)
            for d, place, tac in (("10", "Karak", "kidnapping"), ("11", "Karak", "targeted_killing"),
                                  ("12", "Swabi", "grenade"), ("13", "Karak", "ied"))]
    docs = [doc("news", "Gunmen seized three revenue clerks on a road in Karak on Monday.", "2025-03-11"),
            doc("roundup", "The week in review: a kidnapping, a shooting, a grenade and a roadside bomb.",
                "2025-03-16")]
    assign_incidents([single] + week, docs)
    assert same(single, week[0])
    assert not any(same(single, w) for w in week[1:])


AF_STRIKE = dict(type="cross_border", country="AF", admin1="Khost", admin2="Spera", tactic="air_strike",
                 perpetrator="PK_SF", date="2025-08-02")


@pytest.mark.parametrize("pk_kw, merged", [
    # the Pakistani outlet places the same strike at the facing district, same toll: one strike
    (dict(admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", killed={"civilians": 6}), True),
    # only the facing province known
    (dict(admin1="Khyber Pakhtunkhwa", admin2=None, killed={"civilians": 6}), True),
    # a different toll: nothing specific ties the two sides together
    (dict(admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", killed={"civilians": 2}), False),
    # no toll at all on the Pakistani side
    (dict(admin1="Khyber Pakhtunkhwa", admin2="North Waziristan"), False),
    # a district nowhere near the Afghan province
    (dict(admin1="Balochistan", admin2="Chagai", killed={"civilians": 6}), False),
    # facing, same toll, but two days later: another exchange
    (dict(admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", killed={"civilians": 6}, date="2025-08-04"), False),
    # facing, same toll, but fired by the other side (retaliation): hard perpetrator conflict
    (dict(admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", killed={"civilians": 6}, perpetrator="TTA"),
     False),
])
def test_incidents_cross_border_strike_told_from_the_other_side(pk_kw, merged):
    af = ev("kabul-outlet", killed={"civilians": 6}, **{k: v for k, v in AF_STRIKE.items()})
    kw = {**{k: v for k, v in AF_STRIKE.items() if k not in ("country", "admin1", "admin2")}, "country": "PK"}
    kw.update(pk_kw)
    pk = ev("pk-outlet", **kw)
    assign_incidents([af, pk])
    assert same(af, pk) is merged


def test_incidents_other_side_rule_is_a_knob_and_only_for_cross_border():
    af = ev("a", killed={"civilians": 6}, **AF_STRIKE)
    pk = ev("b", **{**AF_STRIKE, "country": "PK", "admin1": "Khyber Pakhtunkhwa", "admin2": "North Waziristan"},
            killed={"civilians": 6})
    assign_incidents([af, pk], cfg=ResolveConfig(cross_border_facing_sides=False))
    assert not same(af, pk)
    att_af = ev("a", **{**AF_STRIKE, "type": "attack"}, killed={"civilians": 6})
    att_pk = ev("b", **{**AF_STRIKE, "type": "attack", "country": "PK", "admin2": "North Waziristan",
                        "admin1": "Khyber Pakhtunkhwa"}, killed={"civilians": 6})
    assign_incidents([att_af, att_pk])
    assert not same(att_af, att_pk)


@pytest.mark.parametrize("af_admin1, pk_admin1, pk_admin2, faces", [
    ("Kandahar", "Balochistan", "Killa Abdullah", True),
    ("Paktika", "Khyber Pakhtunkhwa", "South Waziristan Lower", True),   # a split district keeps its words
    ("Paktika", "Balochistan", "Zhob", True),
    ("Kandahar", "Khyber Pakhtunkhwa", "Khyber", False),
    ("Nangarhar", "Balochistan", None, False),
])
def test_incidents_sides_facing_table(af_admin1, pk_admin1, pk_admin2, faces):
    a = Event(type="cross_border", country="AF", admin1=af_admin1)
    b = Event(type="cross_border", country="PK", admin1=pk_admin1, admin2=pk_admin2)
    assert facing(a, b) is faces and facing(b, a) is faces


def test_incidents_sides_table_loads_without_empty_rows():
    sides = load_sides()
    assert sides and all(pairs and all(d for _, ds in pairs for d in ds) for pairs in sides.values())


STORY = ("The convoy bombing in the Sadar bazaar of Karak killed eleven people, soldiers and shopkeepers; "
         "traders shut their shops as funerals were held and the wounded were taken to the district hospital.")


@pytest.mark.parametrize("undated_kw, other_story, merged", [
    (dict(tactic="ied", target="security_forces"), False, True),        # same story, no date: joins
    (dict(tactic="ied", target="security_forces"), True, False),        # another story in the district
])
def test_incidents_undated_page_joins_by_story(undated_kw, other_story, merged):
    a = ev("dated", tactic="suicide_bombing", target="security_forces", killed={"unspecified": 11})
    b = ev("undated", date=None, **undated_kw)
    text_b = ("Farmers in the district complained that the canal water has not reached their fields for a month "
              "and asked the irrigation office to act.") if other_story else STORY.replace("Karak", "Karak town")
    assign_incidents([a, b], [doc("dated", STORY, "2025-03-11"), doc("undated", text_b, None)])
    assert same(a, b) is merged


@pytest.mark.parametrize("status_b, date_b, merged", [
    ("closed", "2025-03-12", True),      # a second outlet's closure story the next day
    ("reopened", "2025-03-17", False),   # the later reopening is its own event
    ("reopened", "2025-03-11", False),   # even on the same day, closing and reopening differ
])
def test_incidents_closure_and_later_reopening_stay_apart(status_b, date_b, merged):
    kw = dict(type="border_crossing", admin2="Khyber", crossing="Torkham")
    a = ev("a", status="closed", **kw)
    b = ev("b", status=status_b, **{**kw, "date": date_b})
    assign_incidents([a, b], [doc("a", "Torkham shut after a quarrel over a fence.", "2025-03-11"),
                              doc("b", "Torkham shut after a quarrel over a fence; trucks queue.", date_b)])
    assert same(a, b) is merged


@pytest.mark.parametrize("date_b, published_b, merged", [
    ("2024-03-11", "2024-03-11", False),   # a year earlier, worded alike: another attack
    (None, "2024-03-12", False),           # undated page published a year earlier
    ("2025-03-12", "2025-03-12", True),    # the next day's follow-up
])
def test_incidents_alike_attack_in_another_year_stays_apart(date_b, published_b, merged):
    a = ev("a", tactic="suicide_bombing", target="security_forces", killed={"unspecified": 11})
    b = ev("b", date=date_b, tactic="suicide_bombing", target="security_forces", killed={"unspecified": 11})
    assign_incidents([a, b], [doc("a", STORY, "2025-03-11"), doc("b", STORY, published_b)])
    assert same(a, b) is merged


@pytest.mark.parametrize("tactic_b, merged", [("armed_assault", True), ("air_strike", False)])
def test_incidents_cross_border_fire_told_as_shelling_or_gunfire(tactic_b, merged):
    """'Fire from across the border': one outlet says shelling, another gunfire; an air strike is another event."""
    kw = dict(type="cross_border", country="AF", admin1="Paktia", admin2="Dand-e-Patan", perpetrator="PK_SF",
              killed={"civilians": 3})
    a, b = ev("a", tactic="shelling", **kw), ev("b", tactic=tactic_b, **kw)
    assign_incidents([a, b])
    assert same(a, b) is merged


@pytest.mark.parametrize("perpetrator, where", [("PK_SF", ("AF", "Khost", "Spera")),
                                                ("TTA", ("PK", "Khyber Pakhtunkhwa", "North Waziristan"))])
def test_incidents_two_sided_strike_placed_where_it_hit(perpetrator, where):
    """Whichever side reports it more precisely, the incident sits on the side the firing state hit."""
    base = dict(type="cross_border", date="2025-08-02", tactic="shelling", perpetrator=perpetrator,
                killed={"civilians": 4})
    af = ev("a", country="AF", admin1="Khost", admin2="Spera", **base)
    pk = ev("b", country="PK", admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", **base)
    (inc,) = assign_incidents([af, pk])
    assert (inc.country, inc.admin1, inc.admin2) == where


@pytest.mark.parametrize("parse, body, reason", [
    (parse_sides, "af_province\tpk_province\tpk_districts\nKhost\tKhyber Pakhtunkhwa\t\n", "line 2"),
    (parse_sides, "h\th\th\nKhost\tKhyber Pakhtunkhwa\tKurram\nKhost\tKhyber Pakhtunkhwa\tBannu\n", "duplicate"),
    (parse_sides, "h\th\th\nKhost\tKhyber Pakhtunkhwa\tKurram,,Bannu\n", "empty district"),
    (parse_state_forces, "perpetrator\tcountry\nPK_SF\tPK\nPK_SF\tAF\n", "duplicate"),
    (parse_state_forces, "perpetrator\tcountry\nPK_SF\n", "line 2"),
])
def test_incidents_sides_bad_table_names_file_and_reason(tmp_path, parse, body, reason):
    path = tmp_path / "table.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        parse(path)
    assert "table.tsv" in str(err.value) and reason in str(err.value)


def test_incidents_state_forces_table_loads():
    assert load_state_forces() and all(len(c) == 2 for c in load_state_forces().values())
