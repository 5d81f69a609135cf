"""A newest-first live blog whose entries go back past midnight ("09:10", then "22:45" the evening before) is
still put in the order things happened; an oldest entry that is only a heading takes the paragraph under it."""
from __future__ import annotations

import pytest

from frontierwatch.extract.liveblog import chronological
from frontierwatch.extract.text import split_sentences


def _order(text: str) -> list[str]:
    return [s.text[:5] for s in chronological(split_sentences(text)) if s.text[:2].isdigit()]


_BLOG = ("13:40 GMT \u2013 Army says sweep over\nThe army says the search ended.\n\n"
         "10:15 GMT \u2013 Toll rises\nOfficials now say eight were killed.\n\n"
         "08:05 GMT \u2013 Residents speak\nPeople describe a night of gunfire.\n\n"
         "{late} GMT \u2013 Attack on post\nFighters set off a car bomb at the gate of the post on Monday evening.")


@pytest.mark.parametrize("late", ["22:45", "21:30"])
def test_liveblog_newest_first_across_midnight(late):
    sents = chronological(split_sentences(_BLOG.format(late=late)))
    assert _order(_BLOG.format(late=late)) == [late, "08:05", "10:15", "13:40"]
    first = [s.text for s in sents][:2]
    assert first[1].startswith("Fighters set off")  # the heading's own paragraph moved with it


@pytest.mark.parametrize("times", [
    ("20:00", "22:30", "01:15"),  # near miss: told oldest first, over midnight
    ("13:40", "15:10", "09:00"),  # near miss: two rises, not newest first
])
def test_liveblog_not_newest_first_kept(times):
    text = "\n\n".join(f"{t} GMT \u2013 Update\nSomething was reported." for t in times)
    assert _order(text) == list(times)
