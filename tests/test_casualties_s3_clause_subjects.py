"""Round-3 victim counting: the victims named before a relative or participle clause (even one holding
"after" or another person), and a speaker's post after a breakdown list. Our own invented sentences."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def groups(text: str, kind: str = "killed") -> dict[str, int]:
    """The victim groups of one sentence for one kind (empty when none)."""
    t = tally(find_casualties(text)).get(kind)
    return dict(t.groups) if t is not None else {}


@pytest.mark.parametrize("text, expected", [
    # the relative clause holds "after": the victims stand before it
    ("Four attackers who tried to enter the compound after the explosion were killed by the guards.", {"militants": 4}),
    ("Two soldiers who rushed to the gate after the first shots were martyred.", {"security_forces": 2}),
    # a participle clause about the victim
    ("A constable posted at the school gate was martyred when gunmen opened fire.", {"security_forces": 1}),
    ("A policeman deployed for the security of a vaccination team was martyred in the attack.", {"security_forces": 1}),
    # a person named inside the relative clause is not a victim
    ("Gunmen who followed the bomber into the building were shot dead, without any figure given.", {}),
])
def test_casualties_s3_victims_before_clause(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a "when" clause is its own event, its subject is the victim
    ("Police reached the spot when two labourers were killed in the blast.", {"civilians": 2}),
    # near miss: speech inside the clause: the count after it is the victim
    ("Officials who visited the site said three children were killed.", {"civilians": 3}),
])
def test_casualties_s3_victims_clause_near_miss(text: str, expected: dict) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The blast killed five people, including two guards, a police spokesman said.",
     {"security_forces": 2, "unspecified": 3}),
    ("The attack killed seven people, including a soldier, a district official told reporters.",
     {"security_forces": 1, "unspecified": 6}),
])
def test_casualties_s3_speaker_after_breakdown(text: str, expected: dict) -> None:
    assert groups(text) == expected


def test_casualties_s3_speaker_after_breakdown_near_miss() -> None:
    # near miss: a policeman listed among the dead (no speech verb after him) stays a victim
    assert groups("The bomb killed five people, including two guards and a policeman.") == \
        {"security_forces": 3, "unspecified": 2}


@pytest.mark.parametrize("text, expected", [
    ("One of our mujahideen was wounded in the clash,” the district chief said.", {"security_forces": 1}),
    # near miss: bare "mujahideen" (no "our") names nobody we can place
    ("Two mujahideen were wounded in the clash.", {}),
])
def test_casualties_s3_our_mujahideen(text: str, expected: dict) -> None:
    assert groups(text, "injured") == expected
