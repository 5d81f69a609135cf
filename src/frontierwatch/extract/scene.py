"""Which of a sentence's places can be the scene of what it reports.

Not a title ("the Bannu DPO"), a road ("the Bannu-Lakki road"), a destination, an origin
("resident of X"), a speaking government ("Islamabad said") or part of a longer name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import PlaceMatch
from .fastre import led, trie

if TYPE_CHECKING:
    from .mentions import SentenceInfo

_TITLE_AFTER = re.compile(r"(?:'s)?\s+(?:Division\s+|District\s+)?(?:Commissioner|Deputy\s+Commissioner|DPO|DIG|SSP|SP|DC|AC|"
                          r"District\s+Police\s+Officer|Police\s+Officer|IGP|IG|RPO|SHO|CCPO|police\s+chief|Chamber|"
                          r"Press\s+Club|Division\b|Chief\s+Minister|CM\b|Governor|government|Assembly|"
                          r"Home\s+Minister|Interior\s+Minister|Information\s+Minister|spokesman|spokesperson)(?![\w])", re.I)
_ELSEWHERE = re.compile(r"\b(?:resident|residents|native|natives|citizen|citizens)\s+of\s+(?:the\s+)?(?:district\s+|village\s+)?$|"
                    r"\b(?:hailing\s+from|belonging\s+to|hometown|funeral\s+in|buried\s+in|shifted\s+to|"
                    r"taken\s+to|moved\s+to|referred\s+to|evacuated\s+to|rushed\s+to)\s+(?:the\s+)?(?:\w+\s+){0,2}$|"
                    r"\b(?:hospital|CMH|DHQ|infirmary)\s*,\s*$|"
                    # "labourers from X", "a firm from X": where people or a company come from
                    r"\b(?:firms?|company|companies|employees?|workers?|labou?rers?|traders?|pilgrims?|passengers?|"
                    r"students?|visitors?|tourists?|engineers?|families|family)\s+from\s+(?:the\s+)?"
                    r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+|central\s+)?$|"
                    # where the wounded were treated, where officials or envoys spoke, what a place borders
                    r"\b(?:hospitals?|hospitali[sz]ed|treatment)\s+(?:\w+\s+){0,1}(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,3}$|"
                    # "twelve are being treated for wounds, four of them in X": where some of the wounded lie
                    r"\b(?:wounds|injuries|treated|treatment|hospitals?)\s*,\s*(?:\w+\s+){1,2}of\s+(?:them|whom)\s+(?:in|at)\s+(?:the\s+)?$|"
                    r"\b(?:told\s+(?:reporters|journalists|the\s+media)|press\s+conference|briefing|speaking|"
                    r"d'affaires|chargé|envoy|ambassador|embassy|consulate|diplomat|high\s+commission|"
                    r"source|sources)\s+(?:\w+\s+){0,1}(?:in|at)\s+$|"
                    r"\b(?:reporting|writing|filing)\s+from\s+(?:the\s+)?$|"  # where a correspondent files from
                    r"\b(?:bordering|borders|adjoining|adjacent\s+to)\s+(?:the\s+)?(?:\w+\s+){0,1}$|"
                    # "the bodies of the other two, both from Punjab's X district": where the victims came from
                    r"\b(?:both|all|each)\s+(?:of\s+them\s+)?(?:hailing\s+)?from\s+(?:[A-Z][\w'’]*\s+)?$|"
                    # "Sepoy B, 22, of Swat": a victim's home after his age
                    r"\b\d{1,2}\s*,\s*(?:of|from)\s+$|"
                    # "posts along the border opposite X": the other side of the border from X
                    r"\bopposite\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,1}$|"
                    # "baseless accusations by Islamabad": the government that spoke
                    r"\b(?:accusations?|allegations?|claims?|charges?|statements?|remarks|demands?)\s+(?:made\s+|levelled\s+)?by\s+$|"
                    # "a network that operates from X", "a group headquartered in X": where a group is based, not a scene
                    r"\b(?:operates|operating|operated)\s+(?:from|out\s+of)\s+(?:the\s+)?$|\bheadquartered\s+in\s+(?:the\s+)?$|"
                    # "the victims had just arrived from X": where they came from
                    r"\b(?:arrived|arriving|came|coming)\s+(?:back\s+)?from\s+(?:the\s+)?$", re.I)
# a word (or stem) every branch of _ELSEWHERE holds, lower-cased; a digit stands for "22, of X"
_ELSEWHERE_WORDS = ("resident", "native", "citizen", "hailing", "belonging", "hometown", "funeral", "buried", "shifted", "taken",
                    "moved", "referred", "evacuated", "rushed", "hospital", "cmh", "dhq", "infirmary", "firm", "compan",
                    "employee", "worker", "labourer", "laborer", "trader", "pilgrim", "passenger", "student", "visitor",
                    "tourist", "engineer", "famil", "treat", "wounds", "injuries", "told", "press", "briefing",
                    "speaking", "affaires", "charg", "envoy", "ambassador", "embassy", "consulate", "diplomat", "high",
                    "source", "border", "adjoining", "adjacent", "both", "all", "each", "opposite", "accusation",
                    "allegation", "claim", "remark", "demand", "statement", "operat", "headquartered", "arriv", "came",
                    "coming", "reporting", "writing", "filing", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
_ELSEWHERE_HINT = re.compile(trie(_ELSEWHERE_WORDS))  # one of them, anywhere in lower-cased text


def _elsewhere(before: str) -> bool:
    """_ELSEWHERE.search(before), the regex (slow on every start of a short text) skipped when an ASCII
    text holds none of the words it needs (other texts may fold letters or digits: the regex)."""
    if before.isascii():
        if _ELSEWHERE_HINT.search(before.lower()) is None:
            return False
    return _ELSEWHERE.search(before) is not None


# where someone comes from: a resident or native of X, X after a victim's age, "both from X"
_HOME = re.compile(r"\b(?:residents?|natives?|citizens?)\s+of\s+(?:the\s+)?(?:district\s+|village\s+)?$|"
                   r"\b(?:hailing\s+from|belonging\s+to|hometown)\s+(?:the\s+)?(?:\w+\s+){0,2}$|"
                   r"\b\d{1,2}\s*,\s*(?:of|from)\s+$|"
                   r"\b(?:both|all|each)\s+(?:of\s+them\s+)?(?:hailing\s+)?from\s+(?:[A-Z][\w'’]*\s+)?$", re.I)
_AWAY = led(re.compile(r"(?:\b(?i:from|to|towards|for|capital)\s+(?i:the\s+)?(?:[A-Z][\w'’]*\s+)?$|,\s*(?i:the\s+capital),?\s*$)"))
# "died at a Peshawar hospital", "Quetta's Civil Hospital": where the wounded were treated
_NOT_SCENE_AFTER = re.compile(r"[-–]bound\b|\s+(?:hills?|mountains?|range|peak|ridge)\b|"

                              r"(?:['’]s)?(?:\s+[A-Z][\w'’\-]*){0,3}\s+(?:hospital|Hospital|CMH|infirmary)\b|"
                              # "The Khyber Chronicle": a newspaper's name
                              r"\s+(?:Chronicle|Times|Post|Mail|News|Tribune|Herald|Gazette|Express|Observer)\b")
_SPOKE_IN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:spokesman|spokesperson|spokeswoman)\b")
_OPENING_IN = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")
_HOSPITAL_NAME = re.compile(r"\b[Hh]ospital\b")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|accused|claimed|denied|summoned|insists|maintains|dismissed|rejected|"
                           r"rebuffed|refuted|blamed|alleged|retorted|protested)\b")
_LOCATIVE_BEFORE = led(re.compile(r"\b(?:in|at|near|of|from|inside|outside)\s+(?:the\s+)?$", re.I))
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\s+$")
_NOT_NAME = frozenset({"North", "South", "East", "West", "Upper", "Lower", "Central", "Greater", "Old", "New", "The",
                       "In", "At", "Near", "From", "To", "Of", "On", "And", "Outside", "Inside", "District",
                       "Tehsil", "Agency", "Province", "City", "Town", "Village", "Area", "Since", "While", "When",
                       "Both", "After", "Before", "Across", "Around", "Along", "Through", "Meanwhile", "Separately"})
_ROAD_AFTER = led(re.compile(r"(?:\s*[-–]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)?\s+(?:road|highway|motorway|bypass|"
                             r"expressway|link\s+road|national\s+highway)\b", re.I))
_ROAD_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")
_ROAD_NEXT = re.compile(r"\s+(?:road|highway|motorway)\b", re.I)
_SENTENCE_START = re.compile(r"[.!?:\n\"“]\s*$")
_ASIDE = re.compile(r"\([^()\n]{0,120}\)")
_LOCATIVE = led(re.compile(r"(?:\b(?:in|at|near|inside|outside|of|area|areas|district|town|village)\s+(?:the\s+)?"
                           r"(?:\w+\s+){0,2}$)", re.I))
_ROAD_WORDS = ("road", "highway", "motorway", "bypass", "expressway")
_ROAD_WORD = led(re.compile("|".join(_ROAD_WORDS), re.I))


def scene_places(info: SentenceInfo) -> list[PlaceMatch]:
    """The sentence's places that may be the scene (not a title, road, hospital, origin or speaker)."""
    out = []
    text = info.sent.text
    for p in info.places:
        rel = p.start - info.sent.start
        before = text[max(0, rel - 30):rel]
        if _TITLE_AFTER.match(text, p.end - info.sent.start) or not_scene(text, p, info.sent.start) \
                or _elsewhere(before) or _AWAY.search(before):
            continue
        out.append(p)
    return out


