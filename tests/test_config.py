"""Config: every knob has a default and help text; the environment overrides defaults."""
from __future__ import annotations

from dataclasses import fields

import pytest

from frontierwatch.config import SETTINGS, Settings, help_for, load_settings, resolve_db_path
from frontierwatch.errors import FrontierwatchError


def test_config_every_setting_is_documented() -> None:
    names = [f.name for f in fields(Settings)]
    assert names == [s.name for s in SETTINGS]
    for s in SETTINGS:
        assert len(help_for(s.name)) > 20 and getattr(Settings(), s.name) == s.default


def test_config_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings({"FRONTIERWATCH_MAX_BYTES": "1234", "FRONTIERWATCH_ENGLISH_MIN_RATIO": "0.2"})
    assert settings.max_bytes == 1234 and settings.english_min_ratio == 0.2
    with pytest.raises(FrontierwatchError, match="FRONTIERWATCH_MAX_BYTES"):
        load_settings({"FRONTIERWATCH_MAX_BYTES": "lots"})


@pytest.mark.parametrize("explicit, env, expected", [
    ("a.duckdb", "b.duckdb", "a.duckdb"),
    (None, "b.duckdb", "b.duckdb"),
    (None, None, "frontierwatch.duckdb"),
])
def test_config_db_path_resolution(monkeypatch: pytest.MonkeyPatch, explicit, env, expected) -> None:
    if env is None:
        monkeypatch.delenv("FRONTIERWATCH_DB", raising=False)
    else:
        monkeypatch.setenv("FRONTIERWATCH_DB", env)
    assert resolve_db_path(explicit) == expected
