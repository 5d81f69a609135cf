"""Tolls and their breakdowns: "a commander, X, was among six militants killed" counts six, not seven;
"six militants including ring leader X alias Y were killed" counts six; "the dead (two soldiers and five
civilians)" splits the toll; "were taken away by gunmen" is an abduction. Our own invented reports
(published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run, killed


@pytest.mark.parametrize("text, expected", [
    ("A wanted militant commander, Mullah Zarif Gul, was among five militants killed in an operation in Tank on "
     "Monday.",
     {"militants": 5}),
    ("The group's deputy chief, a terrorist with a bounty on his head, was among eight terrorists killed in a raid in "
     "Bannu on Monday.", {"militants": 8}),
    # near miss: a soldier and a count joined by "and" still add up
    ("A soldier and five militants were killed in an operation in Tank on Monday.",
     {"security_forces": 1, "militants": 5}),
])
def test_violence2_one_among_the_count_is_a_part(text: str, expected: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and killed(evs[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Security forces raided a hideout in Tank on Monday and four terrorists including ring leader Mullah Zarif "
     "Gul Khan alias Abu Hamza were killed.", {"militants": 4}),
    ("Security forces raided a hideout in Tank on Monday and four terrorists including their commander were "
     "killed.", {"militants": 4}),
])
def test_violence2_named_leader_inside_including_is_a_part(text: str, expected: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and killed(evs[0]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a bus in Kalat on Monday. The toll rose to nine. The dead (three soldiers and six "
     "civilians) were taken to the hospital.", {"security_forces": 3, "civilians": 6}),
    ("Gunmen attacked a bus in Kalat on Monday. The toll rose to nine. Those killed (two policemen, seven "
     "passengers) were taken to the hospital.", {"security_forces": 2, "civilians": 7}),
    # near miss: an aside with one group only breaks nothing down
    ("Gunmen attacked a bus in Kalat on Monday, killing nine passengers. The dead (all from Punjab) were taken "
     "to the hospital.", {"civilians": 9}),
])
def test_violence2_bracketed_breakdown_of_the_dead(text: str, expected: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and killed(evs[0]) == expected


@pytest.mark.parametrize("text, tactic, abducted", [
    ("A tehsildar and his guard were taken away by gunmen near Wana in South Waziristan on Monday.",
     "kidnapping", 2),
    ("Three labourers were taken away by unidentified armed men in Kech district on Monday.", "kidnapping", 3),
    # near miss: the wounded taken away by rescuers are no hostages
    ("Gunmen opened fire on a van in Kech district on Monday. Three wounded were taken away by rescuers.",
     "armed_assault", None),
])
def test_violence2_taken_away_by_gunmen_is_abduction(text: str, tactic: str, abducted: int | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["tactic"] == tactic and evs[0]["abducted"] == abducted


@pytest.mark.parametrize("text, expected", [
    ("The toll from Monday's bombing in Quetta rose to 14, including six policemen.",
     {"security_forces": 6, "unspecified": 8}),
    ("The toll from Monday's bombing in Quetta rose to 14, among them six policemen and two children.",
     {"security_forces": 6, "civilians": 2, "unspecified": 6}),
    # near miss: a toll with no breakdown stays one figure
    ("The toll from Monday's bombing in Quetta rose to 14 on Tuesday.", {"unspecified": 14}),
])
def test_violence2_toll_broken_down_after_including(text: str, expected: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and killed(evs[0]) == expected


_LEAD = "Militants attacked a police station in Tank on Monday night, killing two policemen and injuring five. "


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "One of the injured later succumbed to his wounds.", {"security_forces": 3}),
    (_LEAD + "A wounded constable later died in hospital.", {"security_forces": 3}),
    (_LEAD + "Two of the wounded died on Tuesday.", {"security_forces": 4}),
    # near misses: a toll in the same sentence already counts the later deaths
    (_LEAD + "A wounded constable later died in hospital, taking the toll to three.", {"security_forces": 3}),
    (_LEAD + "Two more of the injured died on Tuesday, raising the toll to four.", {"security_forces": 4}),
    ("Five policemen were martyred when a bomber struck a checkpost in Tank on Monday. Officials had first put the "
     "toll at three, but two of the injured constables succumbed later, taking it to five.", {"security_forces": 5}),
])
def test_violence2_a_wounded_victim_dying_later_adds_to_the_toll(text: str, expected: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and killed(evs[0]) == expected
