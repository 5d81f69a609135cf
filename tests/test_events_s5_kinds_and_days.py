"""Which incidents a report holds and on which day: an escort shot on the first day of a "nationwide vaccination
campaign" is an incident (the campaign is no round-up), and "a day after" that campaign began does not move its
day; troops "searching" villages who kill fighters are an operation; a strike one side alleges and the other
flatly denies is none; "The clashes erupted near X in Y district" places the toll told next in Y; Afghan forces
raiding IS fighters at home are an Afghan operation; an undated wire story is dated by its dateline; suspects
"who were planning attacks" arrested in X are an operation; kidnappings "most of them in X's districts" are a
period's figure."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str, published: str | None = "2026-05-06", title: str = "Report") -> list:
    doc = Document(id="t1", url="u", outlet="o", published=published, title=title, text=text)
    return [(e.type, e.admin2, e.date) for e in violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize("drive", ["vaccination campaign", "immunization drive", "polio campaign"])
def test_events_nationwide_drive_not_roundup(drive):
    text = (f"A policeman escorting health workers was shot dead in Kohat district on Tuesday, police said, a day "
            f"after a nationwide {drive} began.")
    assert _events(text) == [("attack", "Kohat", "2026-05-05")]


def test_events_day_after_other_attack_still_moves_day():
    # near miss: "a day after" an earlier attack, with no day of its own, is one day after it
    text = ("Gunmen attacked a police post in Kohat district on Tuesday, killing two constables. A day after the "
            "attack, a bomb killed a shopkeeper in Kohat district, police said.")
    assert ("attack", "Kohat", "2026-05-05") in _events(text)


@pytest.mark.parametrize("verb", ["searching", "hunting"])
def test_events_troops_searching_kill_fighters_operation(verb):
    text = (f"Troops {verb} in the villages around the camp in Bannu district on Wednesday killed three more fighters "
            "linked to the attack, the military said.")
    assert _events(text) == [("security_operation", "Bannu", "2026-05-06")]


def test_events_fighters_kill_troops_not_operation():
    # near miss: the fighters did the killing
    text = "Fighters attacked troops searching a village in Bannu district on Wednesday, killing three soldiers."
    assert [t for t, _, _ in _events(text)] == ["attack"]


_CLASH = ("Pakistani and Afghan forces exchanged fire along the border, officials said. The clashes erupted late on "
          "Monday near the Ghulam Khan crossing in North Waziristan district. Three Pakistani soldiers were killed. ")


@pytest.mark.parametrize("denial", [
    "Islamabad flatly denied that any such strike had taken place.",
    "Pakistan's army rejected the allegation as baseless.",
])
def test_events_accused_and_denied_strike_not_event(denial):
    text = _CLASH + "Kabul also accused Pakistan of an air strike in Khost's Spera district on Sunday. " + denial
    assert _events(text) == [("cross_border", "North Waziristan", "2026-05-04")]


def test_events_accused_strike_without_denial_kept():
    # near miss: nobody denies it
    text = _CLASH + "Kabul also accused Pakistan of an air strike in Khost's Spera district on Sunday."
    assert ("cross_border", "Spera", "2026-05-03") in _events(text)


@pytest.mark.parametrize("raider", ["Afghan security forces", "Afghan forces"])
def test_events_afghan_raid_on_is_operation(raider):
    text = (f"Separately, {raider} killed five IS militants in a raid on their hideout in Achin district of "
            "Nangarhar province on Monday, the provincial police said.")
    assert _events(text) == [("security_operation", "Achin", "2026-05-04")]


def test_events_afghan_forces_firing_on_pakistan_still_cross_border():
    # near miss: the Afghan forces fired on Pakistani posts
    text = ("Afghan forces attacked Pakistani border posts in the Kurram district on Monday, killing two soldiers, "
            "the military said.")
    assert [t for t, _, _ in _events(text)] == ["cross_border"]


def test_events_undated_story_dated_by_dateline():
    text = ("KABUL, July 3 (Xinhua) -- Five people were killed on Friday when a bomb went off on a bus in Kabul, "
            "police said. It was the deadliest attack in the capital so far in 2026.")
    assert [d for _, _, d in _events(text, published=None)] == ["2026-07-03"]


@pytest.mark.parametrize("clause", ["who were allegedly planning attacks on churches",
                                    "who were plotting attacks on a market"])
def test_events_arrested_plotters_operation(clause):
    text = (f"Counterterrorism police said on Monday they arrested three suspected militants in Mianwali {clause}.")
    assert _events(text) == [("security_operation", "Mianwali", "2026-05-04")]


def test_events_foiled_plot_without_arrest_no_event():
    # near miss: a plan foiled, nobody arrested
    text = "Counterterrorism police said on Monday they had foiled a plan to attack churches in Mianwali."
    assert _events(text) == []


def test_events_kidnappings_spread_over_districts_no_event():
    text = ("Security forces carried out 80 operations during the quarter. Militants kidnapped 40 people, most of "
            "them in Khyber Pakhtunkhwa's southern districts.")
    assert _events(text) == []


def test_events_kidnapping_in_one_district_kept():
    # near miss: one incident in one district
    text = "Militants kidnapped four people in Tank district on Monday, police said."
    assert _events(text) == [("attack", "Tank", "2026-05-04")]
