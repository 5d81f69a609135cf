"""Tolls read right on unseen wire copy: a dateline's day is no count, a toll broken down in a later
sentence splits by group, a named list after a count is the same people, "a third" is one more.
Our own invented sentences; real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally
from violence_helpers import run


def figures(sentence: str, kind: str = "killed") -> tuple[dict[str, int], int] | None:
    t = tally(find_casualties(sentence)).get(kind)
    return None if t is None else (t.groups, max(t.total, sum(t.groups.values())))


@pytest.mark.parametrize("text, killed", [
    ("BANNU, Mar 11 (WIRE) - Two soldiers were killed when gunmen ambushed a patrol in Bannu on Monday.",
     {"security_forces": 2}),
    ("ZHOB, March 9 (Newswire) - Four policemen died when a bomb hit their van in Zhob on Sunday.",
     {"security_forces": 4}),
    # near miss: no dateline, the figure is the sentence's own
    ("Five policemen were killed when gunmen stormed a post in Bannu on Monday.", {"security_forces": 5}),
])
def test_violence_dateline_day_is_not_a_count(text: str, killed: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["killed"] == killed


@pytest.mark.parametrize("sentence, kind, expected", [
    ("Of the dead, three were Levies soldiers and four were civilian passengers, the officer said.",
     "killed", ({"security_forces": 3, "civilians": 4}, 7)),
    ("Of the injured, two were policemen and six were passers-by.",
     "injured", ({"security_forces": 2, "civilians": 6}, 8)),
    ("The dead now include two soldiers and three civilians.", "killed",
     ({"security_forces": 2, "civilians": 3}, 5)),
    # near miss: "of the dead" with no group after the count breaks nothing down
    ("Of the dead, two were never identified.", "killed", None),
])
def test_violence_breakdown_in_its_own_sentence(sentence: str, kind: str, expected) -> None:
    assert figures(sentence, kind) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Three soldiers, Naik Abdul Karim, Sepoy Javed Iqbal and Lance Naik Fazal Din, were martyred.",
     ({"security_forces": 3}, 3)),
    ("Two policemen, Constable Amir Khan and Constable Saeed Ali, were martyred in the attack.",
     ({"security_forces": 2}, 2)),
    ("Three policemen, a constable, a head constable and an inspector, were martyred.",
     ({"security_forces": 3}, 3)),
    # near miss: a list of other people after the count adds to it
    ("Two soldiers, a driver and a shopkeeper were killed.", ({"security_forces": 2, "civilians": 2}, 4)),
    # near miss: an open list (no closing comma) of more people of the same group adds to it
    ("Two soldiers, a policeman and a constable were killed.", ({"security_forces": 4}, 4)),
])
def test_violence_named_list_after_count_is_the_same_people(sentence: str, expected) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Two militants were killed and a third was arrested after the exchange of fire.", ({"unspecified": 1}, 1)),
    ("One suspect was shot dead while a second was later arrested.", ({"unspecified": 1}, 1)),
    # near miss: "a" before a plural term is no count
    ("Police said a number of suspects were arrested.", None),
])
def test_violence_arrest_counts(sentence: str, expected) -> None:
    assert figures(sentence, "arrested") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The report did not give a figure for militants killed in the clashes.", None),
    ("Security forces killed a militant commander in the raid.", ({"militants": 1}, 1)),
])
def test_violence_article_before_plural_is_no_count(sentence: str, expected) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The toll of twelve does not include the bomber, officials said.", ({"militants": 1}, 1)),
    ("Excluding the suicide bomber, the blast killed six people.", ({"militants": 1, "unspecified": 6}, 7)),
    # near miss: a bomber named without being set apart from a toll is no casualty
    ("Police said the bomber had entered the hall with the crowd.", None),
])
def test_violence_bomber_set_apart_from_the_toll(sentence: str, expected) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence, kind, expected", [
    ("Three others are still being treated for their wounds.", "injured", ({"unspecified": 3}, 3)),
    ("Two people were under treatment at the district hospital.", "injured", ({"unspecified": 2}, 2)),
    ("Two militants were killed and four were captured in the raid.", "arrested", ({"unspecified": 4}, 4)),
    ("Two children were killed and three other members of a family injured.", "injured",
     ({"civilians": 3}, 3)),
    ("A local leader of the party and two of his companions were shot dead.", "killed",
     ({"civilians": 1, "unspecified": 2}, 3)),
    # near miss: treatment with no count is no figure
    ("The injured are being treated at the district hospital.", "injured", None),
])
def test_violence_more_casualty_phrasings(sentence: str, kind: str, expected) -> None:
    assert figures(sentence, kind) == expected


@pytest.mark.parametrize("text, killed, n_events", [
    ("Two policemen were martyred when gunmen attacked a post in Mardan on Sunday night. A third policeman, who "
     "was critically wounded, was shifted to a hospital where he succumbed to his injuries on Monday.",
     {"security_forces": 3}, 1),
    # near miss: "a third" arrested is no death
    ("Two militants were killed in a raid in Mardan on Sunday and a third militant was arrested.",
     {"militants": 2}, 1),
])
def test_violence_nth_victim_dies_later(text: str, killed: dict, n_events: int) -> None:
    evs = run(text)
    assert len(evs) == n_events and evs[0]["killed"] == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("The toll from Monday night's attack on a police post in Bannu rose to three on Wednesday. Police had "
     "initially put the toll at two dead and two wounded. Constable Amir Shah died in hospital on Wednesday, "
     "leaving one injured officer still under treatment.", {"security_forces": 3}, 1),
    # near miss: with no superseded figure, the largest reported figures stand
    ("Two people were killed and five wounded in a blast in Bannu on Monday. Three of the wounded were "
     "later discharged.", {"unspecified": 2}, 5),
])
def test_violence_superseded_figures_give_way(text: str, killed: dict, injured: int) -> None:
    evs = run(text)
    assert len(evs) == 1 and (evs[0]["killed"], evs[0]["injured"]) == (killed, injured)
