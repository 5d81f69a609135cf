"""The role of a period found in a sentence (main, baseline, compare or event), from the words before it."""
from __future__ import annotations

import re

from .fastre import led

# "over the corresponding period of last year", "compared with the same months of 2025": the span named again
_SAME_SPAN = r"(?:(?:same|corresponding|equivalent)\s+(?:period|months?|quarter|week|time)\s+(?:of\s+|in\s+)?)?"
# A period that follows these words is what a change is compared with, not the figure's period.
_BASELINE_BEFORE = led(re.compile(
        r"(?:compared\s+(?:with|to)|than|against|versus|vs\.?|from)\s+(?:(?:in|during)\s+)?(?:the\s+|that\s+of\s+)?" + _SAME_SPAN + "$", re.I))
# "up 9 percent over the second quarter", "a rise of 4% on the previous month" (not "over the past week")
_CHANGE_OVER = led(re.compile(r"(?:%|\bper\s*cent|\bpercent|\bpc)\s+(?:[a-z]+\s+){0,4}?(?:over|on)\s+(?:the\s+)?" + _SAME_SPAN + "$", re.I))
# "the most since 2011", "for the first time since March 2022", "the deadliest week of the year"
# (and, for "this year", "one of the highest daily figures this year": the ranking, not the figure's period)
_COMPARE_BEFORE = led(re.compile(
        r"(?:(?:first\s+time|ever|most|highest|lowest|largest|biggest|worst|deadliest|fewest)\b[^.;]{0,40}?since\s+$"
        r"|(?:deadliest|worst|highest|lowest|bloodiest|busiest|quietest)\s+(?:week|month|year|day)\s+(?:of|in)\s+(?:the\s+)?$)", re.I))
_FIGURE_TAIL = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)"
                r"\s+(?:[a-z-]+\s+){0,3}?(?:in|during|of|for)?\s*$")
# "from 47 in June", "than the 64 recorded in June": the period of the figure compared with ("more than 120
# attacks in June" is a qualifier, not a comparison)
_BASELINE_FIGURE = led(re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)than|(?:more|less|fewer)\s+than\s+the"
    r"|versus)\s+(?:the\s+)?(?:(?:at\s+least|about|some|nearly)\s+)?" + _FIGURE_TAIL, re.I))
# "a rise of 20 percent over the 100 attacks in 2025": 'over the N' compares only after a percentage or a change word
# in the same clause ("4,000 operations over the 12 months of 2025" is the figure's own period)
_OVER_FIGURE = re.compile(
    r"(?:%|\bper\s*cent\b|\bpercent\b|\bpc\b|\b(?:increase[ds]?|rise[ns]?|rose|up|higher|jump(?:ed|s)?|fall(?:en|s)?|fell"
    r"|down|lower|drop(?:ped|s)?|decline[ds]?)\b)(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\bover\s+the\s+"
    r"(?:(?:at\s+least|about|some|nearly)\s+)?" + _FIGURE_TAIL, re.I)
# "earlier in March", "at the start of November": when one incident happened, not a claim period
_EVENT_TIME_BEFORE = led(re.compile(r"(?:\b(?:earlier|later)\s+in|\bat\s+the\s+(?:start|beginning|end)\s+of|\bin\s+(?:early|mid|late)-?|\b(?:early|mid|late)-?)\s*$", re.I))
# "The ISPR said last week that ...": when it was told, not the period of a figure
_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|stated|disclosed|revealed)\s+$", re.I)
_COMPARE_SINCE = led(re.compile(r"(?:first\s+time|ever|most|highest|lowest|largest|biggest|worst|deadliest|fewest)\b[^.;]{0,40}$", re.I))


def period_role(kind: str, text: str, s: int, before: str) -> str:
    """The role of a `kind` period starting at `s` in `text` (`before`: the 60 characters before it)."""
    role = "main"
    if _EVENT_TIME_BEFORE.search(before) or (kind in ("past_n", "last_month", "last_year") and _SAID_BEFORE.search(before)):
        role = "event"
    elif _COMPARE_BEFORE.search(before) or (kind in ("since", "ytd") and _COMPARE_SINCE.search(before)):
        role = "compare"
    elif kind == "prev_rel" or _BASELINE_BEFORE.search(before) or _BASELINE_FIGURE.search(before) \
            or "over" in before.lower() and _OVER_FIGURE.search(text, max(0, s - 140), s) or (
            kind != "past_n" and _CHANGE_OVER.search(before)):
        role = "baseline"
    return role
