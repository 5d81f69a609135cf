"""A killing over a personal matter (enmity, a family feud, a dispute over land or water) is ordinary crime,
not a security event; the same words beside militants, bombs or state forces leave the event standing."""
import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _events(text):
    return extract(Document(id="p", text=text, published="2026-05-12")).events


@pytest.mark.parametrize("text", [
    "Two men were shot dead in a village of Charsadda on Monday over a dispute on a plot of land, police said.",
    "A shopkeeper was killed by his cousins in Swabi on Sunday over an old enmity, police said.",
    "Three people were killed in Mardan on Monday when a family feud turned violent, officials said.",
])
def test_killings_over_private_matters_are_no_events(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Militants shot dead two policemen in Bannu on Monday over a dispute with the local peace committee, police said.",
    "A bomb killed two men in Kurram on Monday, and police said an old enmity was not ruled out.",
    "Pakistani and Afghan forces exchanged fire at Torkham on Monday over a dispute about fencing, killing two soldiers.",
])
def test_the_same_words_beside_armed_violence_leave_the_event(text):
    assert _events(text)
