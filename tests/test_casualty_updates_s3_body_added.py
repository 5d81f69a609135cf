"""A body found in a sentence that raises the toll is one more dead of the named group."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, merge_tallies, tally


def _merged(*sentences: str):
    return merge_tallies([tally(find_casualties(s))["killed"] for s in sentences])


@pytest.mark.parametrize("update,group", [
    ("Rescuers later recovered the body of a vendor from the debris, raising the death toll to 6.", "civilians"),
    ("Hours later the body of a shopkeeper was pulled out, taking the death toll to 6.", "civilians"),
    ("The body of a constable was found nearby, bringing the death toll to 6.", "security_forces"),
])
def test_casualty_updates_body_adds_its_group(update, group):
    t = _merged("Five soldiers were killed in the ambush.", update)
    assert t.total == 6
    assert t.groups.get(group, 0) == (6 if group == "security_forces" else 1)
    if group == "civilians":
        assert t.groups["security_forces"] == 5


@pytest.mark.parametrize("sentence", [
    "The body of a shopkeeper was found in the market on Sunday.",   # no toll update: maybe counted already
    "Police said the body of a man was handed over to his family.",
])
def test_casualty_updates_body_without_update_adds_nothing(sentence):
    assert all(m.role != "more" for m in find_casualties(sentence))
