"""Brief -> Markdown; each figure is followed by a footnote listing the incident ids behind it."""
from __future__ import annotations

from typing import Any

from .metrics import Figure


class Footnotes:
    """Numbers id lists as footnotes; the same list gets the same number."""

    def __init__(self) -> None:
        self.notes: list[tuple[list[str], int]] = []
        self._index: dict[tuple[str, ...], int] = {}

    def ref(self, ids: list[str], total: int | None = None) -> str:
        """A footnote marker for these ids ("" when there are none)."""
        if not ids:
            return ""
        key = tuple(ids)
        if key not in self._index:
            self._index[key] = len(self.notes) + 1
            self.notes.append((list(ids), total if total is not None else len(ids)))
        return f"[^{self._index[key]}]"

    def fig(self, f: Figure) -> str:
        return self.ref(f.incident_ids, f.n_incidents)

    def render(self) -> str:
        lines = []
        for n, (ids, total) in enumerate(self.notes, 1):
            more = f" (first {len(ids)} of {total}; list them all with `frontierwatch incidents`)" if total > len(ids) else ""
            lines.append(f"[^{n}]: incidents: {', '.join(ids)}{more}")
        return "\n".join(lines)


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v:+.1f} %"


def _num(v: Any) -> str:
    if v is None:
        return "n/a"
    return f"{v:,}" if isinstance(v, int) else f"{v:,.2f}".rstrip("0").rstrip(".")


def render_markdown(b: Any) -> str:
    """The whole brief as Markdown."""
    fn = Footnotes()
    L: list[str] = []
    where = f" — {b.region}" if b.region else ""
    L.append(f"# Security brief: {b.period.label}{where}")
    L.append("")
    L.append(f"Compared with the previous period {b.previous_period.start} to {b.previous_period.end}."
             + (f" Data as of {b.as_of}." if b.as_of else ""))
    for w in b.warnings:
        L.append(f"\n> **Warning:** {w}")
    a = b.attacks
    L += ["", "## Attacks", "",
          f"- Militant attacks: **{_num(a.current.value)}**{fn.fig(a.current)} "
          f"(previous period {_num(a.previous.value)}{fn.fig(a.previous)}; change {_num(a.delta)}, {_pct(a.pct)}"
          + (f" — ⚠ {a.warning}" if a.warning else "") + ")",
          f"- Deaths in attacks: **{_num(b.deaths.current.value)}**{fn.fig(b.deaths.current)} "
          f"(previous {_num(b.deaths.previous.value)}{fn.fig(b.deaths.previous)}; {_pct(b.deaths.pct)}"
          + (f" — ⚠ {b.deaths.warning}" if b.deaths.warning else "") + ")"]
    groups = ", ".join(f"{f.label} {_num(f.value)}{fn.fig(f)}" for f in b.deaths_by_group.values() if f.value)
    L.append(f"- Deaths by victim group: {groups or 'none reported'}")
    L.append(f"- Injured: {_num(b.injured.value)}{fn.fig(b.injured)}; abducted: {_num(b.abducted.value)}{fn.fig(b.abducted)}")
    le = b.lethality
    rose = {True: "rose", False: "did not rise", None: "cannot be compared"}[le.rose]
    L.append(f"- Lethality (deaths per attack): {_num(le.current)}{fn.ref(le.incident_ids)} vs {_num(le.previous)}"
             f"{fn.ref(le.previous_ids)} — lethality {rose}")
    for title, shares in (("Targets", b.targets), ("Tactics", b.tactics)):
        L += ["", f"## {title}", ""]
        L += [f"- {s.key.replace('_', ' ')}: {s.count} ({s.share:.0f} %){fn.ref(s.incident_ids)}" for s in shares] or ["- none"]
    L += ["", "## Hotspots", "", "Provinces:"]
    L += [f"{i}. {s.key}: {s.count} attack{'s' * (s.count != 1)} ({s.share:.0f} %){fn.ref(s.incident_ids)}" for i, s in enumerate(b.provinces, 1)] or ["- none"]
    L += ["", "Districts:"]
    L += [f"{i}. {s.key}: {s.count}{fn.ref(s.incident_ids)}" for i, s in enumerate(b.districts[:15], 1)] or ["- none"]
    m = b.merged_districts
    L += ["", f"Merged tribal districts (group): {m.count} attack{'s' * (m.count != 1)} ({m.share:.0f} %)"
          f"{fn.ref(m.incident_ids)}"]
    L += ["", "## Perpetrators", ""]
    L.append("- Claimed: " + (", ".join(f"{s.key} {s.count}{fn.ref(s.incident_ids)}" for s in b.claimed_by) or "none"))
    L.append("- Attributed: " + (", ".join(f"{s.key} {s.count}{fn.ref(s.incident_ids)}" for s in b.attributed_to) or "none"))
    L += ["", "## Security operations", "",
          f"- Operations: {_num(b.operations.value)}{fn.fig(b.operations)}; militants killed: "
          f"{_num(b.militants_killed.value)}{fn.fig(b.militants_killed)}; arrested: "
          f"{_num(b.militants_arrested.value)}{fn.fig(b.militants_arrested)}"]
    L += ["", "## Pakistan–Afghanistan", "", f"Cross-border clashes: {len(b.cross_border)}"]
    L += [f"- {i.date}: {i.summary}{fn.ref([i.incident_id])}" for i in b.cross_border]
    L.append(f"\nCrossings closed during the period: {len(b.closures)}")
    for c in b.closures:
        end = c.reopened_on.isoformat() if c.reopened_on else ("not reopened" if c.open_ended else "reopening not reported")
        dur = f"{c.days} days" if c.days is not None else "unknown length"
        if c.open_ended and c.days is not None:
            dur = f"at least {c.days} days"
        flags = f" ({'; '.join(c.flags)})" if c.flags else ""
        L.append(f"- {c.crossing}: closed {c.closed_on or 'unknown'} → {end}, {dur}{flags}{fn.ref(c.incident_ids)}")
    L.append(f"\nRefugee measures: {len(b.refugees)}")
    L += [f"- {i.date}: {i.summary}{fn.ref([i.incident_id])}" for i in b.refugees]
    L.append(f"\nDiplomatic events: {len(b.diplomacy)}")
    L += [f"- {i.date}: {i.summary}{fn.ref([i.incident_id])}" for i in b.diplomacy]
    L += ["", "## Multi-year trend", "", "| year | attacks | deaths |", "|---|---:|---:|"]
    L += [f"| {p.label} | {_num(p.attacks.value)}{fn.fig(p.attacks)} | {_num(p.deaths.value)}{fn.fig(p.deaths)} |"
          for p in b.yearly]
    yc = b.yearly_change
    if yc:
        L.append(f"\nAttacks, first to last complete year: {_num(yc.previous.value)} → {_num(yc.current.value)} "
                 f"({_pct(yc.pct)})" + (f" — ⚠ {yc.warning}" if yc.warning else ""))
    L += ["", "## Sources", "",
          f"{b.coverage.documents} documents cover this period"
          + (f"; datasets: {', '.join(b.coverage.datasets)}" if b.coverage.datasets else "") + "."]
    notes = fn.render()
    if notes:
        L += ["", notes]
    return "\n".join(L) + "\n"
