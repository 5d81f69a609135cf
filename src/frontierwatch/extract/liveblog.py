"""Live blogs told newest first ("17:10 PKT — ...", then "13:05 PKT — ..."): their entries are put back in
the order things happened, so a later update with no place of its own ("the toll has climbed to 11") follows
the entry it updates instead of the separate incident posted above it.

Pure function over a document's sentences; only the order changes, never the text or the offsets.
"""
from __future__ import annotations

import re

from .text import Sentence

# "17:10 PKT — ", "9.52 am - ": a clock time opening a paragraph, then a dash
_STAMP = re.compile(r"\s*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?:PKT|AFT|PST|GMT|UTC|IST|hrs|am|pm|a\.m\.|p\.m\.)?"
                    r"\s*[—–-]\s", re.I)
_MIN_ENTRIES = 3


def chronological(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with a newest-first live blog's entries reversed (oldest first); other texts unchanged.
    An entry is a paragraph opened by a clock time and the paragraphs after it up to the next one."""
    heads: list[tuple[int, int]] = []  # (index in sentences, minutes) of each entry's first sentence
    seen: set[int] = set()
    for i, s in enumerate(sentences):
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        m = _STAMP.match(s.text)
        if m is not None:
            heads.append((i, int(m.group("h")) * 60 + int(m.group("m"))))
    if len(heads) < _MIN_ENTRIES or not _newest_first([m for _, m in heads]):
        return sentences  # not a newest-first blog (too few entries, or some time not earlier than the one above)
    bounds = [i for i, _ in heads] + [_entry_end(sentences, heads[-1][0])]
    entries = [sentences[a:b] for a, b in zip(bounds, bounds[1:])]
    out = sentences[:bounds[0]]
    for e in reversed(entries):
        out.extend(e)
    out.extend(sentences[bounds[-1]:])
    return out


def _entry_end(sentences: list[Sentence], first: int) -> int:
    """The end of the oldest (last-written) entry: its own paragraph only, so page furniture after it stays last."""
    para = sentences[first].paragraph
    i = first
    while i < len(sentences) and sentences[i].paragraph == para:
        i += 1
    if i < len(sentences) and not sentences[i - 1].text.rstrip().endswith(_CLOSERS):
        # "22:45 GMT – Attack on camp in X" is a heading: the entry's text is the paragraph under it
        para = sentences[i].paragraph
        while i < len(sentences) and sentences[i].paragraph == para:
            i += 1
    return i


_CLOSERS = (".", "!", "?", "\"", "”", "’", "'")


def _newest_first(minutes: list[int]) -> bool:
    """Each time earlier than the one above it, except once at most where the blog goes back past midnight
    into the day before (a morning entry above a late-evening one: "09:10", then "22:45")."""
    ups = [(a, b) for a, b in zip(minutes, minutes[1:]) if a <= b]
    if not ups:
        return True
    downs = len(minutes) - 1 - len(ups)
    return len(ups) == 1 and downs >= 2 and ups[0][0] < 12 * 60 <= ups[0][1]
