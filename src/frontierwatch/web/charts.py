"""Geometry for server-rendered SVG charts (templates draw it; no JS, no CDN).

Values arrive already computed by the analytics package: these functions only place them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, value, link and box."""

    label: str
    value: float
    href: str | None
    x: float
    y: float
    w: float
    h: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    """A laid-out chart: bars plus axis ticks and the viewBox size."""

    width: int
    height: int
    bars: list[Bar]
    ticks: list[tuple[float, str]]
    title: str
    line: str = ""  # an optional polyline (points "x,y x,y")
    zero_y: float = 0.0


def hbars(items: list[tuple[str, float, str | None]], title: str, width: int = 460, bar_h: int = 18,
          label_w: int = 150) -> Chart:
    """Horizontal bars, longest first as given: (label, value, href)."""
    vmax = max((v for _, v, _ in items), default=0) or 1
    span = width - label_w - 50
    bars = [Bar(lbl, v, href, label_w, 4 + i * (bar_h + 6), max(1.0, span * v / vmax) if v else 0.0, bar_h)
            for i, (lbl, v, href) in enumerate(items)]
    return Chart(width, 8 + len(items) * (bar_h + 6), bars, [], title)


def columns(points: list[tuple[str, float, str | None]], title: str, width: int = 640, height: int = 200,
            line: list[float | None] | None = None) -> Chart:
    """Vertical columns (one per period) with y ticks; `line` overlays a second series."""
    left, bottom, top = 36, 28, 10
    vmax = max([v for _, v, _ in points] + [x for x in (line or []) if x is not None] + [0]) or 1
    n = max(len(points), 1)
    slot = (width - left - 8) / n
    plot_h = height - bottom - top
    bars = []
    for i, (lbl, v, href) in enumerate(points):
        h = plot_h * v / vmax if v else 0.0
        bars.append(Bar(lbl, v, href, left + i * slot + slot * 0.15, top + plot_h - h, slot * 0.7, h))
    step = _nice_step(vmax)
    ticks = []
    t = 0.0
    while t <= vmax + 1e-9:
        ticks.append((top + plot_h - plot_h * t / vmax, _fmt(t)))
        t += step
    poly = ""
    if line:
        pts = [f"{left + i * slot + slot / 2:.1f},{top + plot_h - plot_h * v / vmax:.1f}"
               for i, v in enumerate(line) if v is not None]
        poly = " ".join(pts)
    return Chart(width, height, bars, ticks, title, poly, top + plot_h)


def signed_columns(points: list[tuple[str, float, str | None]], title: str, width: int = 640,
                   height: int = 220) -> Chart:
    """Columns around a zero line, for an index that can be negative."""
    left, bottom, top = 40, 28, 10
    vmax = max([abs(v) for _, v, _ in points] + [0]) or 1
    n = max(len(points), 1)
    slot = (width - left - 8) / n
    plot_h = height - bottom - top
    zero = top + plot_h / 2
    bars = []
    for i, (lbl, v, href) in enumerate(points):
        h = (plot_h / 2) * abs(v) / vmax
        y = zero - h if v >= 0 else zero
        bars.append(Bar(lbl, v, href, left + i * slot + slot * 0.15, y, slot * 0.7, h,
                        "pos" if v >= 0 else "neg"))
    ticks = [(top, _fmt(vmax)), (zero, "0"), (top + plot_h, _fmt(-vmax))]
    return Chart(width, height, bars, ticks, title, "", zero)


def _nice_step(vmax: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000):
        if vmax / step <= 5:
            return float(step)
    return vmax / 5


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


def label_every(n: int, max_labels: int = 6) -> int:
    """Show every k-th x label so at most `max_labels` are drawn."""
    return max(1, -(-n // max_labels))


def as_points(series: list[dict[str, Any]], key: str, href) -> list[tuple[str, float, str | None]]:
    """(label, value, href) from a brief series ([{label, start, attacks: {value,...}, ...}])."""
    return [(p["label"], float((p.get(key) or {}).get("value") or 0), href(p)) for p in series]
