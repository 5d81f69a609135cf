""""X in A, Y in B and Z in C": a sentence listing incidents in three districts gives each district only its
own clause's figures and weapon; a district named only in passing there makes no event of its own."""
from __future__ import annotations

import pytest

from frontierwatch.extract.datelines import find_places
from frontierwatch.extract.events import violence_events
from frontierwatch.extract.mentions import describe
from frontierwatch.extract.overview import _clause
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-05-12", title="Violence in the south", text=text)
    return violence_events(doc, split_sentences(doc.text))


def _killed(e) -> dict:
    return {g: n for g in ("security_forces", "civilians", "militants", "unspecified") if (n := getattr(e.killed, g))}


_DETAIL = ("In Bannu, the constable was on duty near a school on Monday when two men opened fire on him. "
           "On Sunday night, the mortar rounds landed near the Zhob post, wounding two Levies men. "
           "In Kohat, police said the militants opened fire when a team surrounded their hideout on Tuesday.")


@pytest.mark.parametrize("lead", [
    "A constable guarding a vaccination team was shot dead in Bannu, mortar rounds were fired at a Levies post "
    "in Zhob and four militants were killed in an encounter with the police in Kohat. ",
    "A policeman was gunned down in Bannu, mortar rounds hit a Levies post in Zhob and five suspected "
    "militants died in a shootout with the police in Kohat. ",
])
def test_overview_clause_figures_stay_in_their_district(lead):
    evs = [e for e in _events(lead + _DETAIL) if e.admin2 == "Bannu"]
    assert len(evs) == 1
    assert _killed(evs[0]) == {"security_forces": 1}
    assert evs[0].tactic != "rocket_mortar"


@pytest.mark.parametrize("lead", [
    "Violence flared in the south over the weekend, with a hideout searched in Karak, a bus attacked in "
    "Kohat and a bomb killing a shopkeeper in Bannu. ",
    "Over the weekend a compound was raided in Karak, a bus was attacked in Kohat and a bomb killed a "
    "shopkeeper in Bannu. ",
])
def test_overview_district_in_passing_makes_no_event(lead):
    text = lead + ("In Kohat, gunmen opened fire on a passenger bus on Sunday, killing two travellers. "
                   "In Bannu, a shopkeeper was killed on Saturday when a bomb planted near his shop went off.")
    evs = _events(text)
    assert sorted(e.admin2 for e in evs) == ["Bannu", "Kohat"]


@pytest.mark.parametrize("sentence", [
    "Gunmen killed nine people in attacks in Bannu, Karak and Kohat districts on Monday.",  # one list
    "A constable was shot dead in Bannu and a bomb went off in Kohat on Monday.",  # two districts only
])
def test_overview_no_clause_for_lists_or_two_districts(sentence):
    sents = split_sentences(sentence)
    info = describe(sentence, sents, find_places(sentence), [])[0]
    assert all(_clause(sentence, info, p.location.admin2) is None for p in info.places if p.location.admin2)


@pytest.mark.parametrize("text,day", [
    ("Security forces killed five militants in Bannu, arrested three suspects in Tank and seized weapons in Lakki "
     "Marwat on Monday, the ISPR said.", "2026-05-11"),
    ("Gunmen shot dead a shopkeeper in Bannu, militants torched a school in Tank and a bomb wounded two men in "
     "Lakki Marwat late on Sunday, police said.", "2026-05-10"),
])
def test_overview_trailing_day_dates_each_clause(text, day):
    evs = [e for e in _events(text) if e.admin2 == "Bannu"]
    assert [e.date for e in evs] == [day]
    assert evs[0].arrested is None and evs[0].injured is None  # the other districts' figures stay there
