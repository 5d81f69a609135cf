"""Group figures in brackets after a toll noun take that toll's sense, not a later clause's."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _metrics(text: str) -> dict[int, str]:
    doc = Document(id="t", text=text, title=None, published="2024-06-10")
    return {c.value: c.metric for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("text, toll", [
    ("According to PICSS, the fighting claimed 37 lives (14 soldiers and 23 civilians) in May 2024 and left 70 people injured.", "killed"),
    ("PICSS recorded 37 deaths (14 soldiers, 23 civilians) in May 2024, while 70 were wounded.", "killed"),
    ("PICSS recorded 37 injuries (14 soldiers and 23 civilians) in May 2024 and 70 deaths.", "injured"),
])
def test_claim_senses_s7_bracket_takes_toll_sense(text: str, toll: str) -> None:
    got = _metrics(text)
    assert got.get(14) == f"security_forces_{toll}" and got.get(23) == f"civilians_{toll}"


@pytest.mark.parametrize("text, value, metric", [
    ("PICSS recorded 37 deaths in May 2024 (in 12 districts), while 70 soldiers were wounded.", 70, "security_forces_injured"),
    ("PICSS recorded 37 deaths (mostly in May 2024) and 70 soldiers were wounded.", 70, "security_forces_injured"),
])
def test_claim_senses_s7_group_outside_bracket_keeps_own_sense(text: str, value: int, metric: str) -> None:
    assert _metrics(text).get(value) == metric
