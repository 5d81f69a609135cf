"""A claimant alliance named before an apposition naming its parent is the perpetrator, not the parent."""
from __future__ import annotations

import pytest

from frontierwatch.extract.actors import find_actors


@pytest.mark.parametrize("text", [
    "Ittehad-ul-Mujahideen Pakistan, an alliance of TTP-linked factions, claimed the bombing.",
    "The Ittehadul Mujahideen Pakistan said its men carried out the raid.",
])
def test_actors_alliance_name_found(text):
    assert [a.code for a in find_actors(text, 0, len(text))][0] == "Ittehad-ul-Mujahideen Pakistan"


def test_actors_plain_ttp_unchanged():
    text = "The TTP claimed responsibility for the attack."
    assert [a.code for a in find_actors(text, 0, len(text))] == ["TTP"]
