"""Numbered report items ("1.", "2." in a police situation report): each item tells its own incident."""
from __future__ import annotations

import re
from datetime import date
from itertools import takewhile
from typing import Sequence

from .mentions import SentenceInfo
from .scene import district
from ..records import PlaceMatch

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


def item_frame(make, frames: list, cur, info: SentenceInfo, item: int, where: dict[int, int],
               later: Sequence[SentenceInfo]):
    """The item's frame (made by `make`, segment's Frame), opened by its first trigger with the item's earlier sentences."""
    mine, d, day = _item_opening(cur.members, info, item, where, later)
    f = make(info.etype or "attack", [*mine, info], [info], admin2=d.location.admin2 if d else None,
             admin1=d.location.admin1 if d else None, day=day, origin="new", parent=cur)
    frames.append(f)
    return f


def _item_opening(members: list[SentenceInfo], info: SentenceInfo, item: int, where: dict[int, int],
                  later: Sequence[SentenceInfo]) -> tuple[list[SentenceInfo], PlaceMatch | None, date | None]:
    """The item's sentences told before its first trigger (taken out of members), its district and its day."""
    mine = [m for m in members if where.get(id(m)) == item]
    members[:] = [m for m in members if where.get(id(m)) != item]
    rest = [m for m in takewhile(lambda m: where.get(id(m)) == item, later) if not m.background]
    # the item's other sentences speak for it unless they carry another matter's cues ("the crossing reopened")
    own = [info, *(m for m in (*mine, *rest) if not m.cues or m.etype == info.etype)]
    d = next((x for m in own if (x := district(m)) is not None), None)
    told = next((m for m in (own if not info.days else [info]) if m.event_day() is not None), None)
    if told is not None and told is not info:
        told.occurred = True  # "2. Rocket attack on PS X / On 15.11.2026 at 2145 hrs, ...": the item's own day
    return mine, d, told.event_day() if told is not None else None
