"""A person named in apposition after a description of their post ("The UNHCR representative in
Pakistan, Marta Lindqvist, welcomed ...", "IOM's chief of mission in Kabul, Helga Sorensen, said").

The name is the person; the place closing the description is where the post is, never the speaker,
and a later "she said" refers back to the name.
"""
from __future__ import annotations

import re

from .speaker_lexicon import _lex
from .speakers import _NAME, _Ctx, _is_role_phrase, _places, _strip_office, _strip_title

POST_PLACE = re.compile(r"\s+(?:to|in|at|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")
# a lower-case description of a person before a name in apposition ("a shopkeeper", "one of the elders")
# (or a relation: "his son", "her lawyer")
DESCRIPTOR = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|(?:[Oo]ne|[Tt]wo|[Aa]nother)\s+of\s+(?:the|their|his|her)|[Aa]nother)\s+[a-z]")
_ONE_OF_KIND = re.compile(r"\s*(?:[Oo]ne|[Aa]nother)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*")
_NAME_RX, _ARTICLE = re.compile(_NAME), re.compile(r"^(?:the|a|an)\s+", re.I)
_OWNER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+")
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)
_NAME_IN_COMMAS = re.compile(rf",\s+({_NAME}),")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")  # "... of the Islamic Emirate"
# "Gul Khan, 54, who ...": a name with an age in commas is a person (not a body), a later "he"/"she"
_AGED_NAME = re.compile(rf"(?<![\w'’-])({_NAME}),\s+(?:aged\s+)?\d{{1,2}},\s")
_AGE_IN_COMMAS = re.compile(r",\s+(?:aged\s+)?\d{1,2},\s")  # a cheap first check for _AGED_NAME
_LEAD_WORDS = frozenset("for to as with from by like when but and in on at of says said".split())
_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())
_HEAD_STOP = re.compile(r"[.;:!?“”\"\n,(]|\b(?:and|but|while|as|that|when)\s")


def describes(np: str) -> bool:
    """True for a lower-case description of a post, after an owner and before a place ("IOM's chief
    of mission in Kabul", "the agency's head in Peshawar", "the UNHCR representative in Pakistan")."""
    rest = POST_PLACE.sub("", _OWNER.sub("", np.strip())).strip()
    rest = _DETERMINER.sub("", rest)
    words = rest.split()
    if words and words[0].isupper() and len(words) > 1:
        words = words[1:]  # "the UNHCR representative": an acronym owner
    return 0 < len(words) <= 5 and all(w[:1].islower() for w in words)


def post_appositions(masked: str, ctx: _Ctx) -> None:
    """Add "<description of a post>, <Name>," mentions to ctx.names (for later pronouns)."""
    found = []
    for m in _NAME_IN_COMMAS.finditer(masked):
        lo = max(0, m.start() - 80)
        head = masked[lo:m.start()]
        stops = list(_HEAD_STOP.finditer(head))
        head = head[stops[-1].end():] if stops else head
        if not re.match(r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['’]s)\s", head):
            continue
        if not (describes(head) or _is_role_phrase(POST_PLACE.sub("", head.strip()))):
            continue
        name = _strip_title(m.group(1))[0]
        if len(name.split()) > 1 and not _lex().body_rx.search(name):
            found.append((m.start(1), name))
    for m in _AGED_NAME.finditer(masked) if _AGE_IN_COMMAS.search(masked) else ():
        words = m.group(1).split()
        skip = 1 if len(words) > 1 and words[0].lower() in _LEAD_WORDS else 0
        name = " ".join(words[skip:])
        if name.lower() not in _CALENDAR and name.lower() not in _places()[0] and not _lex().body_rx.search(name):
            found.append((m.start(1) + (len(m.group(1)) - len(name)), name))
    if found:
        ctx.names.extend(found)
        ctx.names.sort()


def owned_role(role: str, masked: str, pos: int) -> str | None:
    """'the spokesperson' after 'a CTD spokesperson said': the post with its owner, as the article
    named it last before `pos` (None when it never did)."""
    if role not in ("spokesperson", "spokesman", "spokeswoman"):
        return None  # other posts ("official") have many holders: the owner named last may not be this one
    best = None
    for m in re.finditer(rf"\b((?:[A-Z][\w'’-]*\s+){{1,3}}){role}\b", masked[max(0, pos - 3000):pos]):
        best = m
    if best is None:
        return None
    owner = re.sub(r"^(?:(?:The|A|An|Its|Their|His|Her)\b\s*)+", "", best.group(1).strip())
    return f"{owner} {role}" if owner and owner[:1].isupper() else None


def named_apposition(head: str, app: str) -> bool:
    """True for "the/a <description>, <Personal Name>" ("one of the elders, Haji Noor"): the name is
    the speaker."""
    head = _OF_BODY.sub("", POST_PLACE.sub("", head.strip()))  # "Pakistan's envoy to Kabul", "Spokesman of the Emirate": the role
    if not _NAME_RX.fullmatch(app) or _lex().body_rx.search(app):
        return False
    if _ONE_OF_KIND.fullmatch(head):
        return True  # "One returnee, Sadiqullah,": a single name is enough after "one <noun>"
    # "the KP chief minister's adviser on information, Barrister Saifullah Wazir,": a post described, then its holder
    return _is_role_phrase(head) or is_title_phrase(head) or (
        (DESCRIPTOR.match(head) is not None or describes(head)) and len(app.split()) > 1)


def is_title_phrase(np: str) -> bool:
    """'the DPO', 'the Deputy Commissioner': a title standing for its holder."""
    s = _ARTICLE.sub("", np.strip())
    m = _lex().title_rx.match(s + " ")
    # "Deputy Commissioner Khyber": a title, then only the place or office it covers
    return bool(s) and m is not None and (m.end() >= len(s) or not _strip_office(s[m.end():].strip()))


def role_name_subject(sentence: str) -> str | None:
    """The person opening a sentence as "<post> <Name> <verb>" ("Foreign Office spokesperson Sadia Jan
    put it bluntly:", "Sindh government spokesman ...", after a "PESHAWAR:" dateline), the post's head
    being a person role or a title ("president"); None otherwise."""
    sentence = _DATELINE_LEAD.sub("", sentence, count=1)
    for rx in (_ROLE_NAME_LEAD, _ROLE_NAME_LEAD_OWNER):
        m = rx.match(sentence)
        if m is None:
            continue
        head = m.group(1).lower()
        if _lex().roles.get(head) == "person" or (_lex().roles.get(head) is None and _is_title_word(head)):
            return _strip_title(m.group(2))[0] or None
    return None


def _is_title_word(word: str) -> bool:
    """True when one lower-case word is a whole title ("president", "chairman")."""
    t = _lex().title_rx.match(word + " ")
    return t is not None and t.end() >= len(word)


# a post (capitalised owner words, a lower-case role noun), then a name and a lower-case verb
_ROLE_NAME_LEAD = re.compile(rf"\s*(?:[A-Z][\w'’-]*\s+){{1,4}}([a-z]+)\s+({_NAME})\s+[a-z]+\b")
# ... the owner with one lower-case word of its own ("Sindh government spokesman", "Traders Union president")
_ROLE_NAME_LEAD_OWNER = re.compile(rf"\s*(?:[A-Z][\w'’-]*\s+){{1,4}}[a-z]+\s+([a-z]+)\s+({_NAME})\s+[a-z]+\b")
_DATELINE_LEAD = re.compile(r"\s*[A-Z]{3,}(?:[\s-][A-Z]{3,})*\s*:\s+")
