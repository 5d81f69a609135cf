"""Who fired across the border: patterns naming one state's forces, their targets on the other side, and
strikes inside Afghanistan (kept apart from mentions.py, which types each sentence with them)."""
from __future__ import annotations

import re

__all__ = ["AF_STRIKER", "FIRED_ON_POSTS", "INSIDE_AF", "PK_FORCES_FIRED", "PK_POSTS", "PK_POSTS_HIT"]

# the Afghan state as the one that may have struck (not "Afghan officials said", who only report it)
AF_STRIKER = re.compile(r"\b(?:Taliban|Islamic\s+Emirate|Afghan\s+(?:forces|air\s+force|troops|military|army|aircraft|"
                         r"jets|drones|government))\b", re.I)
# "hideouts inside Afghanistan's X", "on Afghan soil": the strike hit Afghan territory
INSIDE_AF = re.compile(r"\b(?:inside|into|across\s+the\s+border\s+in)\s+Afghanistan\b|\bon\s+Afghan\s+(?:soil|territory)\b",
                       re.I)
# "Pakistani posts/troops": the Pakistani side named as a party of the fire
PK_POSTS = re.compile(r"\bPakistani\s+(?:military\s+|border\s+|security\s+|army\s+)?(?:posts?|positions?|troops|forces|"
                       r"check\s*posts?)\b", re.I)
# "shelled several Pakistani military posts": Pakistani positions as the target of the fire
PK_POSTS_HIT = re.compile(r"\bPakistani\s+(?:military\s+|border\s+|security\s+|army\s+)?(?:posts|positions|check\s*posts|"
                           r"post|position|check\s*post)\b", re.I)
# "Afghan forces opened fire on Pakistani posts"
FIRED_ON_POSTS = re.compile(r"\bAfghan\s+(?:Taliban\s+)?(?:border\s+)?(?:forces|troops|guards|soldiers)\s+(?:\w+\s+){0,2}?"
                             r"(?:opened\s+fire|fired|attacked|shelled)\s+(?:on\s+|at\s+)?(?:\w+\s+)?Pakistani\s+"
                             r"(?:military\s+|border\s+|security\s+|army\s+)?(?:posts?|positions?|check\s*posts?)\b", re.I)
# "Pakistani forces fired on their positions": Pakistan's forces named as the ones who fired
PK_FORCES_FIRED = re.compile(r"\bPakistani\s+(?:military\s+|border\s+|security\s+|army\s+)?(?:forces|troops|soldiers|guards)\s+"
                             r"(?:had\s+|have\s+|also\s+|reportedly\s+)?(?:fired|opened\s+fire|shelled|attacked|targeted|"
                             r"struck|bombed|pounded)\b", re.I)
