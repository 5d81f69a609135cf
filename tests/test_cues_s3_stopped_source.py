"""Round-3 target cues: a post where an attacker was stopped is not the aim, a speaker's post after "said
Name, a ..." is a source, a police spokesman does not make a checkpoint a police post, and military bases."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


def target(text: str) -> str | None:
    t = best_target(text)
    return t[2] if t else None


@pytest.mark.parametrize("text, expected", [
    ("The bomber was stopped at a checkpoint outside the ministry before he blew himself up.", "government"),
    ("A spokesman said the attacker was intercepted at a checkpoint near the court.", "government"),
])
def test_cues_s3_stopped_at_post(text: str, expected: str) -> None:
    assert target(text) == expected


def test_cues_s3_stopped_at_post_near_miss() -> None:
    # near miss: an attack aimed at the checkpoint keeps it as the target
    assert target("Militants opened fire at a checkpoint near the court.") == "security_forces"


@pytest.mark.parametrize("text, expected", [
    ("Three traders were among the dead, said Karim Jan, a police official in the district.", "civilians"),
    ("The wall collapsed, said Tariq Ali, the police spokesman for the city.", None),
])
def test_cues_s3_said_name_post_is_source(text: str, expected: str | None) -> None:
    assert target(text) == expected


def test_cues_s3_said_name_post_near_miss() -> None:
    # near miss: policemen attacked after the speaker's clause are a target
    assert target("Gunmen attacked a police van in the bazaar, officials said.") == "police"


@pytest.mark.parametrize("text, expected", [
    ("A car bomb rammed into a paramilitary base in the district.", "security_forces"),
    ("Rockets hit an army base near the town.", "security_forces"),
])
def test_cues_s3_military_bases(text: str, expected: str) -> None:
    assert target(text) == expected


def test_cues_s3_spokesman_not_police_post() -> None:
    # the checkpoint's men are not named: the police spokesman is only the source
    assert target("Militants stormed a checkpoint on the highway, the district police spokesman said.") \
        == "security_forces"
