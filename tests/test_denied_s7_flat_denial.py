"""A group's own account of its deed ("its men had overrun a post") flatly denied ("pure propaganda", "no attack
had taken place") is no event; a claim only questioned, or a denial of involvement, keeps the event."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}


def _events(text: str) -> list:
    ex = extract(Document(id="t", text=text, published="2026-11-12"))
    return [e for e in ex.events if e.type in _VIOLENCE]


@pytest.mark.parametrize("denial", [
    "A military official dismissed the statement as baseless propaganda.",
    "Security officials said no attack had taken place in the area that day.",
])
def test_denied_s7_flatly_denied_own_account_is_no_event(denial: str) -> None:
    text = ("MIRANSHAH: The TTP said on Wednesday that its fighters had stormed a check post near Razmak in North "
            f"Waziristan and killed nine soldiers. {denial}")
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    # near misses: the claim questioned but the attack confirmed; a group denying involvement in a reported attack
    "MIRANSHAH: The TTP said its fighters had stormed a check post near Razmak in North Waziristan on Wednesday and "
    "killed nine soldiers. Officials confirmed the attack but said three soldiers were killed.",
    "MIRANSHAH: Gunmen stormed a check post near Razmak in North Waziristan on Wednesday, killing three soldiers, "
    "officials said. The TTP denied involvement, calling the reports false.",
])
def test_denied_s7_confirmed_or_reported_attack_stays(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text", [
    # the group's figure rejected, not the attack: an official toll of its own keeps the event
    "TURBAT: Three policemen were martyred when gunmen raided a post in Kech on Friday, while the BLF said its men "
    "had killed 12 personnel. Police rejected the BLF figure as propaganda.",
    "TURBAT: The BLF said its men had killed 12 personnel in a raid on a police post in Kech on Friday. A police "
    "spokesman dismissed the statement as propaganda, saying the raid was beaten back and three policemen were martyred.",
])
def test_denied_s7_figure_rejected_but_attack_confirmed_stays(text: str) -> None:
    assert len(_events(text)) == 1
