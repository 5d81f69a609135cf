"""State mentions that can name a diplomatic party: demonyms heading a state noun, officials' surnames
backed by a full name, and the object of "met" (kept apart from diplomacy.py so each stays small).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .fastre import led
from .relations_common import Context, hits
from .text import Sentence

STATES = "states"

# a demonym names a state party only when it heads a state noun, possibly after coordinated demonyms
_STATE_NOUN_AFTER = re.compile(
    r"^(?:\s*(?:,|and|&)\s*[A-Z][\w\-]+)*\s+(?:(?:acting|interim|caretaker|senior|top|border|foreign|interior|"
    r"defence|defense|deputy|prime|special|chief|high[\s\-]level|military|security|commerce|trade|"
    r"information|refugees?|state|civilian|official|government)\s+){0,3}"
    r"(?:governments?|officials?|delegations?|delegates?|ministers?|ministry|ministries|side|sides|authorities|"
    r"envoys?|ambassadors?|diplomats?|charg[e\u00e9]|counterparts?|representatives?|embassy|consul\w*|"
    r"spokes\w+|leadership|leaders?|president|negotiators?|forces|troops|team|premier|administration|regime|"
    r"foreign\s+office|commanders?|army)\b", re.I)
_TITLE_BEFORE = led(re.compile(
        r"\b(?:Minister|FM|Senator|Premier|President|Ambassador|Envoy|Mr\.?|Mullah|Maulvi|Mawlawi|Sheikh|General|"
        r"Gen\.|Chairman|Secretary)\s+$"))
# 'met' takes a state as object ("met Afghan officials", "met his counterpart"), or none ("they met in Kabul")
_MET_NO_OBJECT = re.compile(
    r"^\s*(?:$|[,.;:]|(?:with\s+)?(?:at|in|on|near|during|for|over|again|twice|here|there|later|earlier|"
    r"today|yesterday|last|this|behind|privately|separately|briefly)\b)", re.I)
_MET_OBJECT_END = re.compile(r"[,.;:]|\s(?:at|in|on|near|during|for|over|to|after|before|and\s+discussed)\s", re.I)
_STATE_NOUN = led(re.compile(
        r"\b(?:government|officials?|delegations?|ministers?|ministry|authorities|envoys?|ambassadors?|diplomats?|"
        r"charg[e\u00e9]|counterparts?|embassy|consul\w*|president|premier|prime\s+minister|foreign\s+secretary|"
        r"negotiators?|leadership|administration|head\s+of\s+state|spokes\w+)\b", re.I))


def states_in(text: str) -> list:
    """Every state mention (country, capital, demonym, official) in a text."""
    return hits(STATES, text)


def party_hits(ctx: Context, s: Sentence) -> list:
    """State mentions of one sentence that can name a party: a demonym only when it heads a state noun
    ("Afghan officials", not "Afghan refugees"); an official's bare surname only after the full name
    (or with a title) in the article ("Dar" after "Ishaq Dar")."""
    out = []
    for h in ctx.sentence_hits(STATES, s):
        kind = h.values[1]
        if kind == "demonym" and not _STATE_NOUN_AFTER.match(s.text[h.end:h.end + 80]):
            continue
        if kind == "official" and " " not in h.key and not _named_before(ctx, h, s):
            continue
        out.append(h)
        if kind == "country" and s.text[h.end:h.end + 1] == "-" and (pair := _hyphen_pair(s.text, h)) is not None:
            out.append(pair)  # "Pakistan-Afghanistan talks": the lexicon skips a phrase after a plain hyphen
    return out


def _hyphen_pair(text: str, h):
    """The second state of "X-Y" when both are countries ("Pakistan-Afghanistan"), shifted into `text`, or None."""
    nxt = next((o for o in states_in(text[h.end + 1:h.end + 40]) if o.start == 0), None)
    if nxt is None or nxt.values[1] != "country" or nxt.values[0] == h.values[0]:
        return None
    return replace(nxt, start=nxt.start + h.end + 1, end=nxt.end + h.end + 1)


def _named_before(ctx: Context, h, s: Sentence) -> bool:
    """Whether a one-word official (a surname) is backed by a title before it or its full name earlier."""
    if _TITLE_BEFORE.search(s.text[max(0, h.start - 40):h.start]):
        return True
    at = s.start + h.start
    return any(o.start < at and o.values == h.values and " " in o.key and h.key in o.key.split()
               for o in ctx.document_hits(STATES))


def met_has_state_object(text: str, h, states: list) -> bool:
    """'met' with an object needs a state, an official or a state noun in it; 'met traders' is not talks."""
    after = text[h.end:h.end + 100]
    if _MET_NO_OBJECT.match(after):
        return True
    obj = re.sub(r"^\s*with\s+", " ", after)
    shift = len(after) - len(obj)
    cut = _MET_OBJECT_END.search(obj)
    end = h.end + shift + (cut.start() if cut else len(obj))
    if _STATE_NOUN.search(text[h.end:end]):
        return True
    return any(h.end <= st.start < end and st.values[1] in ("country", "government", "official", "demonym", "capital")
               for st in states)
