"""First-character lookaheads for regexes run in loops, so the engine skips hopeless positions fast.

`led(rx)` prefixes a compiled pattern with `(?=[...])`, the characters any of its matches can
begin with, worked out from the parsed pattern (a superset: zero-width items and lookarounds are
skipped). A lookahead that every match start passes changes no match, group or span; patterns
whose first characters cannot be bounded (a negated class, any character, an empty match) are
returned unchanged. A pattern that starts with `\\b` and a long alternation is searched about
twice as fast, since the engine no longer tries the boundary and every branch at each position.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    import re._compiler as _k
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_compile as _k  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w",
               _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


class _Unbounded(Exception):
    """The first characters of a pattern cannot be listed in one class."""


def _class_items(items, nocase: bool, out: set[tuple[str, bool]]) -> None:
    for op, av in items:
        if op is _c.LITERAL:
            out.add((re.escape(chr(av)), nocase))
        elif op is _c.RANGE:
            out.add((f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}", nocase))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add((_CATEGORIES[av], nocase))
        else:  # NEGATE and anything unusual
            raise _Unbounded


def _first(items: list, nocase: bool, out: set[tuple[str, bool]]) -> bool:
    """Add the possible first characters of the sequence `items` to `out`; True when the
    sequence can match the empty string (then what follows it may start the match too)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            out.add((re.escape(chr(av)), nocase))
            return False
        if op is _c.IN:
            _class_items(av, nocase, out)
            return False
        if op is _c.BRANCH:
            if not any([_first(list(b), nocase, out) for b in av[1]]):
                return False
            continue
        if op is _c.SUBPATTERN:
            _, add, remove, sub = av
            inner = (nocase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if not _first(list(sub), inner, out):
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _, sub = av
            if not _first(list(sub), nocase, out) and low > 0:
                return False
            continue
        raise _Unbounded  # ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP, ...
    return True


def first_class(rx: re.Pattern[str]) -> str | None:
    """`(?=[...])` listing the characters a match of rx can start with, or None when unbounded."""
    out: set[tuple[str, bool]] = set()
    try:
        if _first(list(_p.parse(rx.pattern, rx.flags)), bool(rx.flags & re.IGNORECASE), out):
            return None  # may match the empty string
    except (_Unbounded, AttributeError, TypeError, ValueError):  # also a changed parser: leave rx as it is
        return None
    # case-folded characters get their own (?i:...) even under a global IGNORECASE, so the lead
    # stays right when the pattern's text is embedded in another pattern
    plain = "".join(sorted(c for c, nocase in out if not nocase))
    folded = "".join(sorted(c for c, nocase in out if nocase))
    parts = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "(?=" + "|".join(parts) + ")"


# every pattern led() made, with the pattern it was made from (for the equivalence tests)
ORIGINALS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _fast_start(rx: re.Pattern[str]) -> bool:
    """True when the engine already skips to rx's possible starts (a leading literal or class): a
    lookahead in front would hide them from it and cost a test at every position instead."""
    try:
        code = _k._code(_p.parse(rx.pattern, rx.flags), rx.flags)
        return code[0] == _c.INFO and bool(code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET))
    except (AttributeError, TypeError, ValueError, IndexError):  # a changed compiler: lead as before
        return False


def led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx with a first-character lookahead in front (the same matches), or rx itself when none fits
    or none pays (the engine already skips to its starts)."""
    if _fast_start(rx):
        return rx
    lead = first_class(rx)
    if lead is None:
        return rx
    out = re.compile(lead + rx.pattern, rx.flags)
    ORIGINALS[out] = rx
    return out


def trie(words, space: str | None = None) -> str:
    """An alternation matching exactly `words`, written as a character trie ("a(?:ll|rrive)"): the engine
    tries it several times faster than a flat list of the words. `space`: the regex a space in a word
    stands for (e.g. r"\\s+"), else a literal space."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(root, space)


def _trie(node: dict, space: str | None = None) -> str:
    alts = [(space if ch == " " and space is not None else re.escape(ch)) + _trie(sub, space)
            for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    end = "" in node  # a word ends here: what follows is optional
    return (alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")") + ("?" if end else "")