def origin_only(text: str, p: PlaceMatch, offset: int = 0) -> bool:
    """True when the place is where someone comes from ("a resident of X", "Sepoy B, 22, of X"), not a scene."""
    rel = p.start - offset
    before = text[max(0, rel - 30):rel]
    if "of" not in before and "from" not in before and "hometown" not in before and "belonging" not in before:
        return False  # every home phrase has one of these words: the regex is skipped
    return _HOME.search(before) is not None


def title_after(text: str, pos: int) -> bool:
    """True when an official's title follows pos ("Kech SSP", "Bannu's DPO")."""
    return _TITLE_AFTER.match(text, pos) is not None


def on_road(text: str, p: PlaceMatch, offset: int = 0) -> bool:
    """True when the place only names a road ("the Bannu-Lakki road", "Kohat-X highway")."""
    s, e = p.start - offset, p.end - offset
    after = text[e:e + 40]
    if not (any(map(after.lower().__contains__, _ROAD_WORDS)) if after.isascii() else _ROAD_WORD.search(after)):
        return False  # (an ASCII window: the words themselves, the regex being a plain case-blind list of them)
    if _ROAD_AFTER.match(text, e, min(len(text), e + 40)):
        return True
    return bool(_ROAD_BEFORE.search(text, max(0, s - 25), s)) and bool(
        _ROAD_NEXT.match(text[e:e + 12]))


