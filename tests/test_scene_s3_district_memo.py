"""scene.district keeps its answer on the sentence: asked again, the same place (or None) comes back."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract.datelines import find_places
from frontierwatch.extract.dates import find_dates
from frontierwatch.extract.mentions import describe
from frontierwatch.extract.scene import _district, district
from frontierwatch.extract.text import split_sentences


@pytest.mark.parametrize("text,admin2", [
    ("Gunmen killed two policemen in Bannu on Monday.", "Bannu"),
    ("A resident of Swat was hurt in the blast.", None),
    ("Nothing happened anywhere.", None),
])
def test_scene_district_memo_matches_fresh(text, admin2):
    ref = date(2026, 1, 5)
    info = describe(text, split_sentences(text), find_places(text), find_dates(text, ref), ref=ref)[0]
    first = district(info)
    assert (first.location.admin2 if first else None) == admin2
    assert info.scene_district == (first,)
    assert district(info) is first and _district(info) == first
