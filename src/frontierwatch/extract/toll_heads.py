"""Whose toll a "number of X killed" update counts, when the group is named before the figure."""
from __future__ import annotations

import re

from .lexicon import load

# "the number of Pakistani soldiers killed ... rose to 11": the words between "number of" and "killed"
_NUMBER_OF = re.compile(r"number\s+of\s+(?:the\s+)?((?:[\w'’\-]+\s+){1,4}?)(?:killed|martyred|dead)\b", re.I)


def toll_head_group(text: str, start: int, end: int) -> str:
    """The one victim group named in "the number of <group> killed" at text[start:end], else "unspecified"."""
    m = _NUMBER_OF.match(text, start, end)
    if m is None:
        return "unspecified"
    groups = {h.values[0] for h in load("victim_groups").find(text, m.start(1), m.end(1))}
    return groups.pop() if len(groups) == 1 else "unspecified"
