"""Brief -> one self-contained HTML page: inline CSS and SVG, figures linked to their incidents."""
from __future__ import annotations

from html import escape
from typing import Any

from .charts import bar_chart, column_chart
from .metrics import Figure

CSS = """body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em;color:#222}
.warn{background:#fff3cd;border-left:4px solid #c90;padding:.5em 1em}details.src{display:inline}
details.src summary{display:inline;cursor:pointer;color:#2b6a99;font-size:.8em}table{border-collapse:collapse}
td,th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:right}td:first-child,th:first-child{text-align:left}"""


def render_html(b: Any, link_format: str = "/incidents/{id}") -> str:
    """The whole brief as an HTML document."""
    def link(i: str) -> str:
        return f'<a href="{escape(link_format.format(id=i))}">{escape(i)}</a>'

    def src(ids: list[str], total: int | None = None) -> str:
        if not ids:
            return ""
        more = f" … ({total} in all)" if total and total > len(ids) else ""
        return (f' <details class="src"><summary>{total or len(ids)} incident(s)</summary>'
                + ", ".join(link(i) for i in ids) + more + "</details>")

    def fig(f: Figure) -> str:
        v = "n/a" if f.value is None else (f"{f.value:,}" if isinstance(f.value, int) else f"{f.value:g}")
        return f'<strong class="fig">{v}</strong>{src(f.incident_ids, f.n_incidents)}'

    def pct(c: Any) -> str:
        s = "n/a" if c.pct is None else f"{c.pct:+.1f} %"
        return s + (f' <span class="warn">⚠ {escape(c.warning)}</span>' if c.warning else "")

    def first_href(ids: list[str]) -> str | None:
        return link_format.format(id=ids[0]) if len(ids) == 1 else None

    H: list[str] = []
    title = f"Security brief: {b.period.label}" + (f" — {b.region}" if b.region else "")
    H.append(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
             f"<style>{CSS}</style></head><body><h1>{escape(title)}</h1>")
    H.append(f"<p>Previous period: {b.previous_period.start} to {b.previous_period.end}."
             + (f" Data as of {escape(b.as_of)}." if b.as_of else "") + "</p>")
    H += [f'<p class="warn">Warning: {escape(w)}</p>' for w in b.warnings]
    a, d = b.attacks, b.deaths
    H.append("<h2>Attacks</h2><ul>")
    H.append(f"<li>Militant attacks: {fig(a.current)} (previous {fig(a.previous)}; change {pct(a)})</li>")
    H.append(f"<li>Deaths in attacks: {fig(d.current)} (previous {fig(d.previous)}; change {pct(d)})</li>")
    for g in b.deaths_by_group.values():
        H.append(f"<li>{escape(g.label)}: {fig(g)}</li>")
    H.append(f"<li>Injured: {fig(b.injured)}; abducted: {fig(b.abducted)}</li>")
    le = b.lethality
    rose = {True: "rose", False: "did not rise", None: "cannot be compared"}[le.rose]
    H.append(f"<li>Lethality (deaths per attack): {le.current if le.current is not None else 'n/a'}"
             f"{src(le.incident_ids)} vs {le.previous if le.previous is not None else 'n/a'}{src(le.previous_ids)}"
             f" — {rose}</li></ul>")
    unit = "Weekly" if b.series_unit == "week" else "Monthly"
    hi = next((i for i, p in enumerate(b.series) if b.period.contains(p.start) or p.start == b.period.start), None)
    H.append(column_chart([(p.label, p.attacks.value or 0) for p in b.series], f"{unit} attacks", highlight=hi))
    H.append(column_chart([(p.label, p.deaths.value or 0) for p in b.series], f"{unit} deaths in attacks", highlight=hi))
    H.append("<h2>Targets and tactics</h2>")
    H.append(bar_chart([(s.key.replace("_", " "), s.count, first_href(s.incident_ids)) for s in b.targets], "Targets"))
    H.append(_share_list(b.targets, src))
    H.append(bar_chart([(s.key.replace("_", " "), s.count, first_href(s.incident_ids)) for s in b.tactics], "Tactics"))
    H.append(_share_list(b.tactics, src))
    H.append("<h2>Hotspots</h2>")
    H.append(bar_chart([(s.key, s.count, first_href(s.incident_ids)) for s in b.provinces], "Attacks by province"))
    H.append(bar_chart([(s.key, s.count, first_href(s.incident_ids)) for s in b.districts[:12]], "Attacks by district"))
    m = b.merged_districts
    H.append(f"<p>Merged tribal districts (group): <strong>{m.count}</strong> attacks ({m.share:.0f} %){src(m.incident_ids)}</p>")
    H.append("<h2>Perpetrators</h2>")
    H.append("<p>Claimed: " + (", ".join(f"{escape(s.key)} {s.count}{src(s.incident_ids)}" for s in b.claimed_by) or "none") + "</p>")
    H.append("<p>Attributed: " + (", ".join(f"{escape(s.key)} {s.count}{src(s.incident_ids)}" for s in b.attributed_to) or "none") + "</p>")
    H.append(f"<h2>Security operations</h2><p>Operations {fig(b.operations)}; militants killed {fig(b.militants_killed)};"
             f" arrested {fig(b.militants_arrested)}</p>")
    H.append("<h2>Pakistan–Afghanistan</h2>")
    for title2, items in (("Cross-border clashes", b.cross_border), ("Refugee measures", b.refugees),
                          ("Diplomatic events", b.diplomacy)):
        H.append(f"<h3>{title2}: {len(items)}</h3><ul>")
        H += [f"<li>{escape(i.date or '')}: {escape(i.summary)} ({link(i.incident_id)})</li>" for i in items]
        H.append("</ul>")
    H.append(f"<h3>Crossings closed during the period: {len(b.closures)}</h3><ul>")
    for c in b.closures:
        dur = "unknown length" if c.days is None else (f"at least {c.days} days" if c.open_ended else f"{c.days} days")
        flags = f" <em>({escape('; '.join(c.flags))})</em>" if c.flags else ""
        H.append(f"<li>{escape(c.crossing)}: closed {c.closed_on or 'unknown'} → "
                 f"{c.reopened_on or ('not reopened' if c.open_ended else 'reopening not reported')}, {dur}{flags}"
                 f"{src(c.incident_ids)}</li>")
    H.append("</ul><h2>Multi-year trend</h2>")
    H.append(column_chart([(p.label, p.attacks.value or 0) for p in b.yearly], "Attacks per year"))
    H.append("<table><tr><th>year</th><th>attacks</th><th>deaths</th></tr>")
    H += [f"<tr><td>{p.label}</td><td>{fig(p.attacks)}</td><td>{fig(p.deaths)}</td></tr>" for p in b.yearly]
    H.append("</table>")
    if b.yearly_change:
        yc = b.yearly_change
        H.append(f"<p>Attacks, first to last complete year: {yc.previous.value} → {yc.current.value} ({pct(yc)})</p>")
    H.append(f"<h2>Sources</h2><p>{b.coverage.documents} documents cover this period"
             + (f"; datasets: {escape(', '.join(b.coverage.datasets))}" if b.coverage.datasets else "") + ".</p>")
    H.append("</body></html>")
    return "\n".join(H)


def _share_list(shares: list[Any], src: Any) -> str:
    if not shares:
        return ""
    return "<ul>" + "".join(f"<li>{escape(s.key.replace('_', ' '))}: {s.count} ({s.share:.0f} %){src(s.incident_ids)}</li>"
                            for s in shares) + "</ul>"
