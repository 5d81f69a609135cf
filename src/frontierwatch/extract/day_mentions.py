"""Whether a text names a single day ("on Monday", "8 March 2024"): a claim sentence that does tells of
one incident, so its period is that day's, not a statistic's."""
from __future__ import annotations

import re

from .periods import _D, _M

_DAY_RX = re.compile(
    rf"\b(?i:on|late|early|last|this)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|{_M}\s+{_D}\b|{_D}\s+{_M})"
    r"|\b(?i:yesterday|today|tonight)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:night|morning|evening|afternoon)\b")


def day_mentions(text: str) -> bool:
    """True when the text names a single day ("on Monday", "on December 18", "8 March 2024")."""
    return bool(_DAY_RX.search(text))
