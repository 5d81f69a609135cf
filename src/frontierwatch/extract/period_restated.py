"""A period restated in brackets right after another ("the previous week (2-8 March)") plays the same role."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence, TypeVar

T = TypeVar("T")

_OPEN_BRACKET = re.compile(r"\s*\(\s*")
# "... in the previous week (2-8 March)" when no period is in force to resolve "the previous week" itself
_PREV_UNIT_BRACKET = re.compile(r"\b(?:previous|preceding|prior)\s+(?:week|month|quarter|year)\s*\(\s*$", re.I)


def restated_roles(text: str, found: Sequence[T]) -> list[T]:
    """Give a bracketed period right after another period (or after "the previous week") that period's role.

    text (str): the sentence. found (periods sorted by span, each with .span and .role).
    """
    out = list(found)
    for i, cur in enumerate(out):
        s = cur.span[0]  # type: ignore[attr-defined]
        if s == 0 or text[s - 1] not in "( ":
            continue
        prev = out[i - 1] if i else None
        if prev is not None and _OPEN_BRACKET.fullmatch(text, prev.span[1], s):  # type: ignore[attr-defined]
            if cur.role != prev.role:  # type: ignore[attr-defined]
                out[i] = replace(cur, role=prev.role)  # type: ignore[type-var,attr-defined]
        elif cur.role == "main" and _PREV_UNIT_BRACKET.search(text, max(0, s - 40), s):  # type: ignore[attr-defined]
            out[i] = replace(cur, role="baseline")  # type: ignore[type-var]
    return out
