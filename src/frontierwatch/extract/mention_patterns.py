"""Patterns that type a sentence's incident (armed actors, state forces, a crossing closed after fire,
a drive against migrants, a teaser link, a denied event); mentions.py reads them."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fastre import led

if TYPE_CHECKING:
    from .mentions import SentenceInfo

__all__ = [
    "OWNED", "_AF_STATE", "_ARMED", "_CAUSE_OF_STATE", "_CLOSED_AFTER", "_COUNTER_CLAIM", "_DENIED_EVENT",
    "_DETAINED_AFGHANS", "_DURING_OP", "_EARLIER_INCIDENT", "_ENCOUNTER", "_LONG_PERIOD", "_MIGRANTS", "_MODAL",
    "_MODAL_AFTER", "_OCCURRED", "_PK_FIRE", "_PK_STATE", "_STATE_FORCES", "_TEASER", "_TRIED", "plotters_held"
]

# "fired from Afghanistan's Kunar", "fled towards the Sheikh X hills": where it came from or went, not the scene
# "Quetta-bound train", "Islamabad said", "the Sheikh X hills": a place that is not the scene
# "on the Bannu-Lakki road", "Quetta-Chaman highway": a road named after towns is not the scene's district
# a place that is part of an official's title ("Kalat Division Commissioner", "Bannu DPO") is not the scene
_ARMED = led(re.compile(r"\b(?:terrorists?|militants?|gunmen|bomb|blast|suicide|grenade|IED|explosive|explosives|"
                    r"khwarij|khawarij|insurgents?|attackers?|assailants?)\b", re.I))
_STATE_FORCES = led(re.compile(r"\b(?:security\s+forces|military|army|air\s+force|troops|jets|gunship|Pakistani\s+forces)\b",
                           re.I))
_PK_STATE = led(re.compile(r"\bPakistan(?:i|'s)?\b"))
_CLOSED_AFTER = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:closed|shut|sealed|suspended)\s+"
                           r"(?:(?:[\w\-]+\s+){0,4}?|(?:[\w\-]+,?\s+){5,12}?(?=(?:after|following)\s(?![^.;]*\b(?:Mon|Tues|Wednes|Thurs|Fri|"
                           r"Satur|Sun)day|\b(?:night|morning|evening|afternoon|yesterday|dawn)\b)))(?:after|following)\s", re.I)
# "Saturday night's attack": the day owned by an incident named in passing
OWNED = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+(?:[\w\-]+\s+){0,2}?(?:attack|blast|bombing|"
                   r"assault|ambush|explosion|firing|clash|clashes|raid|strike|shelling)\b", re.I)
# "arrested 410 suspects during the three months": a period's round-up, its breakdown is no event
_LONG_PERIOD = re.compile(r"\b(?:months?|quarter|year|years|annual|so\s+far\s+this)\b", re.I)
_MIGRANTS = re.compile(r"\b(?:undocumented|illegal(?:ly)?|without\s+(?:valid\s+|legal\s+|proper\s+)?documents|deport\w*|"
                       r"repatriat\w*|expel\w*|illegal\s+immigrants?|illegal\s+foreigners?)\b", re.I)
# "police detained 210 Afghans in raids", "rounded up at least 800 Afghan migrants": a drive against migrants
_DETAINED_AFGHANS = re.compile(r"\b(?:detained|detains|detaining|rounded\s+up|rounding\s+up|arrested|picked\s+up|"
                               r"apprehended|took\s+into\s+custody)\s+(?:(?:at\s+least|more\s+than|over|nearly|about|some|"
                               r"around|another|up\s+to)\s+)?(?:[\d,]+|hundreds|thousands|dozens|scores)\s+(?:of\s+)?"
                               r"(?:undocumented\s+|unregistered\s+)?(?:Afghans|Afghan\s+(?:migrants|refugees|nationals|"
                               r"citizens|families|men)|migrants|refugees|foreigners|foreign\s+nationals)\b", re.I)
_TEASER = re.compile(r"[-•–·▪]\s+[^.!?]{5,120}[^.!?\s\"”]\s*$")
# "killed by Pakistani shelling", "Pakistani fire had killed three": Pakistan's fire as the cause or the killer
_PK_FIRE = re.compile(r"\b(?:by|from|in)\s+Pakistani\s+(?:fire|firing|shelling|shells|strikes?|bombardment)\b|"
                      r"\bPakistani\s+(?:fire|firing|shelling|shells|strikes|bombardment)\s+(?:had\s+|has\s+|have\s+)?"
                      r"(?:killed|wounded|injured)\b")
_AF_STATE = re.compile(r"\b(?:Afghan|Taliban)\b", re.I)
# "police denied that two engineers had been kidnapped", "dismissed reports of a blast": the event itself is denied
_DENIED_EVENT = re.compile(r"\b(?:denied|dismissed|rejected|refuted)\s+(?:(?:the|social\s+media|media|these|such)\s+)?"
                           r"(?:reports?|claims?|rumou?rs?|news)\b|\b(?:denied|refuted)\s+that\b", re.I)
_ENCOUNTER = re.compile(r"\bencounter\b", re.I)
_OCCURRED = led(re.compile(r"\b(?:attack|assault|blast|explosion|bombing|fighting|clash|clashes|firing|incident|ambush|raid|"
                       r"operation|encounter|shooting|abduction|kidnapping)\b[^.;]{0,40}?\b(?:broke\s+out|took\s+place|"
                       r"occurred|happened|erupted|began|started|(?:was|were)\s+(?:carried\s+out|conducted))\b", re.I))
# "Last Sunday's exchange of fire in X was not the first": a sentence opening on the incident's own day
OPENS_ON_DAY = re.compile(r"(?:(?:[Ll]ast|[Tt]his\s+past)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|"
                          r"evening|afternoon))?['’]s\s+(?:[\w\-]+\s+){0,2}?(?:attack|assault|blast|bombing|explosion|"
                          r"ambush|raid|strike|shelling|firing|fighting|clash|clashes|gunfight|exchange\s+of\s+fire)\b")
# "the crossing had been closed after gunmen fired on a patrol": the cause of an earlier state, told undated
_CAUSE_OF_STATE = re.compile(r"\bhad\s+(?:been\s+|remained\s+)?(?:closed|shut|suspended|sealed|halted|stopped|cancelled|"
                             r"postponed|imposed|tightened|deployed)\s+(?:[\w\-]+\s+){0,4}?(?:after|since|following|over)\s", re.I)
_DURING_OP = led(re.compile(r"\b(?:martyred|killed|died|injured|wounded)\s+(?:during|in)\s+the\s+(?:[\w\-]+\s+){0,2}"
                            r"operations?\b", re.I))
# "jets may strike X if attacks continue": a modal, a condition or a threat before the violence
_MODAL = re.compile(r"\b(?:if|unless|may|might|could|would|will|shall|threatened\s+to|threatens\s+to|"
                    r"threatening\s+to|vowed\s+to|vows\s+to|plans?\s+to|planning\s+to|intends?\s+to|ready\s+to)\s+"
                    r"(?:[\w\-]+\s+){0,2}$", re.I)
_MODAL_AFTER = re.compile(r"\s+(?:may|might|could|would|will)\s+(?:also\s+|soon\s+)?(?:strike|target|attack|hit|bomb|"
                          r"shell|launch|carry\s+out)\b", re.I)
# "... and claimed that dozens of their fighters died": a side's own unverified figure, not counted
_COUNTER_CLAIM = re.compile(r"\bclaimed\s+that\b(?![^.;]{0,80}\b(?:responsibility|carried\s+out\s+the\s+attack)\b)", re.I)
_EARLIER_INCIDENT = led(re.compile(r"\b(?:came|comes|happened|occurred|followed|follows)\s+(?:just\s+|only\s+)?"
                                   r"(?:a|one|two|three|four|five|\d)\s+days?\s+(?:after|before)\b", re.I))
_TRIED = re.compile(r"\b(?:tried|trying|attempted|attempting|bid|sought)\s+to\b", re.I)  # the militants struck first


# "arrested four suspects who were allegedly planning attacks on ...": the plan is the arrest's reason
_PLOTTING = re.compile(r"\b(?:who|that)\s+(?:were|was|are|is|had\s+been)\s+(?:allegedly\s+|reportedly\s+|said\s+to\s+be\s+)?"
                       r"(?:planning|plotting|preparing)\b|\bsuspected\s+of\s+(?:planning|plotting)\b", re.I)


def plotters_held(info: SentenceInfo) -> bool:
    """True when every plan, attack or negation cue of a sentence lies in the clause saying what the arrested
    men were planning (those cues then speak of the plan, not of an incident or a denial)."""
    start, text, cues = info.sent.start, info.sent.text, info.cues
    if "plan" not in text and "plot" not in text and "prepar" not in text:
        return False
    m = _PLOTTING.search(text)
    if m is None:
        return False
    cut = start + m.start()
    return all(a >= cut for k in ("negation", "attack", "attack_weak") for a, _ in cues.get(k, ()))

# "dropped bombs on a checkpost": a munition drop is an attack only onto a post, a home, people ... (not "on militant
# hideouts", "on no villages", nor "shot down a quadcopter before it dropped ...": a drop prevented)
DROP_PREVENTED = re.compile(r"\b(?:before|until)\s+(?:it|they|the\s+\w+)\s+(?:could\s+)?$|\b(?:not|never|no)\s+(?:\w+\s+)?$", re.I)
DROP_ON_MILITANTS = re.compile(r"\s+(?:[\w\-]+\s+){0,4}?(?:on|at|over)\s+(?:no\b|(?:the\s+|their\s+|suspected\s+)?"
                               r"(?:militant|terrorist|insurgent|khawarij|khwarij|TTP|hideout)s?\b)", re.I)