def not_scene(text: str, p: PlaceMatch, offset: int = 0) -> bool:
    """True when the place names a road, a destination ("Quetta-bound"), a speaking government
    ("Islamabad said"), a landform named after it, or is part of a longer name ("Sheikh X hills",
    a person called like a district)."""
    if on_road(text, p, offset):
        return True
    s, e = p.start - offset, p.end - offset
    if "ospital" in p.surface and _HOSPITAL_NAME.search(p.surface):
        return True  # "Lady Reading Hospital": where the wounded were treated
    if _NOT_SCENE_AFTER.match(text, e, min(len(text), e + 45)):
        return True
    if text[e:e + 1] == "," and _SPOKE_IN.match(text, e, min(len(text), e + 60)) \
            and _OPENING_IN.search(text, max(0, s - 6), s):
        return True  # "In Kabul, a defence ministry spokesman claimed ...": where the spokesman spoke
    if _SPEAKS_AFTER.match(text, e, min(len(text), e + 20)) and not _LOCATIVE_BEFORE.search(text, max(0, s - 12), s):
        return True  # "Islamabad said it had hit hideouts": the government speaking
    m = _NAME_WORD.search(text, max(0, s - 25), s)
    if m is None or m.group(0).strip() in _NOT_NAME or p.location.precision > 2:
        return False
    before = text[max(0, m.start() - 3):m.start()]
    return bool(before.strip()) and not _SENTENCE_START.search(before)


