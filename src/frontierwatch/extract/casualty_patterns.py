"""Patterns for casualty figures told outside a plain verb phrase (toll updates, "of the dead",
the wounded still in hospital, bodies found, "shot seven of them dead"); casualties.py reads them."""
from __future__ import annotations

import re

from .fastre import led
from .toll_heads import of_those_parts, toll_head_group

__all__ = [
    "_ALL_DEAD", "_BODIES", "_CARRIED", "_FOUND", "_HOSTAGE", "_INCLUDED", "_NAMED", "_NAMED_KIND",
    "_NOT_COUNTING", "_NTH_DIED", "_OF_THE_DEAD", "_OF_THOSE", "_ORDINALS", "_PUT_TOLL", "_ROSE", "_SHOT_DEAD",
    "_TAKING", "_TOLL", "_TOLL_LATER", "_TOLL_PART", "_TREATED", "_WERE_GAP", "_REL_AT", "_SPOKESMAN_NEXT", "_WHO_ONLY",
    "of_those_parts", "toll_head_group"
]

_TOLL = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:[\w'’\-]+\s+){1,4}?(?:killed|martyred|dead)|(?:killed|martyred|slain)\s+[\w'’\-]+))\b(?:,?\s+[\w'’\-]+){0,16}?,?\s+(?:rose|risen|rises|climbed|climbs|jumped|reached|increased|mounted|"
                   r"stands|stood|to)\b(?:\s+(?:to|at))?\s+(?:at\s+least\s+)?(?=\S)", re.I)
# "37 injured passengers were taken to hospital": the wounded counted where they were taken
_CARRIED = re.compile(r"\b(?:injured|wounded)\s+(?:[\w\-]+\s+){0,2}?(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                      r"(?:taken|shifted|rushed|moved|brought|admitted|referred|evacuated)\b", re.I)
# "officials put the toll at three, but it rose to five": the latest figure, after a comma
_TOLL_LATER = re.compile(r"\btoll\b[^.;]{0,60}?\b(?:it|the\s+figure|this)\s+(?:later\s+|had\s+|has\s+)?"
                         r"(?:rose|risen|climbed|jumped|increased|mounted|reached)\s+(?:to\s+)?(?:at\s+least\s+)?(?=\S)", re.I)
# "..., taking the number of injured to three": the latest figure of that kind
# "the wounded number has also climbed to 24", "the number of injured rose to 30": the latest count of the hurt
_TAKING = re.compile(r"\b(?:(?:taking|bringing|raising|pushing)\s+the\s+(?:total\s+)?(?:number|toll|count)\s+of\s+(?:the\s+)?|"
                     r"the\s+(?:number\s+of\s+(?:the\s+)?)?(?=(?:injured|wounded)\s+(?:number|toll|count|tally|has|had|rose|"
                     r"risen|climbed|jumped|increased|reached|mounted)\b))"
                     r"(?P<w>injured|wounded|dead|deaths|killed|fatalities|casualties)(?:(?:\s+(?:number|toll|count|tally))?"
                     r"\s+(?:has\s+|had\s+)?(?:also\s+|now\s+|since\s+)?(?:rose|risen|climbed|jumped|increased|reached|mounted))?"
                     r"\s+to\s+(?:at\s+least\s+)?(?=\S)", re.I)
_TOLL_PART = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+whom|among\s+whom)\s+", re.I)
_PUT_TOLL = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s+the\s+(?:death\s+)?toll\s+at\s+(?:at\s+least\s+)?(?=\S)",
                       re.I)
_ALL_DEAD = re.compile(r"\ball\s+(?:of\s+)?(?:the|those)\s+(?:dead|killed|victims)\s+(?:were|was)\s+(?:\w+\s+)?", re.I)
_ROSE = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|mounted|reached)\s+(?:to\s+)?(?:at\s+least\s+)?(?=\S)", re.I)
_OF_THOSE = led(re.compile(r"\bof\s+(?:those|the)\s+(?:killed|dead|deceased|victims|martyred|injured|wounded)\s+"
                           r"(?:were|was)\s+(?:\w+\s+){0,2}?", re.I))
