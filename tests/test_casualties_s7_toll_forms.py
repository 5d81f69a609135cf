""""The number of militants killed in the raid near X, in Y district, has risen to 9" and "the number of
martyred guards has reached four": toll updates told across commas or with the participle first; an
aside "described by officials as ..." between the victims and their verb does not hide them."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _killed(text: str) -> dict[str, int]:
    t = tally(find_casualties(text, 0, len(text))).get("killed")
    return dict(t.groups) if t else {}


@pytest.mark.parametrize("text,groups", [
    ("The number of militants killed in the raid near Sarai, in Khyber district, has risen to nine after a search.",
     {"militants": 9}),
    ("The number of soldiers killed in the ambush, officials said, rose to seven.", {"security_forces": 7}),
    ("After a guard died in hospital, the number of martyred policemen has reached four.", {"security_forces": 4}),
    ("The number of slain soldiers climbed to 12 by evening.", {"security_forces": 12}),
])
def test_casualties_toll_update_forms(text, groups):
    assert _killed(text) == groups


@pytest.mark.parametrize("text", [
    # near misses: a count of the dead that is no update, and a toll word in a different clause
    "The number of martyred policemen was higher last year than in any year before.",
    "The number of people killed in road accidents, the report said, is not known.",
])
def test_casualties_toll_update_near_miss(text):
    assert _killed(text) == {}


@pytest.mark.parametrize("text,groups", [
    ("Four gunmen, described by police as hardened criminals, were killed in the shootout.", {"militants": 4}),
    ("Two militants, labelled by the army as foreign fighters, were shot dead at the post.", {"militants": 2}),
])
def test_casualties_described_by_aside_skipped(text, groups):
    assert _killed(text) == groups


@pytest.mark.parametrize("text,groups", [
    # near miss: an aside with a casualty verb in it is kept; the verb's own victims are read
    ("The attack, described by officials as cowardly, killed three soldiers.", {"security_forces": 3}),
])
def test_casualties_described_by_near_miss(text, groups):
    assert _killed(text) == groups