def district(info: SentenceInfo) -> PlaceMatch | None:
    """The sentence's best district-or-finer place: written after 'in/at/near', not 'from/to'."""
    memo = info.scene_district
    if memo:
        return memo[0]
    found = _district(info)
    try:
        info.scene_district = (found,)
    except AttributeError:
        pass  # the headline's lazy stand-in keeps no answers
    return found


def _district(info: SentenceInfo) -> PlaceMatch | None:
    best, best_score = None, -9
    text = info.sent.text
    asides: list[tuple[int, int]] | None = None  # "(... X ...)" spans, found once when first needed
    for p in info.places:
        loc = p.location
        if not loc.admin2 or loc.precision > 2 or _TITLE_AFTER.match(text, p.end - info.sent.start) \
                or not_scene(text, p, info.sent.start):
            continue
        rel = p.start - info.sent.start
        before = text[max(0, rel - 30):rel]
        if asides is None:
            asides = [m.span() for m in _ASIDE.finditer(text)] if "(" in text else []
        if _elsewhere(before) or any(a < rel < b for a, b in asides):
            continue  # "resident of District X", "(... X ...)": not where it happened
        score = (2 if _LOCATIVE.search(before) or text[p.end - info.sent.start:].startswith("'s") else 0) \
            - (3 if _AWAY.search(before) else 0)
        if score > best_score:
            best, best_score = p, score
    return _area_of(info, best) if best is not None else None


_AREA_OF = re.compile(r"\s+(?:area|areas|tehsil|sub-division|subdivision|town|village|sector)\s+of\s+(?:the\s+)?")


def _area_of(info: SentenceInfo, d: PlaceMatch) -> PlaceMatch:
    """"the Jandola area of South Waziristan": the district the text puts the place in, when the gazetteer
    files the place under a neighbouring one."""
    m = _AREA_OF.match(info.sent.text, d.end - info.sent.start)
    if m is None:
        return d
    at = info.sent.start + m.end()
    nxt = next((p for p in info.places if p.start == at), None)
    if nxt is not None and nxt.location.precision == 2 and nxt.location.admin2 \
            and nxt.location.admin2 != d.location.admin2 and nxt.location.country == d.location.country:
        return nxt
    return d


def province(info: SentenceInfo) -> str | None:
    """The province of the sentence's scene: its district's, else a province or town named in it."""
    d = district(info)
    if d is not None:
        return d.location.admin1
    for p in info.places:
        rel = p.start - info.sent.start
        if p.location.admin1 and p.location.precision <= 3 and p.location.country in ("PK", "AF") \
                and not _TITLE_AFTER.match(info.sent.text, p.end - info.sent.start) \
                and not not_scene(info.sent.text, p, info.sent.start) \
                and not _elsewhere(info.sent.text[max(0, rel - 30):rel]) \
                and not _AWAY.search(info.sent.text[max(0, rel - 30):rel]):
            return p.location.admin1
    return None


def provinces(info: SentenceInfo) -> list[str]:
    """Distinct provinces of the sentence's scene places, in order ("in X of Khost and Y of Kunar")."""
    seen: list[str] = []
    for p in scene_places(info):
        a1 = p.location.admin1
        if a1 and p.location.country in ("PK", "AF") and p.location.precision <= 3 and a1 not in seen:
            seen.append(a1)
    return seen


def districts(info: SentenceInfo) -> list[str]:
    """Distinct districts named in the sentence, in order."""
    seen: list[str] = []
    for p in info.places:
        rel = p.start - info.sent.start
        if _TITLE_AFTER.match(info.sent.text, p.end - info.sent.start) or not_scene(info.sent.text, p, info.sent.start) \
                or _elsewhere(info.sent.text[max(0, rel - 30):rel]):
            continue
        if p.location.admin2 and p.location.precision <= 2 and p.location.admin2 not in seen:
            seen.append(p.location.admin2)
    return seen
