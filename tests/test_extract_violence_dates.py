"""The day of an incident, not the day it was reported: "on Friday night, officials said on Saturday",
"a statement issued on Wednesday said ... at 11pm on Tuesday", "officials on Wednesday confirmed",
"the firing began on Thursday night", initials ("D. I. Khan") that do not end a sentence.
Our own invented reports (published on Wednesday 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.text import split_sentences
from violence_helpers import run


@pytest.mark.parametrize("text, day", [
    ("Two soldiers were wounded when gunmen fired on a post in Kurram district on Monday night, security "
     "officials said on Tuesday.", "2025-03-10"),
    ("According to a police statement issued on Tuesday, about ten terrorists attacked a check post in the "
     "tribal area of D. I. Khan at around 11pm on Monday.", "2025-03-10"),
    ("Officials on Tuesday confirmed that three Levies personnel had been killed in an ambush in Kalat on "
     "Sunday evening.", "2025-03-09"),
    ("The firing began shortly before midnight on Sunday. By dawn two policemen lay dead at the post in Tank, "
     "officials said on Monday.", "2025-03-09"),
    # near miss: with only the statement's day, that day stands
    ("Two soldiers were martyred in an attack on a post in Kurram, the military said on Tuesday.", "2025-03-11"),
])
def test_violence_event_day_beats_reporting_day(text: str, day: str) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["date"] == day


@pytest.mark.parametrize("text, n", [
    ("Gunmen shot dead a trader in D. I. Khan on Monday. Police said the killers escaped.", 1),
    ("The attack took place in D.G. Khan on Monday. Two policemen were injured.", 1),
])
def test_violence_initials_do_not_split_sentences(text: str, n: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == 2 and len(run(text)) == n
