"""Floating reports (no date, no publication date) join a dated incident only as a whole, and only a clear one."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, MutableMapping
from typing import Protocol

from .compat import Report
from .config import ResolveConfig


class _Group(Protocol):
    members: list[int]
    seed_ids: list[str]


Loose = Mapping[tuple[int, int], tuple[float | None, float]]  # pair -> (story similarity or None, score)


def is_floating(r: Report) -> bool:
    """A report with neither an event date nor a publication date: it could be any day of any year."""
    return r.day is None and r.published is None


def _docs(reports: list[Report], g: _Group) -> set[str]:
    return {reports[m].doc_id for m in g.members}


def drop_ambiguous(reports: list[Report], ok: set[tuple[int, int]], candidates: list,
                   cfg: ResolveConfig) -> None:
    """Unlink floating reports (no date, no publication date) from dated ones when the match is a guess.

    A floating report fits any same-place incident of any year; it may join a dated one only if
    no other dated candidate from another document that is a DIFFERENT incident (incompatible
    with the best) scores within `cfg.ambiguity_margin` of the best. Links among floating
    reports are kept.
    """
    scores: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for neg, _, _, i, j in candidates:
        for f, c in ((i, j), (j, i)):
            if is_floating(reports[f]) and not is_floating(reports[c]):
                scores[f].append((-neg, c))
    drop: set[tuple[int, int]] = set()
    for f, cands in scores.items():
        cands.sort(key=lambda sc: (-sc[0], reports[sc[1]].key))
        best_score, best = cands[0]
        # A rival from the best's own document is told apart jointly (one report per document).
        if any(s >= best_score - cfg.ambiguity_margin and (best, c) not in ok
               and reports[c].doc_id != reports[best].doc_id for s, c in cands[1:]):
            drop.update((f, c) for _, c in cands)
    if drop:
        ok.difference_update(drop | {(c, f) for f, c in drop})
        candidates[:] = [c for c in candidates if (c[3], c[4]) in ok]


def fit(reports: list[Report], gf: _Group, ga: _Group, loose: Loose, cfg: ResolveConfig) -> float | None:
    """How well floating group `gf` fits anchored group `ga` (None: it does not).

    Every pair across must pass the merge rule but for the story gate (no contradiction with ANY
    member of the incident); each floating member is then judged by its closest anchored member
    (a wire report's retelling need not resemble a later toll update), and the mean of those
    closest story similarities must reach `undated_min_similarity`. A pair judged without texts
    (similarity None) already passed the detail check, so it counts as passing. The score is the
    mean of each floating member's best pair score.
    """
    if _docs(reports, gf) & _docs(reports, ga):
        return None
    sims, scores = [], []
    for x in gf.members:
        cross = [loose.get((x, y)) for y in ga.members]
        if any(c is None for c in cross):
            return None
        sims.append(max(cfg.undated_min_similarity if s is None else s for s, _ in cross))  # type: ignore[misc]
        scores.append(max(sc for _, sc in cross))  # type: ignore[misc]
    if sum(sims) / len(sims) < cfg.undated_min_similarity:
        return None
    return sum(scores) / len(scores)


def attach_floating(reports: list[Report], groups: MutableMapping[int, _Group], parent: list[int],
                    loose: Loose, cfg: ResolveConfig) -> None:
    """Each group of floating reports joins the one anchored group it fits clearly best (`fit`).

    A fit is a guess, and the floating group stays apart, when another anchored group (a different
    incident) fits within `ambiguity_margin` of the best, unless that rival shares a document with
    the best: one report per document, so the two are told apart jointly (best fits first, each
    floating group taking the best anchored group its document is not yet in). Anchored groups are
    never changed but by additions, so a floating report can no longer split dated reports of one
    incident that fit each other.
    """
    partners: dict[int, set[int]] = defaultdict(set)
    for x, y in loose:
        partners[x].add(y)
    root_of = {m: r for r, g in groups.items() for m in g.members}
    anchored = {r for r, g in groups.items() if not all(is_floating(reports[m]) for m in g.members)}
    options: list[tuple[float, int, int]] = []
    for rf, gf in sorted(groups.items()):
        if rf in anchored:
            continue
        scored = []
        for ra in sorted({root_of[y] for x in gf.members for y in partners[x]} & anchored):
            s = fit(reports, gf, groups[ra], loose, cfg)
            if s is not None:
                scored.append((s, ra))
        if not scored:
            continue
        scored.sort(key=lambda t: (-t[0], t[1]))
        best_score, best = scored[0]
        if any(s >= best_score - cfg.ambiguity_margin and not _docs(reports, groups[ra]) & _docs(reports, groups[best])
               for s, ra in scored[1:]):
            continue
        options += [(-s, rf, ra) for s, ra in scored if s >= best_score - cfg.ambiguity_margin]
    options.sort()
    for _, rf, ra in options:
        if rf not in groups:
            continue  # already attached
        gf, ga = groups[rf], groups[ra]
        if _docs(reports, gf) & _docs(reports, ga):
            continue  # another floating group from this document took the place first
        if not all((x, y) in loose for x in gf.members for y in ga.members):
            continue  # a floating group attached before does not fit this one
        ga.members = sorted(ga.members + gf.members)
        ga.seed_ids += gf.seed_ids
        parent[rf] = ra
        del groups[rf]
