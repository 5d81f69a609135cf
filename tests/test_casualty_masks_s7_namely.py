"""Names listed after "namely" ("three constables, namely A No. 12 and B, embraced shahadat") are an aside."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties


def _found(text: str) -> list[tuple[str, str, int]]:
    return [(m.kind, m.group, m.value) for m in find_casualties(text, 0, len(text))]


@pytest.mark.parametrize("text, want", [
    ("Two constables, namely FC Gul Zaman No. 118 and HC Amin Jan No. 64, embraced shahadat in the blast.",
     ("killed", "security_forces", 2)),
    ("Four policemen, namely Bashir Ahmad, Saeed Khan, Irfan Ali and Zahid Shah, were martyred on the spot.",
     ("killed", "security_forces", 4)),
])
def test_casualty_masks_s7_namely_list_is_an_aside(text: str, want: tuple[str, str, int]) -> None:
    assert _found(text) == [want]


def test_casualty_masks_s7_namely_not_before_a_verb_is_kept() -> None:
    # near miss: "namely" not followed by the victims' verb is no aside; the figure stays as read
    text = "Two people were killed in the blast, namely in the bazaar area, police said."
    assert _found(text) == [("killed", "unspecified", 2)]


@pytest.mark.parametrize("text, want", [
    # the dead of the crime the suspects are wanted for belong to that earlier incident
    ("Police raided a house in Kohat on a tip-off about militants wanted in the killing of three teachers.", []),
    ("Troops killed two terrorists wanted for the recent murder of four labourers in Kech.",
     [("killed", "militants", 2)]),
])
def test_casualty_masks_s7_wanted_for_killing_is_an_earlier_toll(text: str, want: list) -> None:
    assert _found(text) == want


def test_casualty_masks_s7_wanted_without_a_crime_is_kept() -> None:
    # near miss: "wanted" that names no crime does not hide the figure
    assert _found("Two policemen who wanted to help were killed in the blast.") == [("killed", "security_forces", 2)]


@pytest.mark.parametrize("text, want", [
    # the mask ends with the earlier victims: the wanted men's own deed in the same sentence keeps its toll
    ("Gunmen wanted for the murder of a judge in Quetta in 2024 shot dead four policemen at a picket in Sibi on Friday.",
     [("killed", "security_forces", 4)]),
    ("Two militants wanted in connection with the killing of a schoolteacher ambushed a convoy in Khyber, killing "
     "three soldiers.", [("killed", "security_forces", 3)]),
])
def test_casualty_masks_s7_wanted_mask_stops_before_the_verb(text: str, want: list) -> None:
    assert _found(text) == want
