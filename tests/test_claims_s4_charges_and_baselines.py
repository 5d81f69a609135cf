"""Session-4 claims: a figure in a charge against someone ('wanted in the killing of two police
officers last year') names incidents, not a statistic; in 'fell to four from seven in December' the
December baseline belongs to the seven, and the four keeps the report's own period; 'N such attacks'
with no kind named before in the sentence is a sub-kind, not a claim."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str, published: str = "2026-02-03") -> set[tuple]:
    doc = Document(id="t", text=text, title=None, published=published)
    return {(c.metric, c.value, c.period_start, c.period_end) for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("charge", ["wanted in the killing of", "accused of killing", "wanted for the murder of"])
def test_claims_s4_figure_in_a_charge_is_no_claim(charge: str) -> None:
    text = f"Police said the arrested men were {charge} three policemen in Bannu last year."
    assert not any(v == 3 for _, v, _, _ in _claims(text))


def test_claims_s4_plain_yearly_toll_is_still_a_claim() -> None:
    text = "Militants killed 300 policemen across the province last year, the report said."
    assert ("security_forces_killed", 300, "2025-01-01", "2025-12-31") in _claims(text)


_LEAD = "Militants carried out 60 attacks across Pakistan in January 2026, the monitor said.\n\n"


@pytest.mark.parametrize("sentence", [
    "Suicide attacks fell to three from eight in December, the report noted.",
    "Suicide attacks rose to nine from five in December, the report noted.",
])
def test_claims_s4_baseline_period_belongs_to_the_figure_after_from(sentence: str) -> None:
    got = _claims(_LEAD + sentence)
    first = {"fell": 3, "rose": 9}["fell" if "fell" in sentence else "rose"]
    assert ("suicide_attacks", first, "2026-01-01", "2026-01-31") in got
    assert ("suicide_attacks", first, "2025-12-01", "2025-12-31") not in got


def test_claims_s4_figure_after_from_keeps_the_baseline_month() -> None:
    got = _claims(_LEAD + "Suicide attacks fell to three from eight in December, the report noted.")
    assert ("suicide_attacks", 8, "2025-12-01", "2025-12-31") in got


def test_claims_s4_such_attacks_without_a_named_kind_is_no_claim() -> None:
    text = _LEAD + "Militants were increasingly flying drones over police stations, with six such attacks in Tank alone."
    assert not any(v == 6 for _, v, _, _ in _claims(text))


def test_claims_s4_such_attacks_after_a_named_kind_takes_it() -> None:
    text = _LEAD + "Suicide bombings stayed frequent, with six such attacks recorded in January."
    assert ("suicide_attacks", 6, "2026-01-01", "2026-01-31") in _claims(text)
