"""Group reports into incidents: constrained agglomeration, best-agreeing pairs first."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..records import Document, Event, Incident
from .compat import Report, agreement, compatible, parse_day
from .config import DEFAULT, ResolveConfig
from .figures import apply_figures, compute_figures
from .floating import attach_floating, drop_ambiguous
from .neardup import near_duplicates, story_similarity, story_words
from .sides import hit_side
from .when import exact_match

_LINK_BONUS = 2.0  # reports from near-duplicate documents are the likeliest pairs


def incident_id(event_key: str) -> str:
    """Stable incident id from the key ("doc_id#seq") of its first-known report."""
    return "inc-" + hashlib.sha1(event_key.encode("utf-8")).hexdigest()[:10]


@dataclass(slots=True)
class Group:
    """A cluster in the making: member report indexes and, for stored incidents, their id."""

    members: list[int]
    seed_ids: list[str] = field(default_factory=list)  # stored incidents this group contains


def cluster(reports: list[Report], cfg: ResolveConfig = DEFAULT,
            links: Iterable[tuple[str, str]] = (), seeds: Mapping[str, list[int]] | None = None,
            texts: Mapping[str, str] | None = None) -> list[Group]:
    """Partition reports into incidents; `seeds` are stored incidents (id -> member indexes).

    `links` are near-duplicate document pairs; `texts` (doc_id -> text), when given, let undated
    reports merge only within one story and rank candidates by story similarity.
    Pairs of reports from different documents that pass the merge rule (`compat.compatible`) are
    tried best-agreeing first, every pair of two dated reports before any pair with an undated
    one (so undated reports can add to incidents but never change how dated reports group); two
    groups join only if they share no document and every pair across them passes the rule
    (complete linkage: an undated report cannot bridge two dated ones), save an undated/dated
    pair vouched for by a third, dated member (`_vouched`), so an undated retelling never keeps
    out a dated follow-up of the report it matched. A floating
    report (no date, no publication date) whose best dated match is a guess is unlinked first
    (`floating.drop_ambiguous`); then groups of floating reports may join one anchored group as
    a whole (`floating.attach_floating`).
    """
    linked = {frozenset(p) for p in links}
    parent = list(range(len(reports)))
    groups: dict[int, Group] = {}
    seeded: set[int] = set()
    for sid, idx in sorted((seeds or {}).items()):
        root = idx[0]
        groups[root] = Group(sorted(idx), [sid])
        for i in idx:
            parent[i] = root
            seeded.add(i)
    for i in range(len(reports)):
        if i not in seeded:
            groups[i] = Group([i])

    words = {d: story_words(t) for d, t in (texts or {}).items()}
    seed_of = {i: root for root, g in groups.items() if g.seed_ids for i in g.members}
    ok: set[tuple[int, int]] = set()
    candidates: list[tuple[float, str, str, int, int]] = []
    loose: dict[tuple[int, int], tuple[float | None, float]] = {}  # pairs passing all but the story gate

    def check(i: int, j: int) -> None:
        a, b = reports[i], reports[j]
        link = frozenset((a.doc_id, b.doc_id)) in linked
        sim = (story_similarity(words[a.doc_id], words[b.doc_id])
               if a.doc_id in words and b.doc_id in words else None)
        full = compatible(a, b, cfg, link, sim)
        if not (full or sim is not None and compatible(a, b, cfg, link, sim, story_gate=False)):
            return
        score = agreement(a.event, b.event) + (_LINK_BONUS if link else 0.0) + cfg.similarity_weight * (sim or 0.0)
        if cfg.use_day_hints and exact_match(a.hints, a.day, b.hints, b.day):
            score += cfg.day_hint_bonus
        loose[(i, j)] = loose[(j, i)] = (sim, score)
        if full:
            ok.add((i, j))
            ok.add((j, i))
            ka, kb = sorted((a.key, b.key))
            candidates.append((-score, ka, kb, i, j))

    # Pairs with a new report first; stored incidents are compared with each other only when a
    # new report fits both (only then can they merge), so re-resolving stays cheap.
    old_pairs = []
    for i, j in _pairs(reports, cfg, linked):
        if i in seed_of and j in seed_of:
            if seed_of[i] != seed_of[j]:
                old_pairs.append((i, j))
        else:
            check(i, j)
    touched = {seed_of[x] for pair in ok for x in pair if x in seed_of}
    for i, j in old_pairs:
        if seed_of[i] in touched and seed_of[j] in touched:
            check(i, j)
    for root, g in groups.items():  # members of one stored incident count as compatible
        if g.seed_ids:
            ok.update((x, y) for x in g.members for y in g.members if x != y)
            for x in g.members:
                for y in g.members:
                    if x != y:
                        loose.setdefault((x, y), (None, 0.0))
    drop_ambiguous(reports, ok, candidates, cfg)
    candidates.sort(key=lambda c: (reports[c[3]].day is None or reports[c[4]].day is None, c))
    _merge(reports, groups, parent, ok, loose, candidates)
    if cfg.attach_floating_groups:
        attach_floating(reports, groups, parent, loose, cfg)
    return [groups[k] for k in sorted(groups)]


def _merge(reports: list[Report], groups: dict[int, Group], parent: list[int], ok: set[tuple[int, int]],
           loose: Mapping[tuple[int, int], object], candidates: list[tuple[float, str, str, int, int]]) -> None:
    """Greedy linkage over sorted candidate pairs: join two groups when they share no document and
    every pair across may be one incident (`_vouched`)."""
    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, _, _, i, j in candidates:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        gi, gj = groups[ri], groups[rj]
        if {reports[m].doc_id for m in gi.members} & {reports[m].doc_id for m in gj.members}:
            continue
        both = gi.members + gj.members
        if not all((x, y) in ok or _vouched(reports, ok, loose, x, y, both) for x in gi.members for y in gj.members):
            continue
        parent[rj] = ri
        gi.members = sorted(both)
        gi.seed_ids += gj.seed_ids
        del groups[rj]


def _vouched(reports: list[Report], ok: set[tuple[int, int]], loose: Mapping[tuple[int, int], object],
             x: int, y: int, members: list[int]) -> bool:
    """An undated and a dated report that fail only the story gate may still share an incident
    when the undated one passes the full rule with ANOTHER dated member (which itself passes with
    the dated one): a follow-up toll report rarely reads like the first account it updates, so
    the first account vouches for it. Without this, an undated retelling that merged with the
    first report would keep out the dated follow-up, splitting two dated reports that fit.
    Undated pairs and dated pairs get no such excuse.
    """
    if (x, y) not in loose:
        return False
    u, d = (x, y) if reports[x].day is None else (y, x)
    if reports[u].day is not None or reports[d].day is None:
        return False
    return any(z != d and reports[z].day is not None and (u, z) in ok and (z, d) in ok for z in members)


def _block(e: Event) -> tuple:
    """Reports can only merge within a block: same type, and same province (or same vaguer level)."""
    if e.admin1:
        return e.type, "admin1", " ".join(e.admin1.lower().split())
    return e.type, e.country, e.admin2 is not None


def _pairs(reports: list[Report], cfg: ResolveConfig, linked: set[frozenset[str]]) -> Iterable[tuple[int, int]]:
    """Candidate pairs (i < j): same block and time windows that overlap (or near-duplicate documents).

    A report's window is its date, or for an undated one the days before its publication; a
    report with neither (floating) is paired with its whole block. Windows are swept in order,
    so the work grows with the reports near in time, not with the whole store.
    """
    tol = timedelta(days=max([cfg.date_tolerance_days, *cfg.type_date_tolerance_days.values()]))
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        blocks[_block(r.event)].append(i)
    # a clash placed at most in its country may be any placed clash's retelling (compat._same_clash decides)
    unplaced = [i for key, idx in blocks.items() if key[0] == "cross_border" and key[1] != "admin1" and not key[2]
                for i in idx]
    emitted: set[tuple[int, int]] = set()
    if unplaced:
        for key, idx in blocks.items():
            if key[0] == "cross_border" and (key[1] == "admin1" or key[2]):
                idx.extend(unplaced)
    for idx in blocks.values():
        spans, floating = [], []
        for i in idx:
            r = reports[i]
            if r.day is not None:
                spans.append((r.day - tol, r.day + tol, i))
            elif r.published is not None:
                spans.append((r.published - timedelta(days=cfg.undated_window_days) - tol, r.published + tol, i))
            else:
                floating.append(i)
        spans.sort()
        seen: set[tuple[int, int]] = set()
        for x, (_, hi, i) in enumerate(spans):
            for lo2, _, j in spans[x + 1:]:
                if lo2 > hi:
                    break
                seen.add((min(i, j), max(i, j)))
        for x, i in enumerate(floating):
            for j in floating[x + 1:] + [s[2] for s in spans]:
                seen.add((min(i, j), max(i, j)))
        if linked:
            by_doc: dict[str, list[int]] = defaultdict(list)
            for i in idx:
                by_doc[reports[i].doc_id].append(i)
            for pair in linked:
                a, b = tuple(pair) if len(pair) == 2 else (None, None)
                for i in by_doc.get(a, []):
                    for j in by_doc.get(b, []):
                        seen.add((min(i, j), max(i, j)))
        if unplaced:  # an unplaced clash sits in several blocks: each pair once
            seen -= emitted
            emitted |= seen
        yield from sorted(seen)
    if cfg.cross_border_facing_sides:
        yield from _other_side_pairs(reports, tol)


def _other_side_pairs(reports: list[Report], tol: timedelta) -> list[tuple[int, int]]:
    """Dated cross_border reports from the two countries within the date tolerance (never in one
    block, since their provinces differ); `compat.compatible` then asks whether the places face."""
    dated = sorted((r.day, i) for i, r in enumerate(reports)
                   if r.event.type == "cross_border" and r.day is not None and r.event.country)
    out = []
    for x, (d, i) in enumerate(dated):
        for d2, j in dated[x + 1:]:
            if d2 - d > tol:
                break
            if reports[i].event.country != reports[j].event.country:
                out.append((min(i, j), max(i, j)))
    return sorted(out)


def first_known(reports: list[Report], members: list[int]) -> Report:
    """The member known first: by store time, then publication (undated last), then key."""
    return min((reports[m] for m in members),
               key=lambda r: (r.known_at or "", r.published or date.max, r.doc_id, _seq(r.key)))


def _seq(key: str) -> int:
    tail = key.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def summarize(incident_id_: str, members: list[Report]) -> Incident:
    """An Incident record: most common known date (earliest on ties), most precise place, figures."""
    events = [r.event for r in members]
    days = Counter(e.date[:10] for e in events if parse_day(e.date))
    day = min(days, key=lambda d: (-days[d], d)) if days else None

    def common(values: list[str | None]) -> str | None:
        c = Counter(v for v in values if v)
        return min(c, key=lambda v: (-c[v], v)) if c else None

    placed = hit_side(events)  # a strike told from both sides is placed where it hit
    admin2 = common([e.admin2 for e in placed])
    admin1 = common([e.admin1 for e in placed if not admin2 or e.admin2 == admin2])
    country = common([e.country for e in placed if not admin1 or e.admin1 == admin1])
    inc = Incident(id=incident_id_, type=events[0].type, date=day, country=country, admin1=admin1,
                   admin2=admin2, members=events)
    return apply_figures(inc, compute_figures(members))


def _doc_map(docs: Iterable[Document] | Mapping[str, Document] | None) -> dict[str, Document]:
    if docs is None:
        return {}
    if isinstance(docs, Mapping):
        return dict(docs)
    return {d.id: d for d in docs}


def reports_from_events(events: list[Event], docs: Mapping[str, Document]) -> list[Report]:
    """Wrap events as Reports keyed "doc_id#seq" (seq: position among the document's events)."""
    seqs: Counter[str] = Counter()
    out = []
    for n, ev in enumerate(events):
        doc_id = ev.doc_id if ev.doc_id is not None else f"_event{n}"
        key = f"{doc_id}#{seqs[doc_id]}"
        seqs[doc_id] += 1
        doc = docs.get(doc_id)
        out.append(Report(key=key, event=ev, doc_id=doc_id, published=parse_day(doc.published) if doc else None,
                          outlet=doc.outlet if doc else None))
    return out


def assign_incidents(events: list[Event], docs: Iterable[Document] | Mapping[str, Document] | None = None,
                     cfg: ResolveConfig | None = None,
                     links: Iterable[tuple[str, str]] | None = None) -> list[Incident]:
    """Resolve the events of all given documents into incidents; sets `event.incident` on each.

    Args:
        events (list[Event]): events of one or more documents (`doc_id` set; order within a
            document gives each event's seq).
        docs (Documents or {id: Document}): optional; gives publication dates (the window an
            undated event may fall in), outlets (for figures) and texts (near-duplicates).
        cfg (ResolveConfig): thresholds; defaults to `config.DEFAULT`.
        links ((doc_id, doc_id) pairs): near-duplicate documents; computed from `docs` when None.
    Returns the incidents sorted by date (undated last) then id. Ids are "inc-" + a hash of the
    first-known member's key, so re-running gives the same ids and adding a later source does not
    renumber.
    """
    cfg = cfg or DEFAULT
    dmap = _doc_map(docs)
    if links is None:
        links = [(a, b) for a, b, _ in near_duplicates(dmap.values(), cfg)] if dmap else []
    reports = reports_from_events(events, dmap)
    incidents = []
    texts = {d: doc.text for d, doc in dmap.items() if doc.text}
    for g in cluster(reports, cfg, links, texts=texts):
        members = [reports[m] for m in g.members]
        iid = incident_id(first_known(reports, g.members).key)
        for r in members:
            r.event.incident = iid
        incidents.append(summarize(iid, members))
    incidents.sort(key=lambda i: (i.date or "9999", i.id))
    return incidents
