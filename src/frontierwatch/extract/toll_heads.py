"""Groups of a toll told around the figure: "the number of soldiers killed rose to 11", "seven of the
dead were policemen and two were passers-by"."""
from __future__ import annotations

import re

from .lexicon import load
from .tallies import CasualtyMention

# "the number of Pakistani soldiers killed ... rose to 11": the words between "number of" and "killed"
# "the number of martyred policemen has reached five": the group after the participle
_NUMBER_OF = re.compile(r"number\s+of\s+(?:the\s+)?(?:((?:[\w'’\-]+\s+){1,4}?)(?:killed|martyred|dead)\b|"
                        r"(?:killed|martyred|slain)\s+([\w'’\-]+))", re.I)


def toll_head_group(text: str, start: int, end: int) -> str:
    """The one victim group named in "the number of <group> killed" at text[start:end], else "unspecified"."""
    m = _NUMBER_OF.match(text, start, end)
    if m is None:
        return "unspecified"
    k = 1 if m.group(1) is not None else 2
    groups = {h.values[0] for h in load("victim_groups").find(text, m.start(k), m.end(k))}
    return groups.pop() if len(groups) == 1 else "unspecified"


# "Seven of the dead were policemen and two were passers-by": the rest of the split after "and"
_AND_WERE = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+(?:the\s+(?:other|remaining)\s+)?(?P<n>\d+|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:were|was)\s+(?:all\s+|a\s+|an\s+)?", re.I)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}


def of_those_parts(text: str, kind: str, q: tuple[int, int, int], g, end: int, chain: int) -> list[CasualtyMention]:
    """"N of those killed were <group>" as a part of the toll, and "and M were <group>" told right after it."""
    out = [CasualtyMention(kind, g.values[0], q[2], q[0], g.end, "part", chain)]
    m = _AND_WERE.match(text, g.end, end)
    if m is not None:
        nxt = load("victim_groups").find(text, m.end(), min(end, m.end() + 30))
        if nxt and not text[m.end():nxt[0].start].strip():
            w = m.group("n").lower()
            out.append(CasualtyMention(kind, nxt[0].values[0], int(w) if w.isdigit() else _SMALL[w], m.start("n"),
                                       nxt[0].end, "part", chain))
    return out
