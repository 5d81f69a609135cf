"""Session-3 scene rules: a capital that speaks ("Kabul dismissed", "accusations by Islamabad"), posts "opposite"
a district on the other side, victims' home districts ("both from X", "Sepoy B, 22, of X"), and a spokesman's
city at the head of a sentence. Our own invented reports (published 2025-03-12); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import run


@pytest.mark.parametrize("text, n", [
    ("Gunmen killed two soldiers in Bannu on Monday. Soon after the attack, Pakistani officials said the gunmen came "
     "from across the border, a charge Kabul dismissed. The Afghan foreign ministry rejected the accusations by "
     "Islamabad on Tuesday.", 1),
    # near miss: a second attack in a named city is its own event
    ("Gunmen killed two soldiers in Bannu on Monday. Soon after, gunmen killed a policeman in Peshawar.", 2),
])
def test_scene_s3_speaking_capital_is_no_scene(text: str, n: int) -> None:
    assert len(run(text)) == n


@pytest.mark.parametrize("text, admin2", [
    ("Afghan forces shelled Pakistani posts along the border opposite Khost's Gurbuz district on Monday night, "
     "killing three soldiers.", None),
    # near miss: posts "in" the district are there
    ("Pakistani forces shelled Taliban posts in Khost's Gurbuz district on Monday night, killing three guards.",
     "Gurbuz"),
])
def test_scene_s3_posts_opposite_a_district(text: str, admin2: str | None) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["admin2"] == admin2


@pytest.mark.parametrize("text, admin2s", [
    ("Gunmen kidnapped four labourers from a coach in Kalat on Monday night. Two were freed on Tuesday, while the "
     "other two, both from Punjab's Sialkot district, were shot dead.", ["Kalat"]),
    ("Two soldiers — Havildar Amir Zeb, 34, of Mardan, and Sepoy Wali Khan, 20, of Karak — were martyred in a raid "
     "in Tank on Monday.", ["Tank"]),
    # near miss: a second district with its own figure is another event
    ("Two soldiers were martyred in Tank on Monday, and three policemen were killed in Karak on Monday.",
     ["Karak", "Tank"]),
])
def test_scene_s3_home_districts_are_no_scene(text: str, admin2s: list) -> None:
    assert sorted(e["admin2"] for e in run(text)) == admin2s


@pytest.mark.parametrize("text, admin1s", [
    ("Afghan forces fired on Pakistani posts in Kurram on Monday night, wounding two soldiers. In Kabul, a Taliban "
     "spokesman claimed that its forces had carried out operations against Pakistani posts.",
     ["Khyber Pakhtunkhwa"]),
])
def test_scene_s3_spokesman_city_is_no_scene(text: str, admin1s: list) -> None:
    assert [e["admin1"] for e in run(text)] == admin1s


def test_scene_s3_city_in_a_report_is_a_scene() -> None:
    # near miss: "In Kabul," opening a report of a blast there is the scene
    evs = run("In Kabul, a bomb killed three people at a market on Monday, a police spokesman said.")
    assert [e["admin1"] for e in evs] == ["Kabul"]
