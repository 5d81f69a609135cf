"""A short quote that goes on from the one just attributed ('"...," he added. "They stayed anyway."'): the same speaker's."""

from __future__ import annotations

import re

# what stands between the two quotes: only the attribution of the first, closing its sentence
_SAID_THEN = re.compile(r"\s*(?:[\w'’-]+\s+){1,4}?(?:said|added|says|adds|went\s+on)"
                        r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\.\s+")
_SENTENCE_END = re.compile(r"[.!?][’'\"]?\s*$")


def goes_on(masked: str, last_end: int | None, q_open: int, inner: str, n_words: int) -> bool:
    """Whether the quote opening at `q_open` is a whole sentence of two or more words right after the
    attribution that closed the last quote (ending at `last_end`)."""
    if last_end is None or not 0 <= q_open - last_end <= 60 or n_words < 2 or not _SENTENCE_END.search(inner):
        return False
    m = _SAID_THEN.match(masked, last_end, q_open)
    return m is not None and m.end() == q_open
