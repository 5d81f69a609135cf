"""A firing's dead on each side of the border told in one sentence are two cross-border events (one per country);
troops "inflicting heavy losses" across the border is the answering fire, on the incident's day; a sentence that
opens on "Sunday's clash" dates the incident told next to that Sunday."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.mention_patterns import OPENS_ON_DAY
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str, published: str = "2026-05-06") -> list[tuple]:
    doc = Document(id="t1", url="u", outlet="o", published=published, title="Report", text=text)
    return [(e.type, e.country, e.admin2, e.date) for e in violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize("text,pk,af", [
    ("Firing went on for hours. By dawn on Friday two soldiers lay dead on the Chaman side and, Afghan officials "
     "said, three civilians were killed across the line in Spin Boldak.", "Chaman", "Spin Boldak"),
    ("When the shelling stopped on Friday, one soldier was dead on the Kurram side and, according to Afghan "
     "officials, four villagers had been killed across the border in Dand-e-Patan.", "Kurram", "Dand-e-Patan"),
])
def test_events_two_sides_one_sentence_two_cross_border(text, pk, af):
    assert _events(text) == [("cross_border", "PK", pk, "2026-05-01"), ("cross_border", "AF", af, "2026-05-01")]


@pytest.mark.parametrize("text", [
    # no side of a firing named: two separate killings in two countries
    "A policeman was shot dead in Quetta on Friday and, police said, two traders were killed in Kandahar.",
    # a bombing has a weapon of its own
    "A soldier was shot dead in Bajaur on Friday and, separately, two shopkeepers were killed in a bomb blast in "
    "Kabul.",
])
def test_events_two_countries_without_firing_stay_attacks(text):
    assert {t for t, *_ in _events(text)} == {"attack"}


@pytest.mark.parametrize("verb", ["inflicting heavy losses", "and inflicted heavy losses"])
def test_events_answering_fire_across_border_own_event_same_day(verb):
    text = ("Afghan forces opened fire on Pakistani border posts in the Chaman sector on Sunday night, the military "
            "said in a statement on Monday. Two soldiers were martyred. It said Pakistani troops responded, "
            f"destroying several posts across the border in the Spin Boldak area {verb}.")
    assert _events(text) == [("cross_border", "PK", "Chaman", "2026-05-03"),
                             ("cross_border", "AF", "Spin Boldak", "2026-05-03")]


def test_events_heavy_losses_at_home_stays_operation():
    # near miss: troops inflicting losses on militants at home is no cross-border fire
    text = ("Security forces raided a militant hideout in North Waziristan on Sunday, inflicting heavy losses on the "
            "terrorists, the military said.")
    assert [t for t, *_ in _events(text)] == ["security_operation"]


@pytest.mark.parametrize("opening,day", [
    ("Saturday's clash in the Kurram sector was the worst this year.", "2026-05-02"),
    ("Last Saturday's exchange of fire in the Kurram sector was not the first.", "2026-05-02"),
])
def test_events_sentence_opening_on_incident_day_dates_it(opening, day):
    text = f"{opening} When the firing ended on Sunday, three soldiers were dead in Kurram, officials said."
    assert [d for *_, d in _events(text)] == [day]


@pytest.mark.parametrize("text", [
    "Officials said Saturday's clash in Kurram was the worst this year.",  # not the opening words
    "Saturday's cabinet meeting approved the plan.",  # no violence
    "Last Saturday's talks ended without a deal.",
])
def test_events_opens_on_day_near_miss(text):
    assert OPENS_ON_DAY.match(text) is None
