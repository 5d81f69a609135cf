"""Deaths by accident or nature (a cylinder blast, a mine caving in, a coach overturning, flash floods) are no
security event; the same words as a detail of an attack, or beside a bomb or militants, leave the attack."""
import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _events(text):
    return extract(Document(id="a", text=text, published="2026-04-06")).events


@pytest.mark.parametrize("text", [
    "Five people died on Sunday when a gas cylinder exploded in a house in Peshawar's Hayatabad, rescue officials said.",
    "Three coal miners were killed in Harnai on Saturday after a tunnel of the mine caved in, officials said.",
    "Nine passengers lost their lives when a van overturned on the Karakoram Highway near Kohistan on Sunday.",
    "PESHAWAR, 5 April 2026 - Flash floods in Chitral have killed at least eight people since Friday, officials said.",
])
def test_accidental_deaths_are_no_events(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    # a detail of the attack: the houses' roofs, the overturned carriages
    "A suicide bomber struck a police post in Bannu on Sunday, killing four policemen. Doctors said 12 people were "
    "brought in wounded, among them children from nearby homes whose roofs caved in.",
    "A bomb planted on the track went off under a train near Sibi on Sunday, killing six passengers. The toll rose "
    "as rescuers pulled bodies from two coaches that had overturned.",
    # the accident words beside a bomb or militants
    "Militants blew up a gas pipeline in Dera Bugti on Sunday, and two guards died when a gas cylinder exploded nearby.",
])
def test_accident_words_inside_an_attack_leave_it(text):
    events = _events(text)
    assert events and events[0].type == "attack"


def test_wounded_count_survives_a_collapse_detail():
    text = ("A suicide bomber struck a police post in Bannu on Sunday, killing four policemen. Doctors said 12 people "
            "were brought in wounded, among them children from nearby homes whose roofs caved in.")
    assert _events(text)[0].injured == 12


@pytest.mark.parametrize("text", [
    # accident or feud words beside violence against security forces, named groups or armed men
    "A police constable was martyred in an attack in Hangu on Monday, days after floods cut the main road.",
    "Two Levies men were killed in an ambush in Panjgur on Monday as heavy rains lashed the area.",
    "A vaccinator was shot dead in Mohmand on Tuesday, a day after a landslide blocked the road.",
    "A policeman was killed when their van overturned after being fired upon in Tank on Monday.",
    "The TTP shot dead two men in Orakzai on Monday over a dispute over extortion money.",
    # a private motive denied or only probed
    "A reporter was shot dead in Turbat on Monday, and police were checking whether a personal enmity lay behind it.",
    "Two policemen were shot dead in Kohat on Monday and police are probing whether the attack was over an old enmity.",
])
def test_violence_beside_accident_or_feud_words_stays_an_event(text):
    assert _events(text)
