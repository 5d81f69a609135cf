"""Families of the violence extractor on invented reports: places that are not the scene (where the
wounded were evacuated, where victims or their employer come from), undated background, statistics
and counter-claims, and sub-incidents of a cross-border clash. Real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text", [
    "A roadside bomb hit a patrol in Datta Khel, North Waziristan, on Monday, killing two soldiers. "
    "Four more soldiers were hurt and were evacuated to the military hospital, Bannu.",
    "Gunmen ambushed a police van in Kulachi, Dera Ismail Khan, on Tuesday, killing a constable. "
    "Two other policemen were wounded and rushed to a hospital in Peshawar.",
    "Three surveyors were abducted by armed men near Sarwakai in South Waziristan on Sunday. "
    "The surveyors, employees of a mapping company from Rawalpindi, were stopped by masked gunmen.",
    "Unknown attackers shot dead two road workers in Turbat, Kech, on Saturday. "
    "The victims, labourers from Multan, were fired upon by men on motorbikes near their camp.",
])
def test_events_hospital_or_origin_place_is_not_a_second_scene(text: str) -> None:
    events = run(text)
    assert len(events) == 1, events
    assert events[0]["admin2"] in ("North Waziristan", "Dera Ismail Khan", "South Waziristan", "Kech")


@pytest.mark.parametrize("text", [
    "Militant attacks in Pakistan went up by 30 percent in May compared with April, according to a "
    "quarterly review released on Tuesday by the Peshawar Centre for Peace Research.",
    "Bomb attacks in the country fell by a fifth in June compared to May, said a review published "
    "on Wednesday by the Quetta Policy Forum.",
    "Terrorist attacks across the country doubled in July, according to a security report issued on "
    "Monday by the Lahore Conflict Institute.",
])
def test_events_trend_against_another_period_is_no_event(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text, district, place", [
    ("Afghan forces opened fire on Pakistani border posts in Chitral and Mohmand districts on Friday night, "
     "security sources said. Afghan troops fired mortars at a post near Arandu in Chitral, wounding a soldier. "
     "Around the same hour, a post in the Gurbaz area of Mohmand was hit by machine-gun fire, "
     "though no casualties were reported.", "Mohmand", "Gurbaz"),
    ("Afghan forces opened fire on Pakistani positions in Zhob and Chaman on Tuesday, officials said. "
     "A checkpost in the Sambaza area of Zhob also came under gunfire, but no casualties were reported.",
     "Zhob", "Sambaza"),
])
def test_events_undeadly_fire_on_a_clash_district_is_part_of_the_clash(text: str, district: str, place: str) -> None:
    events = run(text)
    assert [e["type"] for e in events if e["admin2"] == district] == ["cross_border"], events
    assert all(e["type"] == "cross_border" for e in events), events


def test_events_deadly_attack_on_a_clash_district_stays_apart() -> None:
    text = ("Afghan forces fired on Pakistani posts in Kurram on Sunday, security sources said. "
            "Separately, militants shot dead a policeman at a checkpoint in the Sadda area of Kurram on Sunday.")
    assert sorted(e["type"] for e in run(text)) == ["attack", "cross_border"]


@pytest.mark.parametrize("text", [
    "Trade through the Kharlachi crossing in Kurram resumed on Tuesday after a week-long halt. The crossing had "
    "been shut after gunmen opened fire on a frontier patrol close to Kharlachi, customs staff said.",
    "Traffic on the main road in Kulachi, Dera Ismail Khan, resumed on Monday. It had been suspended since "
    "gunmen opened fire on a police van in Kulachi, officials said.",
])
def test_events_violence_told_as_the_cause_of_an_earlier_state_is_background(text: str) -> None:
    assert run(text, published="2025-03-12") == []


@pytest.mark.parametrize("text, districts", [
    ("RAWALPINDI: Security forces on Sunday killed three terrorists during an operation in the Hoshab area of Kech "
     "district, the ISPR said on Monday. Earlier, on Saturday, another operation in the Gichk area of Panjgur "
     "district was called off after the terrorists escaped into the hills, the ISPR said.", ["Kech"]),
    ("Police said an operation against kidnappers in the Kulachi area of Dera Ismail Khan on Friday was called "
     "off after the gang slipped away, with no casualties on either side.", []),
    ("A raid on a hideout in the Sadda area of Kurram on Thursday was aborted after the suspects fled, "
     "and no one was hurt, police said.", []),
])
def test_events_called_off_operation_is_no_event(text: str, districts: list[str]) -> None:
    assert [e["admin2"] for e in run(text)] == districts


@pytest.mark.parametrize("title, body, expected", [
    ("Shopkeeper shot dead in Mardan; teacher killed in Swabi",
     "MARDAN: A shopkeeper was shot dead by two gunmen in the Takht Bhai area of Mardan on Monday, police said. "
     "In another incident, a schoolteacher was gunned down in the Topi area of Swabi on Saturday night.",
     [("Mardan", "2025-03-10"), ("Swabi", "2025-03-08")]),
    ("Policeman martyred in Tank; two labourers killed in Kech",
     "TANK: A constable was martyred when militants attacked a checkpost in Gomal, Tank, on Sunday. "
     "Separately, gunmen shot dead two labourers near Turbat in Kech district on Friday, officials said.",
     [("Tank", "2025-03-09"), ("Kech", "2025-03-07")]),
])
def test_events_headline_repeated_atop_the_body_adds_no_event(title: str, body: str, expected: list) -> None:
    events = run(title + "\n\n" + body, title=title, published="2025-03-12")
    assert sorted((e["admin2"], e["date"]) for e in events) == sorted(expected)


@pytest.mark.parametrize("text, second", [
    ("At least three people were killed when a bomb exploded in a van in the Qambarani area of Quetta on Friday, "
     "police said. The neighbourhood has been hit by several attacks in recent years. On March 2, a magnetic bomb "
     "stuck to a rickshaw in the same area killed one person.", ("Quetta", "2025-03-02")),
    ("Two shopkeepers were shot dead in the Landi Kotal bazaar of Khyber on Monday. The market has seen many "
     "killings in recent years. On February 20, a money changer was gunned down in the same bazaar.",
     ("Khyber", "2025-02-20")),
])
def test_events_same_area_takes_the_earlier_events_place(text: str, second: tuple) -> None:
    events = run(text)
    assert len(events) == 2, events
    assert (events[1]["admin2"], events[1]["date"]) == second


@pytest.mark.parametrize("text, provinces", [
    ("It is not the first such raid. On January 9, 2024, Pakistani jets struck the Dangam district of Kunar and "
     "the Lalpur district of Nangarhar, killing 25 people in both provinces, Afghan officials said.",
     ["Kunar", "Nangarhar"]),
    ("Earlier, on February 3, 2024, Pakistani aircraft bombed the Barmal district of Paktika and the Spera district "
     "of Khost, killing 12 people in the two provinces, the Taliban said.", ["Khost", "Paktika"]),
])
def test_events_strike_on_two_provinces_is_one_event_each(text: str, provinces: list[str]) -> None:
    events = run(text, published="2025-03-12")
    assert sorted(e["admin1"] for e in events) == sorted(provinces), events
    assert all(e["type"] == "cross_border" and e["killed"] is None for e in events), events


@pytest.mark.parametrize("text", [
    "KABUL/ISLAMABAD — The two governments agreed on Sunday to reopen trade. \"We meet again in Tashkent on "
    "March 20,\" the minister said on reaching Islamabad on Monday. Clashes had broken out earlier this month "
    "after Afghan troops fired on Pakistani posts. Dozens of troops and villagers were reported killed on both sides.",
    "PESHAWAR: Elders met on Saturday to discuss the truce. Heavy fighting had raged between the tribes in recent "
    "weeks. Several fighters were reportedly killed.",
])
def test_events_figure_after_an_undated_flashback_is_part_of_it(text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize("text, killed", [
    ("Afghan forces attacked Pakistani posts in Kurram on Tuesday night. Pakistan's army said six of its soldiers "
     "were killed, and claimed that scores of Afghan fighters died in its response.", {"security_forces": 6}),
    ("Pakistani troops and Afghan forces traded fire near Chaman on Friday, wounding two soldiers. A Taliban "
     "spokesman claimed that 20 Pakistani soldiers had been killed, which officials rejected.", None),
])
def test_events_other_sides_claimed_figure_is_not_counted(text: str, killed: dict | None) -> None:
    events = run(text)
    assert len(events) == 1, events
    assert events[0]["killed"] == killed


def test_events_at_the_same_time_is_the_same_day() -> None:
    text = ("Afghan forces opened fire on Pakistani posts in Kurram and Mohmand districts on Saturday night, officials "
            "said on Sunday. Afghan troops fired mortars at a post near Parachinar in Kurram, wounding two soldiers. "
            "At about the same time, a post in the Gurbaz area of Mohmand came under gunfire, though no casualties "
            "were reported there. The foreign ministry is expected to issue a statement on Monday.")
    events = run(text, published="2025-03-16")
    assert sorted((e["admin2"], e["date"]) for e in events) == [("Kurram", "2025-03-15"), ("Mohmand", "2025-03-15")]


def test_events_where_a_spokesman_speaks_is_not_a_scene() -> None:
    text = ("A bomb killed four people at a market in Asadabad, Kunar, on Friday. In Kabul, an interior ministry "
            "spokesman said on Saturday that two more wounded had died, taking the toll to six.")
    assert [(e["admin1"], sum(e["killed"].values())) for e in run(text)] == [("Kunar", 6)]


@pytest.mark.parametrize("text, target", [
    # no aimed target: the victims (a lawyer, engineers) say whom it hit, not the police who report it
    ("A senior lawyer was gunned down in the Saddar area of Mardan on Monday evening, police said.", "civilians"),
    ("Three engineers were kidnapped by armed men in the Gomal area of Tank on Thursday. Policemen later found "
     "their jeep abandoned near the river.", "civilians"),
    # the object of the attack still decides
    ("Gunmen opened fire on a police van in Kulachi, Dera Ismail Khan, on Monday, killing two passers-by.", "police"),
    # a specific cue (an official) is kept over the victims' group
    ("A deputy commissioner was shot dead in Zhob on Sunday, officials said.", "government"),
])
def test_events_target_from_the_victims_when_none_is_aimed(text: str, target: str) -> None:
    events = run(text)
    assert [e["target"] for e in events] == [target], events


@pytest.mark.parametrize("text, target, tactic", [
    ("A suicide bomber struck a Sufi shrine in Sehwan, Jamshoro, on Friday, killing 20 devotees.", "civilians",
     "suicide_bombing"),
    ("Unknown men torched a mobile phone tower in Buleda, Kech, on Sunday night.", "infrastructure", None),
    ("A sticky bomb attached to a minibus went off in the Saddar area of Quetta on Monday, killing one person.",
     "civilians", "ied"),
])
def test_events_shrines_towers_and_sticky_bombs(text: str, target: str, tactic: str | None) -> None:
    events = run(text)
    assert len(events) == 1, events
    assert events[0]["target"] == target
    if tactic:
        assert events[0]["tactic"] == tactic


@pytest.mark.parametrize("text, expected", [
    ("Rawalpindi - March 12, 2025: On 10 March 2025, security forces conducted two separate operations in Bannu and "
     "Lakki Marwat districts. In the Jani Khel area of Bannu, troops killed five terrorists. In another engagement "
     "in the Pezu area of Lakki Marwat, security forces killed two more terrorists.",
     [("Bannu", "2025-03-10"), ("Lakki Marwat", "2025-03-10")]),
    ("Quetta - 12 March 2025: On 11 March, militants attacked a Levies post in the Dhadar area of Kachhi, "
     "killing two personnel.", [("Kachhi", "2025-03-11")]),
])
def test_events_dash_dateline_date_is_not_the_events_day(text: str, expected: list) -> None:
    assert sorted((e["admin2"], e["date"]) for e in run(text)) == expected


@pytest.mark.parametrize("text, day", [
    ("QUETTA: The death toll from Sunday night's attack on a Levies post in Kalat rose to six on Tuesday after "
     "two more personnel died in hospital, officials said.", "2025-03-09"),
    ("The number of people killed in Monday's bombing at a market in Parachinar, Kurram, rose to 14 on Wednesday, "
     "hospital officials said.", "2025-03-10"),
])
def test_events_toll_update_keeps_the_day_the_attack_owns(text: str, day: str) -> None:
    assert [e["date"] for e in run(text, published="2025-03-12")] == [day]


@pytest.mark.parametrize("text, arrested", [
    ("PESHAWAR: Three terrorists were killed in a shootout with the CTD in the Mathra area of Peshawar on Saturday, "
     "officials said. Two more suspects were arrested at the hideout, while one escaped.", 2),
    ("Security forces killed two militants in a raid in the Mir Ali area of North Waziristan on Monday. "
     "Four suspects were taken into custody from a nearby house.", 4),
])
def test_events_operations_arrests_in_a_detail_sentence_count(text: str, arrested: int) -> None:
    events = run(text)
    assert [(e["type"], e["arrested"]) for e in events] == [("security_operation", arrested)]


@pytest.mark.parametrize("sentence, n", [
    ("Five suspects were picked up during the search.", 5),
    ("Two militants were picked up from a house in the village.", 2),
])
def test_casualties_picked_up_is_an_arrest(sentence: str, n: int) -> None:
    from frontierwatch.extract.casualties import find_casualties, tally
    assert tally(find_casualties(sentence))["arrested"].total == n