# "Those killed included two soldiers and a woman": the list names the victims
_INCLUDED = led(re.compile(r"\b(?:those|the)\s+(?P<w>killed|dead|deceased|martyred|injured|wounded|hurt|abducted)\s+"
                       r"(?:now\s+|also\s+)?(?:included|include|includes|were|are)\s+", re.I))
# "Of the dead, two were soldiers and five were passengers": the toll broken down by group
_OF_THE_DEAD = re.compile(r"\bof\s+(?:the|those)\s+(?P<w>dead|killed|deceased|victims|martyred|injured|wounded)\s*,\s*", re.I)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NTH_DIED = re.compile(r"\ba\s+(?P<ord>second|third|fourth|fifth|sixth)\b(?=[^.;]{0,100}?\b(?:died|succumbed|passed\s+away|"
                       r"was\s+(?:also\s+)?(?:killed|martyred)|lost\s+(?:his|her)\s+life)\b)", re.I)
_NOT_COUNTING = re.compile(r"\b(?:(?:does|do|did)\s+not\s+include|not\s+including|excluding|besides|apart\s+from)\s+"
                           r"the\s+(?:suicide\s+)?bomber\b", re.I)
# "Four others are still being treated", "leaving one injured officer still under treatment"
# "Two other soldiers remained under treatment": up to two words between the count and the verb
_TREATED = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?"
                      r"(?:(?:are|were|is|was|remained|remain|remains)\s+)?(?:still\s+)?(?:being\s+treated|under\s+treatment|"
                      r"receiving\s+treatment)\b", re.I)
_WERE_GAP = re.compile(r"\s+(?:were|was)\s+(?:[\w'’\-]+\s+){0,3}?", re.I)
_HOSTAGE = re.compile(r"\b(?:took|taking|takes|take|held|holding)\s+(?:(?:more\s+than|over|at\s+least|nearly|about|"
                      r"some|around|up\s+to)\s+)?(?P<n>\d[\d,]*\d|\d|[a-z]+(?:[\s-][a-z]+)?)\s+(?:[\w\-]+\s+){0,3}?"
                      r"(?:hostages?|captive)\b", re.I)
_NAMED = led(re.compile(r"\b(?:those|the)\s+(?P<w>hurt|injured|wounded|killed|dead|martyred|deceased|abducted|kidnapped|"
                        r"arrested)\s+(?:were|have\s+been|are|was)\s+(?:named|identified)\s+as\s+", re.I))
_NAMED_KIND = {"hurt": "injured", "injured": "injured", "wounded": "injured", "killed": "killed", "dead": "killed",
               "martyred": "killed", "deceased": "killed", "abducted": "abducted", "kidnapped": "abducted",
               "arrested": "arrested"}
_SHOT_DEAD = re.compile(r"\b(?:shot|gunned)\s+(?P<np>(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve)\s+(?:[\w\-]+\s+){0,2}?)dead\b", re.I)
_BODIES = re.compile(r"\bbod(?:y|ies)\s+of\s+(?:the\s+)?", re.I)
_FOUND = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}?(?:found|recovered|retrieved|"
                    r"discovered|dumped)\b", re.I)
# "three militants who stormed the camp after the blast were killed", "a policeman deployed for the team's
# security was martyred": a relative or participle clause about the victims (no speech, no "when" inside)
_REL_AT = re.compile(r"\s(?:who|deployed|posted|stationed|guarding|escorting)\s", re.I)
_WHO_ONLY = re.compile(r"\s*(?:who|deployed|posted|stationed|guarding|escorting)\s+"
                       r"(?:(?!said|told|according|\bwhen\b)[^,;:.()])*$", re.I)
_SPOKESMAN_NEXT = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|officer)\s+(?:said|says|told|added)\b", re.I)
