"""Casualty tallies: one sentence's mentions summed per kind and group, one event's figure merged
across its sentences (the largest count, never the sum). Re-exported by casualties.py."""
from __future__ import annotations

from dataclasses import dataclass, field

SPECIFIC = ("security_forces", "civilians", "militants")


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class CasualtyMention:
    """One count of victims: kind, group, lower bound (and upper when a range), span, role.

    role: head (a chain's first phrase), add (listed beside it), part (breakdown of the head),
    total (a toll covering every group), more (a later death of one of the wounded, added to the toll).
    """

    kind: str
    group: str
    value: int
    start: int
    end: int
    role: str = "head"
    chain: int = 0
    high: int | None = None


@dataclass(slots=True)
class Tally:
    """Victims of one kind in one text unit: counts by group and the total."""

    groups: dict[str, int] = field(default_factory=dict)
    total: int = 0
    more: int = 0  # "one of the injured later died": victims added to the toll told before
    more_group: str = "unspecified"


def tally(mentions: list[CasualtyMention]) -> dict[str, Tally]:
    """Sum one sentence's mentions per kind: a head's breakdown splits it, listed phrases add up."""
    out: dict[str, Tally] = {}
    by_chain: dict[tuple[str, int], list[CasualtyMention]] = {}
    for m in mentions:
        by_chain.setdefault((m.kind, m.chain), []).append(m)
    for (kind, _), ms in by_chain.items():
        t = out.setdefault(kind, Tally())
        if all(m.role == "more" for m in ms):
            t.more += sum(m.value for m in ms)
            t.more_group = ms[0].group
            continue
        if all(m.role == "total" for m in ms):  # "the toll rose to 26": everyone, whatever the group
            t.total = max([t.total] + [m.value for m in ms])
            continue
        heads = [m for m in ms if m.role != "part"]
        parts = [m for m in ms if m.role == "part"]
        chain_groups: dict[str, int] = {}
        for m in heads:
            chain_groups[m.group] = chain_groups.get(m.group, 0) + m.value
        head_total = sum(chain_groups.values())
        if parts and (not heads or set(chain_groups) == {"unspecified"}):
            split: dict[str, int] = {}
            for m in parts:
                if m.group != "unspecified":
                    split[m.group] = split.get(m.group, 0) + m.value
            rest = max(0, head_total - sum(split.values()))
            chain_groups = dict(split)
            if rest:
                chain_groups["unspecified"] = rest
            head_total = max(head_total, sum(split.values())) if heads else 0
        elif parts and heads and heads[0].group in SPECIFIC:
            # "18 passengers, four of them soldiers": the part moves from the head's group to its own
            for m in parts:
                if m.group in SPECIFIC and m.group not in chain_groups and chain_groups[heads[0].group] > m.value:
                    chain_groups[heads[0].group] -= m.value
                    chain_groups[m.group] = m.value
        for g, n in chain_groups.items():  # two chains naming one group repeat one figure
            t.groups[g] = max(t.groups.get(g, 0), n)
        t.total = max(t.total, head_total)
    return out


def merge_tallies(tallies: list[Tally]) -> Tally:
    """One event's figure from several sentences, in order: the largest count per group, and a later
    death of one of the wounded ("one of the injured later died") added to the figure told before it."""
    acc: list[Tally] = []
    for t in tallies:
        if t.more and not t.total and not t.groups:  # a toll in the same sentence already counts them
            before = _merge_max(acc)
            groups = dict(before.groups)
            named = [g for g, n in groups.items() if n and g != "militants"]
            g = t.more_group if t.more_group in SPECIFIC else named[0] if len(named) == 1 else "unspecified"
            groups[g] = groups.get(g, 0) + t.more
            acc = [Tally(groups, sum(groups.values()))]
        elif t.more and t.more_group != "unspecified":
            acc.append(Tally({t.more_group: t.more}, t.more))  # who died names the toll's group
        acc.append(t)
    return _merge_max(acc)


def _merge_max(tallies: list[Tally]) -> Tally:
    """One event's figure from several sentences: the largest count per group and overall.

    The same victims are usually reported more than once (headline, lead, follow-up) and tolls
    only rise as reports update, so the maximum, never the sum, is taken across sentences.
    Tolls ("the toll rose to 20") count the victims, not the attackers: militants are kept apart
    and added on top of the largest toll of everyone else.
    """
    groups: dict[str, int] = {}
    others = 0  # largest figure for everyone but militants
    for t in tallies:
        for g, n in t.groups.items():
            if g != "unspecified":
                groups[g] = max(groups.get(g, 0), n)
        named = sum(n for g, n in t.groups.items() if g != "militants")
        others = max(others, named if "militants" in t.groups else max(named, t.total))
    known = groups.get("security_forces", 0) + groups.get("civilians", 0)
    if others > known:
        named = [g for g in ("security_forces", "civilians") if groups.get(g)]
        if len(named) == 1 and (named[0] == "civilians" or not any(t.groups.get("unspecified") for t in tallies)):
            # "five policemen were martyred ... the toll rose to seven": the toll counts the one group
            # named; "54 people ... including five children": people are civilians unless told otherwise
            groups[named[0]] = others
        else:
            groups["unspecified"] = others - known
    return Tally(groups, sum(groups.values()))


def same_victims(local: list[Tally], wide: list[Tally]) -> bool:
    """A district's own figure narrows a wider one only when it counts the same victims ("nine civilians in X and
    Y ... six civilians in Z"), not other groups ("four soldiers, one buried in A ... three porters in B")."""
    near = {g for t in local for g in t.groups}
    far = {g for t in wide for g in t.groups}
    return bool(near & far) or "unspecified" in near | far or not near or not far
