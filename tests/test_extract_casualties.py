"""Casualty figures bound to verb and victim group (extract/casualties.py), on our own sentences."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import Tally, find_casualties, merge_tallies, tally


def _figures(sentence: str) -> dict[str, tuple[dict[str, int], int]]:
    out = {}
    for kind, t in tally(find_casualties(sentence)).items():
        out[kind] = (t.groups, max(t.total, sum(t.groups.values())))
    return out


@pytest.mark.parametrize("sentence, kind, groups", [
    # verbs: killed / martyred / embraced martyrdom / lost their lives / succumbed / shot dead
    ("Three soldiers were killed near the post.", "killed", {"security_forces": 3}),
    ("Two FC personnel were martyred in the ambush.", "killed", {"security_forces": 2}),
    ("A Levies sepoy embraced martyrdom on the spot.", "killed", {"security_forces": 1}),
    ("Four labourers lost their lives when the mine collapsed after the blast.", "killed", {"civilians": 4}),
    ("One of the wounded, a passer-by, later succumbed to his injuries.", "killed", {"civilians": 1}),
    ("Gunmen shot dead two policemen guarding the bank.", "killed", {"security_forces": 2}),
    ("Seven khwarij were sent to hell during the operation.", "killed", {"militants": 7}),
    ("Troops neutralised five terrorists in the exchange of fire.", "killed", {"militants": 5}),
    # injured / abducted / arrested
    ("Nine civilians were injured in the explosion.", "injured", {"civilians": 9}),
    ("The blast wounded twenty-three people at the bus stand.", "injured", {"unspecified": 23}),
    ("Armed men abducted six labourers from the construction site.", "abducted", {"civilians": 6}),
    ("Eleven workers were taken hostage by the attackers.", "abducted", {"civilians": 11}),
    ("Police arrested 14 suspects in the raid.", "arrested", {"militants": 14}),
    # numbers in words, qualifiers and ranges (lower bound is scored)
    ("At least twelve people were killed in the market.", "killed", {"unspecified": 12}),
    ("More than 30 passengers were wounded.", "injured", {"civilians": 30}),
    ("Between 10-12 villagers were killed, officials said.", "killed", {"civilians": 10}),
    ("A dozen policemen were hurt in the clash.", "injured", {"security_forces": 12}),
])
def test_casualties_verb_and_group(sentence: str, kind: str, groups: dict[str, int]) -> None:
    figs = _figures(sentence)
    assert kind in figs, figs
    assert figs[kind][0] == groups


@pytest.mark.parametrize("sentence, killed, injured", [
    # two verbs in one sentence keep their own victims
    ("A constable was killed and four others were wounded when the bomb exploded.",
     {"security_forces": 1}, 4),
    # listed victims add up, and the nearest noun phrase before a passive verb is its subject
    ("A teacher, two police guards and a shopkeeper were killed in the firing.",
     {"civilians": 2, "security_forces": 2}, None),
    # a breakdown ("among them") splits the head figure, never adds to it
    ("The attack left nine people dead, among them three soldiers.",
     {"security_forces": 3, "unspecified": 6}, None),
    ("The bomb killed 15 people, four of them children, and injured 40 others.",
     {"civilians": 4, "unspecified": 11}, 40),
    # "another" counts one; adverbs between a bare count and its verb are allowed
    ("One constable was martyred and another was seriously injured.", {"security_forces": 1}, 1),
    # a speaker named before the victims is not a victim
    ("According to Deputy Commissioner Ali Raza, Constable Imran embraced martyrdom.",
     {"security_forces": 1}, None),
    # a named victim counts one; a title and its name are one person
    ("The explosion killed Maulana Karim Dad and three other people.", {"unspecified": 4}, None),
    ("The blast killed the district judge, Sami Ullah, outside the court.", {"civilians": 1}, None),
    # attackers killed in their own attack are militants; both sides in one sentence
    ("Two soldiers were martyred while three attackers were also killed.",
     {"security_forces": 2, "militants": 3}, None),
])
def test_casualties_binding(sentence: str, killed: dict[str, int], injured: int | None) -> None:
    figs = _figures(sentence)
    assert figs.get("killed", ({}, 0))[0] == killed
    assert (figs["injured"][1] if "injured" in figs else None) == injured


def test_casualties_toll_update_and_named_list() -> None:
    assert _figures("The death toll from the blast has risen to 31.")["killed"][1] == 31
    named = _figures("The injured were identified as Gul Khan, Nasreen Bibi, Akbar Ali and Shah Jahan.")
    assert named["injured"][1] == 4
    part = _figures("Nineteen of those killed were soldiers, officials said.")
    assert part["killed"][0] == {"security_forces": 19}


@pytest.mark.parametrize("sentence, kind, groups, total", [
    ("Those killed included two FC soldiers and a woman.", "killed", {"security_forces": 2, "civilians": 1}, 3),
    ("The number of dead rose to 12 on Sunday.", "killed", {}, 12),
    ("The death toll stands at nine.", "killed", {}, 9),
    ("The blast, which killed five, also injured 12.", "injured", {"unspecified": 12}, 12),
    ("Gunmen opened fire on the van, killing three and injuring seven.", "killed", {"unspecified": 3}, 3),
    ("The attack left three soldiers martyred and five injured.", "injured", {"unspecified": 5}, 5),
])
def test_casualties_lists_tolls_and_bare_counts(sentence: str, kind: str, groups: dict, total: int) -> None:
    assert _figures(sentence)[kind] == (groups, total)


def test_casualties_hostages_and_adjectives() -> None:
    assert _figures("Gunmen stopped the bus, taking more than 30 passengers hostage.")["abducted"][1] == 30
    figs = _figures("Two injured constables died in hospital later.")
    assert "injured" not in figs and figs["killed"][0] == {"security_forces": 2}


def test_merge_tallies_toll_excludes_attackers() -> None:
    first = tally(find_casualties("The assault killed 12 people, including four soldiers, and all six attackers "
                                  "were killed."))["killed"]
    update = tally(find_casualties("The toll rose to 14 on Friday."))["killed"]
    merged = merge_tallies([first, update])
    assert merged.groups == {"security_forces": 4, "militants": 6, "unspecified": 10}
    assert merged.total == 20


def test_casualties_no_figure_without_a_count() -> None:
    assert _figures("Policemen were attacked on the highway.") == {}
    assert _figures("Several people were hurt.") == {}
    assert _figures("Officials said security would be tightened.") == {}


def test_merge_tallies_takes_largest_not_sum() -> None:
    # headline, lead and body repeat one toll; a later report raises it; a breakdown refines it
    ts = [Tally({"unspecified": 8}, 8), Tally({"unspecified": 11}, 11), Tally({"security_forces": 4}, 0)]
    merged = merge_tallies(ts)
    assert merged.total == 11
    assert merged.groups == {"security_forces": 4, "unspecified": 7}


def test_casualties_adversarial_input_is_fast() -> None:
    import time

    blob = ("12 killed 34 injured policemen were martyred soldiers civilians " * 1600)[:100_000]
    t = time.process_time()
    find_casualties(blob)
    assert time.process_time() - t < 1.0


@pytest.mark.parametrize("sentence, kind, groups, total", [
    # an age is no count
    ("A shepherd and his nine-year-old grandson were killed when the shell exploded.", "killed",
     {"civilians": 2}, 2),
    # "between six and nine" is a range: the lower bound counts
    ("Between six and nine people were wounded in the blast.", "injured", {"unspecified": 6}, 6),
    # "two more terrorists": "more" does not hide the group
    ("Troops killed three more terrorists in the follow-up search.", "killed", {"militants": 3}, 3),
    # a named victim keeps the group of his apposition
    ("Gul Rehman Khan, a member of the village peace committee, was shot dead outside his shop.", "killed",
     {"civilians": 1}, 1),
    # "killing four of them": the group named before
    ("Gunmen opened fire on a van carrying labourers, killing four of them.", "killed", {"civilians": 4}, 4),
    # the bomber himself
    ("The bomber died on the spot.", "killed", {"militants": 1}, 1),
    # "N were held": arrested
    ("Six suspects were held in the raid.", "arrested", {"militants": 6}, 6),
])
def test_casualties_ages_ranges_appositions(sentence: str, kind: str, groups: dict, total: int) -> None:
    assert _figures(sentence)[kind] == (groups, total)


def test_casualties_speaker_after_victims_is_not_a_victim() -> None:
    assert _figures("Gunmen killed two policemen before fleeing, a police spokesman said.")["killed"] == (
        {"security_forces": 2}, 2)


def test_merge_tallies_toll_over_one_named_group() -> None:
    # "three soldiers were martyred" then "the toll rose to five": the toll counts the soldiers
    t = merge_tallies([Tally({"security_forces": 3}, 3), Tally({}, 5)])
    assert t.groups == {"security_forces": 5}
    # two groups named: the rest stays unspecified
    t = merge_tallies([Tally({"security_forces": 3, "civilians": 1}, 4), Tally({}, 6)])
    assert t.groups == {"security_forces": 3, "civilians": 1, "unspecified": 2}


@pytest.mark.parametrize("sentence", [
    "The patrol was fired upon near the fence, but no one was hurt.",
    "Police said no one was injured when the device went off in a drain.",
    "No one was wounded in the brief exchange, officials added.",
])
def test_casualties_no_one_hurt_is_not_one_injured(sentence: str) -> None:
    assert "injured" not in tally(find_casualties(sentence))


@pytest.mark.parametrize("sentence", ["One was hurt when the grenade went off.", "Only one was injured, police said."])
def test_casualties_one_hurt_still_counts(sentence: str) -> None:
    assert tally(find_casualties(sentence))["injured"].total == 1
