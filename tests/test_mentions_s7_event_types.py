"""Event types from the construction: Pakistan's fire as the killer, militants killed in an encounter, attackers
killed while forcing their way in, munition drops, and a period's round-up."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.mention_patterns import _PK_FIRE
from frontierwatch.records import Document


def _violence(text: str) -> list:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [e for e in ev if e.type in ("attack", "security_operation", "cross_border")]


def test_mentions_s7_pakistani_fire_as_killer_is_a_cross_border_strike() -> None:
    (e,) = _violence("The Taliban governor's office in Khost said that Pakistani fire had killed two children in the "
                     "Tani district of Khost province on Sunday.")
    assert (e.type, e.country, e.perpetrator, e.killed.civilians) == ("cross_border", "AF", "PK_SF", 2)


@pytest.mark.parametrize("text, hit", [
    ("officials said Pakistani fire had killed three", True),
    ("Pakistani shelling killed two children", True),
    ("two were killed by Pakistani shelling", True),
    # Pakistan's fire named, but not as what killed
    ("Afghan forces responded to Pakistani fire and killed three", False),
    ("Pakistani firing positions were destroyed", False),
])
def test_mentions_s7_pakistani_fire_pattern(text: str, hit: bool) -> None:
    assert bool(_PK_FIRE.search(text)) is hit


def test_mentions_s7_encounter_after_an_attack_is_an_operation() -> None:
    events = _violence("A constable was shot dead in Hangu on Friday. On February 9, a police team killed two "
                       "terrorists in an encounter in Hangu, officials said.")
    assert sorted((e.type, e.killed.militants) for e in events) == [("attack", None), ("security_operation", 2)]


def test_mentions_s7_attackers_killed_trying_to_storm_stay_an_attack() -> None:
    # the militants struck first ("tried to storm"): no operation of the police's own
    events = _violence("A constable was shot dead in Hangu on Friday. On February 9, two terrorists who tried to "
                       "storm a police station were killed in an encounter in Hangu, officials said.")
    assert [e.type for e in events] == ["attack", "attack"]


@pytest.mark.parametrize("text, types", [
    ("Militants attacked a checkpost in Tank on Monday, martyring three policemen. Four terrorists tried to climb "
     "into the compound but the police engaged them and all four were sent to hell.", ["attack"]),
    # an operation named: the militants killed in it are the operation's
    ("Militants attacked a checkpost in Tank on Monday, martyring three policemen. Later, police launched an "
     "operation in the area, and four terrorists who tried to escape were sent to hell.",
     ["attack", "security_operation"]),
])
def test_mentions_s7_repelled_attackers_belong_to_the_attack(text: str, types: list[str]) -> None:
    assert sorted(e.type for e in _violence(text)) == types


@pytest.mark.parametrize("text, militants", [
    # a sweep named only by a follow-up cue ("a search operation", "combing") after a failed storming: no crash
    ("Troops began a search operation in Tank on Saturday after gunmen tried to force their way into a police "
     "station; three of the gunmen were killed.", 3),
    ("Police started combing the hills of Lakki Marwat on Saturday after terrorists tried to overrun a checkpost, and "
     "killed two terrorists.", 2),
])
def test_mentions_s7_repelled_with_a_followup_sweep_is_an_operation(text: str, militants: int) -> None:
    events = _violence(text)
    assert [(e.type, e.killed.militants) for e in events] == [("security_operation", militants)]


@pytest.mark.parametrize("text, days", [
    ("Late on Sunday a quadcopter dropped a mortar shell on a Levies checkpost in Bajaur, officials said. Nobody was "
     "injured.", ["2026-03-08"]),
    ("Militants dropped explosives from a drone on a checkpost in North Waziristan on Sunday, police said.",
     ["2026-03-08"]),
    # a drone seen, nothing dropped
    ("Police in Bannu said on Monday that they had bought jammers after a quadcopter was spotted over the city.", []),
])
def test_mentions_s7_munition_drop_is_an_attack(text: str, days: list[str]) -> None:
    events = _violence(text)
    assert [e.date for e in events] == days
    assert all(e.type == "attack" for e in events)


@pytest.mark.parametrize("text, types", [
    # the state's drone on militants' hideouts: the state's operation
    ("Officials said a drone dropped bombs on terrorist hideouts in Tirah, Khyber, on Saturday, killing four "
     "terrorists.", [("security_operation", "PK_SF")]),
    # a drop prevented, or denied: nothing dropped
    ("Police said soldiers downed a quadcopter over a post in Bannu on Saturday before it dropped a grenade.", []),
    ("A military spokesman in Bannu said on Saturday that its aircraft had dropped bombs on no homes.", []),
])
def test_mentions_s7_munition_drop_on_militants_or_prevented_is_no_attack(text: str, types: list) -> None:
    assert [(e.type, e.perpetrator) for e in _violence(text)] == types


@pytest.mark.parametrize("text, n", [
    ("The institute said attacks in Bannu over the first nine months of 2025 claimed 210 lives.", 0),
    ("Attacks over the same period of last year killed 1,400 people, the report said.", 0),
    ("Police said on Monday that 64 policemen have been martyred in Bannu since January 1.", 0),
    ("After a week of clashes along the border in which scores of people were killed, the two sides met on Friday.", 0),
    # one incident with its own day and place
    ("Nine people lost their lives in a militant attack in Bannu on Monday.", 1),
    ("Six policemen have been martyred in Bannu since Monday, when militants stormed a checkpost.", 1),
])
def test_mentions_s7_period_round_up_is_no_event(text: str, n: int) -> None:
    assert len(_violence(text)) == n


@pytest.mark.parametrize("text", [
    # a same-day incident told against a period of fighting before it: still an incident
    ("After weeks of clashes in the valley, two farmers were shot dead in Tirah, Khyber, on Saturday when their "
     "tractor came under fire."),
    "Four people were killed and six hurt in Kurram on Saturday when firing broke out again after days of clashes.",
])
def test_mentions_s7_incident_after_a_period_of_fighting_is_an_attack(text: str) -> None:
    events = _violence(text)
    assert [(e.type, e.date) for e in events] == [("attack", "2026-03-07")]


@pytest.mark.parametrize("text, killed", [
    # the sentence's own dated toll, with a running total since a month tacked on: the toll is the incident's
    ("Three levies men were martyred in Kohat on Saturday, bringing to 17 the number of levies personnel who have "
     "been killed in the district since February.", 3),
    ("A policeman was gunned down in Karak on Saturday, the fourth officer who has been killed in the district "
     "since January.", 1),
])
def test_mentions_s7_own_toll_before_a_running_total_is_an_attack(text: str, killed: int) -> None:
    events = _violence(text)
    assert [(e.type, e.date, e.killed.security_forces) for e in events] == [("attack", "2026-03-07", killed)]


@pytest.mark.parametrize("text, day", [
    # an earlier attack recalled with its day and toll inside a sentence about something else
    ("Security forces killed four militants in an operation in Orakzai on Sunday, the ISPR said. The operations come "
     "a month after the June 3 ambush on a police van in Hangu, which killed five constables.", "2025-06-03"),
])
def test_mentions_s7_recalled_incident_is_its_own_event(text: str, day: str) -> None:
    events = _violence(text)
    assert [(e.type, e.date, e.killed.security_forces) for e in events if e.date == day] == [("attack", day, 5)]
    assert [e.type for e in events if e.date != day] == ["security_operation"]


def test_mentions_s7_recalled_incident_takes_only_its_own_toll() -> None:
    # the sentence's own running figure (militants killed since) is not the recalled attack's toll
    events = _violence("Troops have killed 15 terrorists in raids across Zhob since the January 14 attack on a Levies "
                       "post in Zhob, which martyred six Levies personnel, officials said.")
    assert [(e.type, e.date, e.killed.security_forces, e.killed.militants) for e in events] \
        == [("attack", "2026-01-14", 6, None)]
