"""Numbered report items ("1.", "2." in a police situation report): each item tells its own incident."""
from __future__ import annotations

import re
from typing import Sequence

from .mentions import SentenceInfo

# "3." alone (the splitter cuts it off) or "3. PS X (District Y) - ..." opening a paragraph
_NUM = re.compile(r"\s*(\d{1,2})[.)](?:\s*$|\s+(?=[A-Z]))")


def item_numbers(infos: Sequence[SentenceInfo]) -> list[int]:
    """Per sentence, the numbered item it sits in (0 before the first); [] unless items 1 and 2 follow in order."""
    out: list[int] = []
    item, prev_par = 0, None
    for info in infos:
        s = info.sent
        m = _NUM.match(s.text) if s.text[:1].isdigit() or s.text[:1].isspace() else None
        if m is not None and int(m.group(1)) == item + 1 and (s.paragraph != prev_par or not s.text[m.end():].strip()):
            item += 1
        prev_par = s.paragraph
        out.append(item)
    return out if item >= 2 else []


def item_of(infos: Sequence[SentenceInfo], items: list[int]) -> dict[int, int]:
    """Sentence identity -> its item number, to find the sentences an item told before its first trigger."""
    return {id(info): n for info, n in zip(infos, items)}
