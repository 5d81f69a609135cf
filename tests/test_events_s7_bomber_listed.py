""""The bomber and three other attackers were also killed": the bomber is listed among the dead, so he is not
added again beside "N other attackers"; a bomber not in the list still is. Our own invented reports."""
from __future__ import annotations

import pytest

from violence_helpers import killed, run


@pytest.mark.parametrize("text, militants", [
    ("A suicide bomber drove a truck into a police compound in Bannu on Monday. Two constables were martyred; the "
     "bomber and three other attackers were also killed.", 4),
    ("A suicide bomber struck a checkpoint in Tank on Monday, killing a soldier. The bomber and his two accomplices "
     "were killed.", 3),
    # near miss: a bomber not among the listed dead is added beside "N other attackers"
    ("A suicide bomber drove a truck into a police compound in Bannu on Monday. Two constables were martyred, and "
     "three other attackers were shot dead by the guards.", 4),
])
def test_events_s7_bomber_listed_among_dead(text: str, militants: int) -> None:
    evs = run(text)
    assert len(evs) == 1 and killed(evs[0]).get("militants") == militants
