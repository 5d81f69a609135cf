"""Numbers written as digits or words: "seven", "twenty-three", "1,079", "a dozen", "dozens".

Vague quantities follow ACLED's convention ("dozens" = 12, "scores" = 12 is not standard, we use
20 for "scores"); qualifiers ("at least", "over", "up to") keep the stated figure.
"""
from __future__ import annotations

import re

from .fastre import led
from .lexicon import separated, word_matches

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "single": 1, "lone": 1, "both": 2, "couple": 2, "pair": 2,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "lakh": 100_000}
_VAGUE = {"dozen": 12, "dozens": 12, "scores": 20, "score": 20, "several": None, "hundreds": 100,
          "thousands": 1000}

WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozens|a\s+hundred|hundreds|a\s+thousand|thousands|scores)"
    r"(?:\s+(?:hundred|thousand|million))?"
)
DIGIT_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"
NUMBER_RE = led(re.compile(rf"\b(?:{NUMBER})\b", re.IGNORECASE))
# patterns of parse_number and find_quantities, compiled once
_QUALIFIER = re.compile(r"^(?:at\s+least|over|more\s+than|nearly|about|around|some|up\s+to|almost|approximately)\s+")
_DIGITS = re.compile(DIGIT_NUMBER)
_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|lakh)")
_ARTICLE = re.compile(r"^an?\s+(?=dozen|hundred|thousand|million)")
_WORD_SPLIT = re.compile(r"[\s-]+(?:and\s+)?")
_COMMA_BEFORE = re.compile(r",\s*$")


def parse_number(text: str) -> int | float | None:
    """Parse one number phrase ("23", "1,079", "twenty-three", "a dozen", "two thousand")."""
    s = text.strip().lower().replace("\u2011", "-")
    s = _QUALIFIER.sub("", s)
    if not s:
        return None
    if _DIGITS.fullmatch(s):
        v = float(s.replace(",", ""))
        return int(v) if v.is_integer() else v
    m = _SCALED.fullmatch(s)
    if m:
        return int(float(m.group(1)) * _SCALES[m.group(2)])
    s = _ARTICLE.sub("one ", s)
    total, current, seen = 0, 0, False
    for tok in _WORD_SPLIT.split(s):
        if not tok or tok == "and":
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in _SCALES:
            current = (current or 1) * _SCALES[tok]
            if _SCALES[tok] >= 1000:
                total, current = total + current, 0
        elif tok in _VAGUE and _VAGUE[tok] is not None:
            current += _VAGUE[tok]
        else:
            return None
        seen = True
    return total + current if seen else None


def find_numbers(text: str) -> list[tuple[int, int, int | float]]:
    """All numbers in text as (start, end, value)."""
    out = []
    for m in NUMBER_RE.finditer(text):
        v = parse_number(m.group(0))
        if v is not None:
            out.append((m.start(), m.end(), v))
    return out


_RANGE_RE = re.compile(
    rf"\bbetween\s+(?P<blow>{NUMBER})\s+and\s+(?P<bhigh>{NUMBER})\b|"
    rf"\b(?P<low>{NUMBER})(?:\s*(?:-|–|—|to)\s*(?P<high>{NUMBER}))?\b|\b(?P<art>an?|another)\b(?=\s)|\b(?P<both>both)\b(?=\s)",
    re.IGNORECASE,
)
# every count begins and ends with a word character: found from the character before it (lexicon.py)
_RANGE_AFTER = separated(_RANGE_RE)
_AGE_AFTER = re.compile(r"[\s-]*(?:years?|months?|days?)[\s-]*old\b", re.IGNORECASE)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int | None]]:
    """Counts in text[start:end] as (start, end, low, high): "5", "five", "10-12" or "between 10 and 12"
    (high 12), "a"/"an"/"another" (1); ages ("seven-year-old") are no counts.

    A range is kept as a range; callers score the stated lower bound. Non-integers are skipped.
    """
    out: list[tuple[int, int, int, int | None]] = []
    for m_start, m in word_matches(_RANGE_RE, _RANGE_AFTER, text, start, len(text) if end is None else end):
        if m.group("both") and _COMMA_BEFORE.search(text[max(0, m_start - 3):m_start]):
            continue  # "two brothers, both shopkeepers": the same two again
        if m.group("art") or m.group("both"):  # "killing both attackers": two
            out.append((m_start, m.end(), 2 if m.group("both") else 1, None))
            continue
        if _AGE_AFTER.match(text, m.end(), m.end() + 16):
            continue  # "a seven-year-old boy": an age, not a count
        lo_g, hi_g = ("blow", "bhigh") if m.group("blow") else ("low", "high")
        low = parse_number(m.group(lo_g))
        if not isinstance(low, int):
            continue
        high = parse_number(m.group(hi_g)) if m.group(hi_g) else None
        if not isinstance(high, int) or high <= low:
            if high is not None:  # "3-2" or "2-2" is not a range: keep only the first number
                out.append((m.start(lo_g), m.end(lo_g), low, None))
                continue
            high = None
        out.append((m_start, m.end(), low, high))
    return out
