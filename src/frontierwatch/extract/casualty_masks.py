"""Casualty text helpers kept apart from casualties.py: asides blanked before victims are read
(brackets, "who ..." clauses, a dash before a list) and a cheap word test that lets regexes be skipped."""
from __future__ import annotations

import re
from collections.abc import Callable

from .fastre import led
from .lexicon import load

__all__ = ["mask_parentheticals", "words_in"]

_PAREN = re.compile(r"\([^()\n]{0,80}\)|\[[^\[\]\n]{0,80}\]")


def mask_parentheticals(text: str, start: int, end: int) -> str:
    """The text with short bracketed asides blanked out (offsets kept): "(age: 24, resident of ...)";
    a relative clause with no casualty verb ("X, who ran a shop, was shot", "X, described by police as
    Y, were killed") likewise; a dash before
    a list of victims ("11 people — three soldiers and ...") read as a comma."""
    part = text[start:end]
    if "(" in part or "[" in part:  # every aside opens with one
        part = _PAREN.sub(lambda m: " " * len(m.group(0)), part)
    if ", " in part:
        part = _WHO.sub(lambda m: m.group(0) if load("casualty_verbs").find(m.group(0)) else
                        " " * len(m.group(0)), part)
    if "wanted" in part:  # "militants wanted in the recent killing of two constables": an earlier incident's dead
        part = _WANTED.sub(lambda m: " " * len(m.group(0)), part)
    if "namely" in part:  # "three police officials, namely HC A No. 412 and FC B, embraced shahadat": the names, an aside
        part = _NAMELY.sub(lambda m: " " * len(m.group(0)), part)
    if "—" in part or "–" in part:
        part = _DASH.sub(lambda m: " ," + m.group(0)[2:], part)
        # "Two soldiers — Naik A, 31, of X, and Sepoy B — embraced shahadat": an aside between dashes, as commas
        part = _DASH_PAIR.sub(lambda m: " , " + m.group(1) + " , ", part)
    return text[:start] + part + text[end:] if part != text[start:end] else text


_WHO = led(re.compile(r"(?:,\s+(?:(?:who|having)\s+[^,;.()]{1,100}|(?:described|labelled|labeled|branded|termed|dubbed)\s+by\s+[^,;.()]{1,80}|(?:a\s+)?(?:resident|native)\s+of\s+[^,;.()]{1,50}|"
                      r"(?:aged\s+)?\d{1,2}(?:\s+years\s+old)?)){1,4},"))
_DASH = re.compile(r"\s[–—]\s(?=(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   r"twelve|a|an)\s+[\w\-]+(?:\s+[\w\-]+)?\s*(?:,|and\b))|\s[–—]\s(?=(?:were|was|had\s+been|have\s+been)\s)", re.I)


_WANTED = re.compile(r"\bwanted\s+(?:in|for|over)\s+(?:connection\s+with\s+)?(?:the\s+)?(?:recent\s+|earlier\s+)?"
                     r"(?:killings?|murders?|assassinations?|kidnappings?|abductions?)\s+of\s+"
                     # the victims' noun phrase only: stop before a preposition, a verb ("shot", "opened") or a break
                     r"[\w'’\-]+(?:\s+[\w'’\-]+){0,4}?(?=\s+(?:in|at|near|on|from|last|earlier|this|during|and|who|"
                     r"were|was|is|are|has|had|have|shot|fired|killed|ambushed|attacked|stormed|\w+ed)\b|\s*[,;.()]|\s*$)", re.I)
_NAMELY = re.compile(r",\s+namely\s+(?:[^;.()\n]|(?<=No)\.){1,200}?(?=,\s+(?:embraced|were|was|had|have|has|died|"
                     r"succumbed|received|sustained|lost)\b)", re.I)
_DASH_PAIR = re.compile(r"\s[–—]\s([^–—.;:\n]{1,140}?)\s[–—]\s")
_TRAP_CHARS = "\u0130\u0131\u017f\u212a"  # letters case-insensitive regexes match to ASCII (text.py)


def words_in(text: str, start: int, end: int) -> Callable[..., bool]:
    """A test "does text[start:end] contain one of these lower-case words?" that may answer yes
    wrongly but never no wrongly: it lets a case-insensitive regex that needs one of them be skipped."""
    part = text[start:end]
    if not part.isascii() and any(c in part for c in _TRAP_CHARS):
        return lambda *words: True
    low = part.lower()

    def has(*words: str) -> bool:  # a plain loop: no generator per test (called ~10 times a sentence)
        for w in words:
            if w in low:
                return True
        return False
    return has
