"""Every tunable knob in one place, each with its default and a line of help.

`SETTINGS` is the documented list (datasette's Setting(name, default, help) pattern);
`Settings` is the frozen bag of values a run uses. Environment variables override defaults:
FRONTIERWATCH_<NAME upper-cased> (e.g. FRONTIERWATCH_DB, FRONTIERWATCH_MAX_BYTES).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import FrontierwatchError


@dataclass(frozen=True, slots=True)
class Setting:
    """One knob: its name, default value and what it changes."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "frontierwatch.duckdb",
            "DuckDB file the store reads and writes (also --db, env FRONTIERWATCH_DB)."),
    Setting("max_bytes", 5_000_000,
            "Inputs larger than this many bytes are skipped as oversize (also --max-bytes)."),
    Setting("min_words", 5,
            "A document with fewer words of text than this is skipped as too short."),
    Setting("english_min_words", 20,
            "The English check only judges texts with at least this many words."),
    Setting("english_min_ratio", 0.15,
            "Share of common English function words below which a text is skipped as not English; "
            "English news prose runs at 0.3-0.5 (dev corpus minimum 0.31), French/German/Spanish at 0.04-0.08."),
    Setting("latin_min_ratio", 0.6,
            "Share of letters that must be Latin script; below it a text is skipped as not English."),
    Setting("fetch_timeout", 20.0,
            "Seconds to wait for a feed URL when --fetch is given (nothing is fetched without it)."),
    Setting("clean_max_heading_words", 3,
            "Cleaning drops unpunctuated lines of at most this many words (section headings, labels)."),
    Setting("clean_max_titlecase_words", 6,
            "Cleaning drops unpunctuated lines of at most this many words that are mostly Capitalised "
            "(names, bylines, mastheads)."),
    Setting("clean_max_keyword_words", 4,
            "In a comma/pipe-separated line, items of at most this many words make it a keyword line."),
    Setting("clean_min_junk_letters", 10,
            "A lone all-capitals token at least this long is a junk token."),
)

_BY_NAME = {s.name: s for s in SETTINGS}
if len(_BY_NAME) != len(SETTINGS):  # pragma: no cover - a duplicated knob is a programming error
    raise RuntimeError("duplicate setting name in config.SETTINGS")


@dataclass(frozen=True, slots=True)
class Settings:
    """The values in force for one run (defaults overlaid by environment variables)."""

    db: str = _BY_NAME["db"].default
    max_bytes: int = _BY_NAME["max_bytes"].default
    min_words: int = _BY_NAME["min_words"].default
    english_min_words: int = _BY_NAME["english_min_words"].default
    english_min_ratio: float = _BY_NAME["english_min_ratio"].default
    latin_min_ratio: float = _BY_NAME["latin_min_ratio"].default
    fetch_timeout: float = _BY_NAME["fetch_timeout"].default
    clean_max_heading_words: int = _BY_NAME["clean_max_heading_words"].default
    clean_max_titlecase_words: int = _BY_NAME["clean_max_titlecase_words"].default
    clean_max_keyword_words: int = _BY_NAME["clean_max_keyword_words"].default
    clean_min_junk_letters: int = _BY_NAME["clean_min_junk_letters"].default

    def with_(self, **changes: Any) -> Settings:
        """Return a copy with some values changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def help_for(name: str) -> str:
    """The help text of one setting (KeyError for an unknown name)."""
    return _BY_NAME[name].help


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Defaults overlaid by FRONTIERWATCH_<NAME> environment variables."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(f"FRONTIERWATCH_{f.name.upper()}")
        if raw is None or raw == "":
            continue
        default = _BY_NAME[f.name].default
        try:
            values[f.name] = type(default)(raw)
        except ValueError as exc:
            raise FrontierwatchError(f"FRONTIERWATCH_{f.name.upper()}={raw!r}: not a valid "
                                     f"{type(default).__name__}") from exc
    return Settings(**values)


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> str:
    """The database to use: explicit path, else $FRONTIERWATCH_DB, else ./frontierwatch.duckdb."""
    if path is not None and str(path) != "":
        return str(path)
    env = os.environ.get("FRONTIERWATCH_DB")
    if env:
        return env
    return str(Path(_BY_NAME["db"].default))


SETTINGS_DEFAULT = Settings()
