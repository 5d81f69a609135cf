"""Sentences told from inside a security operation ("During the operation, militants opened fire ..."): that operation."""
from __future__ import annotations

import re

# "During the operation", "In the course of the raid", "During this search": the fighting it describes is the operation's
_DURING = re.compile(r"\s*(?:During|In\s+the\s+course\s+of)\s+(?:the|this|that)\s+(?:search\s+|combing\s+|"
                     r"intelligence[\s\-]based\s+|security\s+|joint\s+)?(?:operation|raid|search|IBO|encounter)\b", re.I)


def during_operation(text: str) -> bool:
    """True when the sentence opens by placing itself inside the operation just told."""
    return _DURING.match(text) is not None
