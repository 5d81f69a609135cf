"""Session-3 victim counting rules: a relative clause between victims and verb, an attackers' "including"
part, retired or former servicemen, lists set off by dashes, bodies found, "shot N of them dead", detentions by
police, a person added after a breakdown, and new victim words. Our own invented sentences."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def groups(text: str, kind: str = "killed") -> dict[str, int]:
    """The victim groups of one sentence for one kind (empty when none)."""
    t = tally(find_casualties(text)).get(kind)
    return dict(t.groups) if t is not None else {}


@pytest.mark.parametrize("text, expected", [
    ("Three more gunmen who had tried to climb over the back wall were shot dead by the guards.", {"militants": 3}),
    ("Two soldiers, who had rushed to the gate, were martyred.", {"security_forces": 2}),
    # near miss: a relative clause that names its own victims keeps them
    ("Two gunmen who killed a shopkeeper were arrested later.", {"civilians": 1}),
])
def test_casualties_s3_relative_clause_between_victims_and_verb(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The six attackers, including the driver of the truck, were killed.", {"militants": 6}),
    ("Four policemen, including their driver, were martyred.", {"security_forces": 4}),
    # near miss: people in general keep the driver as a civilian part
    ("Nine people, including the driver, were killed.", {"civilians": 1, "unspecified": 8}),
])
def test_casualties_s3_attackers_including_driver(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a retired army subedar near his house.", {"civilians": 1}),
    ("Unknown men killed a former police inspector outside a mosque.", {"civilians": 1}),
    # near miss: a serving subedar is one of the forces
    ("Gunmen shot dead an army subedar near his house.", {"security_forces": 1}),
])
def test_casualties_s3_retired_forces_are_civilians(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers — Lance Naik Gul Zaman, 27, of Karak, and Sepoy Aftab Khan, 21, of Dir — embraced martyrdom.",
     {"security_forces": 2}),
    # near miss: a single dash leaves the clause cut, as before
    ("Two soldiers were martyred — the army said.", {"security_forces": 2}),
])
def test_casualties_s3_victims_set_off_by_dashes(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bodies of three shepherds who had gone missing were found in a ravine.", {"civilians": 3}),
    ("Police said the body of a constable was recovered from a canal.", {"security_forces": 1}),
    # near miss: bodies taken somewhere are not new dead
    ("The bodies of the victims were taken to the hospital.", {}),
])
def test_casualties_s3_bodies_found_are_dead(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The gunmen lined up the labourers and shot four of them dead.", {"civilians": 4}),
    ("Attackers shot two policemen dead at the checkpoint.", {"security_forces": 2}),
    # near miss: shot and wounded, nobody dead
    ("Attackers shot two policemen in the legs.", {}),
])
def test_casualties_s3_shot_n_dead(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, kind, n", [
    ("He said police took away his two brothers from the shop.", "arrested", 2),
    # near miss: gunmen who take people away abduct them
    ("He said gunmen took away his two brothers from the shop.", "abducted", 2),
])
def test_casualties_s3_taken_away_by_police_is_detention(text: str, kind: str, n: int) -> None:
    t = tally(find_casualties(text))
    assert kind in t and t[kind].total == n


@pytest.mark.parametrize("text, expected", [
    ("The dead included nine pilgrims, among them a boy and two women, and a policeman guarding the bus.",
     {"civilians": 9, "security_forces": 1}),
    # near miss: a policeman inside the breakdown stays one of the head's count
    ("The dead included nine passengers, among them a boy and a policeman.", {"civilians": 8, "security_forces": 1}),
])
def test_casualties_s3_person_added_after_a_breakdown(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("A porter was killed in the firing.", "killed", {"civilians": 1}),
    ("Six members of one family were killed when the roof fell.", "killed", {"civilians": 6}),
    ("Two FC men and a clerk were wounded.", "injured", {"security_forces": 2, "civilians": 1}),
    ("Naib Risaldar Sher Khan was gunned down on Monday.", "killed", {"security_forces": 1}),
    # near miss: a word that names no one
    ("The report was killed by the editor.", "killed", {}),
])
def test_casualties_s3_new_victim_words(text: str, kind: str, expected: dict) -> None:
    assert groups(text, kind) == expected
