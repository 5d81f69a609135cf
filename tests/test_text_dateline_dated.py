"""Wire datelines that carry a date ("KABUL, April 15 (Xinhua) -- ") still name their place."""
import pytest

from frontierwatch.extract.text import dateline


@pytest.mark.parametrize("text, place", [
    ("KABUL, April 15 (Xinhua) -- Officials of both countries met here on Tuesday.", "Kabul"),
    ("QUETTA, Oct. 3 (APP): The provincial cabinet met on Friday.", "Quetta"),
    ("PESHAWAR, 9 March 2026 (Reuters) - Police said two men were held.", "Peshawar"),
    ("JALALABAD -- A market reopened on Sunday.", "Jalalabad"),
])
def test_text_dateline_with_a_date(text, place):
    assert dateline(text) == place


@pytest.mark.parametrize("text", [
    "Kabul, April 15 -- lower-case places are no dateline.",
    "THE TALKS, April 15 and later, went on - slowly.",
])
def test_text_dateline_with_a_date_near_misses(text):
    assert dateline(text) is None
