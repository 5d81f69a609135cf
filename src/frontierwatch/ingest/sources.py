"""Command-line inputs (files, directories, globs, URLs) -> an ordered list of sources to read."""
from __future__ import annotations

import glob
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

_URL = re.compile(r"^(?:https?|feed)://", re.IGNORECASE)
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class Source:
    """One thing to read: a local file path or (with --fetch) a URL."""

    location: str
    is_url: bool = False


def _is_hidden(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return any(p.startswith(".") or p == "__pycache__" for p in parts)


def _walk(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and not _is_hidden(p, directory))


def expand_inputs(paths: list[str] | tuple[str, ...], *, fetch: bool = False) -> list[Source | InputError]:
    """Files, directories (recursive, hidden files skipped), globs and URLs, in order, without repeats."""
    out: list[Source | InputError] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = str(p.resolve())
        if key not in seen:
            seen.add(key)
            out.append(Source(str(p)))

    for raw in paths:
        raw = str(raw)
        if _URL.match(raw):
            if fetch:
                if raw not in seen:
                    seen.add(raw)
                    out.append(Source(raw, is_url=True))
            else:
                out.append(InputError(raw, "is a URL; pass --fetch to download it (nothing is fetched otherwise)"))
            continue
        path = Path(raw)
        if path.is_dir():
            files = _walk(path)
            if not files:
                out.append(InputError(raw, "directory holds no files"))
            for f in files:
                add(f)
        elif path.is_file():
            add(path)
        elif path.exists():
            out.append(InputError(raw, "not a regular file"))
        elif _GLOB_CHARS.search(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                out.append(InputError(raw, "no files match this pattern"))
            for m in matches:
                mp = Path(m)
                for f in (_walk(mp) if mp.is_dir() else [mp]):
                    add(f)
        else:
            out.append(InputError(raw, "no such file or directory"))
    return out
