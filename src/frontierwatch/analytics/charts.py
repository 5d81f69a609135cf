"""Inline SVG charts (no scripts, no CDN): horizontal bars and columns for time series."""
from __future__ import annotations

from html import escape

BAR_COLOR = "#8c2d04"
COL_COLOR = "#2b6a99"


def bar_chart(items: list[tuple[str, float, str | None]], title: str, width: int = 520, bar_h: int = 18) -> str:
    """Horizontal bars: (label, value, link or None) each; an empty list gives a short note."""
    if not items:
        return f'<p class="nochart">{escape(title)}: no data</p>'
    label_w, pad = 170, 4
    vmax = max(v for _, v, _ in items) or 1
    h = len(items) * (bar_h + pad) + 24
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{h}" '
           f'viewBox="0 0 {width} {h}" aria-label="{escape(title)}"><title>{escape(title)}</title>',
           f'<text x="0" y="14" font-size="13" font-weight="bold">{escape(title)}</text>']
    for i, (label, v, href) in enumerate(items):
        y = 22 + i * (bar_h + pad)
        w = max(1.0, (width - label_w - 50) * v / vmax)
        bar = (f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{BAR_COLOR}">'
               f'<title>{escape(label)}: {v:g}</title></rect>')
        if href:
            bar = f'<a href="{escape(href)}">{bar}</a>'
        out.append(f'<text x="{label_w - 6}" y="{y + bar_h - 5}" font-size="12" text-anchor="end">{escape(label[:26])}</text>')
        out.append(bar)
        out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 5}" font-size="12">{v:g}</text>')
    out.append("</svg>")
    return "".join(out)


def column_chart(points: list[tuple[str, float]], title: str, width: int = 640, height: int = 180,
                 highlight: int | None = None) -> str:
    """Vertical columns for a time series; `highlight` is the index drawn darker (the period)."""
    if not points:
        return f'<p class="nochart">{escape(title)}: no data</p>'
    top, bottom, left = 22, 34, 34
    vmax = max(v for _, v in points) or 1
    n = len(points)
    slot = (width - left) / n
    plot_h = height - top - bottom
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}"><title>{escape(title)}</title>',
           f'<text x="0" y="14" font-size="13" font-weight="bold">{escape(title)}</text>',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{width}" y2="{top + plot_h}" stroke="#999"/>',
           f'<text x="{left - 4}" y="{top + 10}" font-size="10" text-anchor="end">{vmax:g}</text>']
    step = max(1, n // 8)
    for i, (label, v) in enumerate(points):
        h = plot_h * v / vmax
        x = left + i * slot + slot * 0.1
        color = "#12364f" if i == highlight else COL_COLOR
        out.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{slot * 0.8:.1f}" height="{h:.1f}" '
                   f'fill="{color}"><title>{escape(label)}: {v:g}</title></rect>')
        if i % step == 0 or i == n - 1:
            out.append(f'<text x="{x:.1f}" y="{height - 18}" font-size="10">{escape(label)}</text>')
    out.append("</svg>")
    return "".join(out)
