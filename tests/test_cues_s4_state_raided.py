""""troops raided a compound": state forces as the subject of "raided" make an operation; militants who
raid a post still make an attack."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _types(text: str) -> list[str]:
    doc = Document(id="t1", url="u", outlet="o", published="2026-04-08", title="Clash in the north", text=text)
    return [e.type for e in violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize("text", [
    "Six militants were killed when troops raided a hideout in Karak on Monday night, officials said, adding "
    "that a soldier also lost his life in the gunfight.",
    "The police said its personnel raided a house in Kohat early on Tuesday and came under fire; four "
    "gunmen were killed in the exchange.",
])
def test_cues_state_raided_is_operation(text):
    assert _types(text) == ["security_operation"]


@pytest.mark.parametrize("text", [
    "Militants raided a police post in Karak on Monday night, killing two constables.",
    "Gunmen raided a house in Kohat early on Tuesday and shot dead a shopkeeper.",
])
def test_cues_militants_raided_stays_attack(text):
    assert _types(text) == ["attack"]
