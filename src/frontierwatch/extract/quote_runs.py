"""A short quote that goes on from the one just attributed ('"...," he added. "They stayed anyway."'): the same speaker's."""

from __future__ import annotations

import re

# what stands between the two quotes: only the attribution of the first, closing its sentence
_SAID_THEN = re.compile(r"\s*(?:[\w'’-]+\s+){1,4}?(?:said|added|says|adds|went\s+on)"
                        r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\.\s+")
_SENTENCE_END = re.compile(r"[.!?][’'\"]?\s*$")
# the sentence after the quote names its own source: "The banner the marchers carried read the same."
_OTHER_SOURCE = re.compile(r"[ \t]*(?!(?:He|She|They|It|I|We)\b)(?:The|A|An|[A-Z][\w'’-]+)\b[^.!?\n\"“”]{0,80}?\b"
                           r"(?:read|reads|said|says|wrote|writes|stated|declared|chanted|shouted)\b")


def goes_on(masked: str, last_end: int | None, q_open: int, inner: str, n_words: int,
            q_close: int | None = None) -> bool:
    """Whether the quote opening at `q_open` (closing at `q_close`) is a whole sentence of two or more words
    right after the attribution that closed the last quote (ending at `last_end`), and the sentence after
    it gives no other source."""
    if last_end is None or not 0 <= q_open - last_end <= 60 or n_words < 2 or not _SENTENCE_END.search(inner):
        return False
    m = _SAID_THEN.match(masked, last_end, q_open)
    if m is None or m.end() != q_open:
        return False
    return q_close is None or _OTHER_SOURCE.match(masked, q_close) is None
