"""Is this English? A function-word ratio check, so foreign-language pages are skipped with a reason."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..config import Settings

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English function words from data/lexicons/english_function_words.txt (checked: no duplicates)."""
    text = resources.files("frontierwatch.data.lexicons").joinpath("english_function_words.txt").read_text("utf-8")
    words = [w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    if len(words) != len(set(words)):
        raise ValueError("english_function_words.txt: duplicate word")
    return frozenset(words)


def not_english_reason(text: str, settings: Settings) -> str | None:
    """A one-line reason when `text` is clearly not English, else None (short texts are not judged)."""
    words = _WORD.findall(text)
    if len(words) < settings.english_min_words:
        return None
    letters = [c for w in words for c in w]
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    if latin / len(letters) < settings.latin_min_ratio:
        return f"not English (mostly non-Latin script, {100 * latin // len(letters)}% Latin letters)"
    common = function_words()
    ratio = sum(w.lower() in common for w in words) / len(words)
    if ratio < settings.english_min_ratio:
        return f"not English ({100 * ratio:.0f}% English function words, need {100 * settings.english_min_ratio:.0f}%)"
    return None
