"""Quoted spans of a text: a linear scan of curly and straight marks (single curly marks too, and single
straight ones that close right after punctuation, or after a letter when short: 'We will stay,' he
said; it had 'no link' with); an opening mark left open runs on into the next paragraph when that one
opens again. Kept apart from quotes.py (speaker attribution) so each stays small.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_OPEN_D = "“\""
_CLOSE_D = "”\""


@dataclass
class _QSpan:
    open: int  # position of the opening mark
    close: int  # position just after the closing mark (or the paragraph end)
    parts: list[tuple[int, int]] = field(default_factory=list)  # inner text spans
    single: bool = False
    straight: bool = False  # single straight marks ('...,'), told apart from apostrophes by punctuation

    def text(self, doc: str) -> str:
        return " ".join(doc[s:e].strip() for s, e in self.parts).strip()


_MARKS = re.compile(r"[“”\"‘’']")
_STRAIGHT_OPEN_AFTER = " \t\n(:\u2014\u2013"  # a straight single mark opens a quote only after these
_STRAIGHT_CLOSE_AFTER = ",.!?"  # ... and closes it only right after sentence punctuation ('We will stay,')
_DET_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$", re.I)
_SHORT_STRAIGHT = 60  # ... or after a letter when the phrase is short ("it had 'no link' with")


def _short_straight(text: str, start: int, j: int) -> bool:
    """A short phrase in straight single marks closed after a letter ("it had 'no link' with"), neither
    holding another mark ('rock 'n' roll') nor a noun held at arm's length ("the 'so-called' ...")."""
    return j - start <= _SHORT_STRAIGHT and "'" not in text[start + 1:j] and not _DET_END.search(text, max(0, start - 8), start)


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[_QSpan]:
    """Quoted spans in document order, visiting each quotation mark once."""
    out: list[_QSpan] = []
    carry: _QSpan | None = None
    for ps, pe in paragraphs:
        cur: _QSpan | None = None
        j = ps
        if carry is not None:
            k = ps
            while k < pe and text[k].isspace():
                k += 1
            if k < pe and text[k] in _OPEN_D:
                cur, j = carry, k + 1  # the quote goes on in this paragraph
                cur.parts.append((j, j))
            carry = None
        for m in _MARKS.finditer(text, j, pe):
            j = m.start()
            c = text[j]
            prev = text[j - 1] if j > ps else " "
            nxt = text[j + 1] if j + 1 < pe else " "
            if cur is not None and cur.single and (c in _OPEN_D or j - cur.open > 400):
                cur = None  # an apostrophe, not a quote; this mark is read afresh below
            if c == "'":
                if cur is None and (j == ps or prev in _STRAIGHT_OPEN_AFTER) and nxt.isalnum():
                    cur = _QSpan(j, j, [(j + 1, j + 1)], single=True, straight=True)
                elif cur is not None and cur.straight and not nxt.isalnum() and (
                        prev in _STRAIGHT_CLOSE_AFTER or prev.isalpha() and _short_straight(text, cur.open, j)):
                    cur.parts[-1] = (cur.parts[-1][0], j)
                    cur.close = j + 1
                    out.append(cur)
                    cur = None
                continue  # otherwise an apostrophe ("Pakistan's", "the soldiers' families")
            if cur is not None and cur.straight:
                if c in "‘’":
                    continue
                cur = None  # a double or curly mark inside: the straight mark was an apostrophe
            if cur is None:
                if c in _OPEN_D and (c == "“" or not prev.isalnum()):
                    cur = _QSpan(j, j, [(j + 1, j + 1)])
                elif c == "‘" and not prev.isalnum() and nxt.isalnum():
                    cur = _QSpan(j, j, [(j + 1, j + 1)], single=True)
            elif cur.single:
                if c == "’" and not nxt.isalnum() and not prev.isspace():
                    cur.parts[-1] = (cur.parts[-1][0], j)
                    cur.close = j + 1
                    out.append(cur)
                    cur = None
            elif c in _CLOSE_D and (c == "”" or not prev.isspace() or j + 1 >= pe or not nxt.isalnum()):
                cur.parts[-1] = (cur.parts[-1][0], j)
                cur.close = j + 1
                out.append(cur)
                cur = None
        if cur is not None and not cur.single:
            cur.parts[-1] = (cur.parts[-1][0], pe)
            cur.close = pe
            out.append(cur)
            carry = cur
    # a carried quote was appended when its first paragraph ended; keep one entry per quote
    seen: set[int] = set()
    unique = []
    for q in out:
        if id(q) not in seen:
            seen.add(id(q))
            unique.append(q)
    return sorted(unique, key=lambda q: q.open)
