"""Charts as static inline SVG, drawn on the server: the pages keep their no-script policy.

Time charts use a continuous axis: every period between the first and the last is drawn, empty ones
as zero, so gaps read as gaps. All labels go through ``esc``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from rasd.web.render import esc

PALETTE = ("#2f6f9f", "#c0504d", "#3c8d4f", "#c98a12", "#7a5aa6", "#4a9bb0", "#8c6d46", "#d16ba5")
TYPE_COLOURS = {"phone_call": "#2f6f9f", "video_call": "#4a9bb0", "meeting": "#c0504d", "visit": "#3c8d4f"}
MAX_TICKS = 12


def _figure(title: str, svg: str) -> str:
    return f"<figure><figcaption>{esc(title)}</figcaption>{svg}</figure>"


def _empty(title: str) -> str:
    return _figure(title, "<p class='empty muted'>No data yet.</p>")


def period_label(day: dt.date, unit: str) -> str:
    return day.strftime("%Y-%m") if unit == "month" else day.isoformat()


def _tick_every(n: int) -> int:
    return max(1, -(-n // MAX_TICKS))


def _x_axis(labels: Sequence[str], x0: float, step: float, y: float) -> str:
    every = _tick_every(len(labels))
    return "".join(
        f"<line x1='{x0 + i * step:.1f}' x2='{x0 + i * step:.1f}' y1='{y}' y2='{y + 4}' stroke='#8893a0'/>"
        f"<text x='{x0 + i * step:.1f}' y='{y + 16}' text-anchor='middle'>{esc(label)}</text>"
        for i, label in enumerate(labels)
        if i % every == 0
    )


def time_bars(points: Sequence[tuple[dt.date, int]], unit: str, title: str, width: int = 960) -> str:
    """Count per period as bars on a continuous axis (periods with no calls drawn as empty)."""
    if not points:
        return _empty(title)
    height, left, top, bottom = 190, 40, 10, 30
    plot_w, plot_h = width - left - 10, height - top - bottom
    peak = max(n for _, n in points) or 1
    step = plot_w / len(points)
    bars = []
    for i, (day, n) in enumerate(points):
        h = plot_h * n / peak
        bars.append(
            f"<rect x='{left + i * step + step * 0.1:.1f}' y='{top + plot_h - h:.1f}' width='{max(step * 0.8, 0.8):.1f}' "
            f"height='{h:.1f}' fill='#2f6f9f'><title>{esc(period_label(day, unit))}: {n}</title></rect>"
        )
    axis = _x_axis([period_label(d, unit) for d, _ in points], left + step / 2, step, top + plot_h)
    svg = (
        f"<svg role='img' aria-label='{esc(title)}' width='{width}' height='{height}' class='chart time-bars' "
        f"data-periods='{len(points)}' data-unit='{esc(unit)}'>"
        f"<line x1='{left}' x2='{width - 10}' y1='{top + plot_h}' y2='{top + plot_h}' stroke='#8893a0'/>"
        f"<text x='{left - 6}' y='{top + 10}' text-anchor='end'>{peak}</text>"
        f"<text x='{left - 6}' y='{top + plot_h}' text-anchor='end'>0</text>{''.join(bars)}{axis}</svg>"
    )
    return _figure(f"{title} (per {unit}, {len(points)} {unit}s)", svg)


def lines(
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    title: str,
    percent: bool = False,
    width: int = 960,
) -> str:
    """Several series over the same axis (periods or runs); None leaves a gap; a legend below."""
    if not labels or not series:
        return _empty(title)
    height, left, top, bottom = 200, 46, 10, 30
    plot_w, plot_h = width - left - 10, height - top - bottom
    values = [v for s in series.values() for v in s if v is not None]
    peak = (1.0 if percent else max(values, default=0)) or 1
    step = plot_w / max(1, len(labels) - 1) if len(labels) > 1 else 0
    x0 = left + (0 if len(labels) > 1 else plot_w / 2)
    parts = []
    legend = []
    for k, (name, values_) in enumerate(series.items()):
        colour = PALETTE[k % len(PALETTE)]
        points = [(x0 + i * step, top + plot_h - plot_h * v / peak, v) for i, v in enumerate(values_) if v is not None]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
        parts.append(f"<polyline points='{path}' fill='none' stroke='{colour}' stroke-width='1.6'/>")
        parts.extend(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='2.6' fill='{colour}'><title>{esc(name)}: "
            f"{f'{v:.0%}' if percent else f'{v:g}'}</title></circle>"
            for x, y, v in points
        )
        legend.append(f"<span class='tag' style='border-left:10px solid {colour}'>{esc(name)}</span>")
    top_label = "100%" if percent else f"{peak:g}"
    svg = (
        f"<svg role='img' aria-label='{esc(title)}' width='{width}' height='{height}' class='chart lines'>"
        f"<line x1='{left}' x2='{width - 10}' y1='{top + plot_h}' y2='{top + plot_h}' stroke='#8893a0'/>"
        f"<text x='{left - 6}' y='{top + 10}' text-anchor='end'>{top_label}</text>"
        f"<text x='{left - 6}' y='{top + plot_h}' text-anchor='end'>0</text>{''.join(parts)}"
        f"{_x_axis(labels, x0, step, top + plot_h)}</svg>"
    )
    return _figure(title, svg + f"<div>{''.join(legend)}</div>")


def timeline(events: Sequence[tuple[dt.date, str, str]], title: str, width: int = 960) -> str:
    """Dots on a continuous time axis, one per (date, label, type), coloured by type; one lane per type."""
    dated = [e for e in events if e[0] is not None]
    if not dated:
        return _empty(title)
    types = sorted({t for _, _, t in dated})
    first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    first, last = dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)
    left, lane, top = 90, 26, 8
    height = top + lane * len(types) + 28
    plot_w = width - left - 10
    span = (last - first).days or 1

    def x(day: dt.date) -> float:
        return left + plot_w * (day - first).days / span

    parts = [
        f"<text x='{left - 6}' y='{top + lane * i + 17}' text-anchor='end'>{esc(t)}</text>" for i, t in enumerate(types)
    ]
    for day, label, kind in dated:
        y = top + lane * types.index(kind) + 13
        colour = TYPE_COLOURS.get(kind, "#7a5aa6")
        parts.append(
            f"<circle cx='{x(day):.1f}' cy='{y}' r='5' fill='{colour}' fill-opacity='.75'>"
            f"<title>{esc(day.isoformat())}: {esc(label)}</title></circle>"
        )
    axis_y = top + lane * len(types)
    years = range(first.year, last.year + 1)
    every = _tick_every(len(years))
    ticks = "".join(
        f"<line x1='{x(dt.date(yr, 1, 1)):.1f}' x2='{x(dt.date(yr, 1, 1)):.1f}' y1='{top}' y2='{axis_y + 4}' "
        f"stroke='#d6dde5'/><text x='{x(dt.date(yr, 1, 1)):.1f}' y='{axis_y + 17}' text-anchor='middle'>{yr}</text>"
        for i, yr in enumerate(years)
        if i % every == 0
    )
    svg = (
        f"<svg role='img' aria-label='{esc(title)}' width='{width}' height='{height}' class='chart timeline'>"
        f"{ticks}<line x1='{left}' x2='{width - 10}' y1='{axis_y}' y2='{axis_y}' stroke='#8893a0'/>{''.join(parts)}</svg>"
    )
    return _figure(title, svg)


def hbars(rows: Sequence[tuple[str, float]], title: str, width: int = 760) -> str:
    """Horizontal bars with their labels (counts per stage, per reason)."""
    if not rows:
        return _empty(title)
    peak = max(v for _, v in rows) or 1
    bar_h, label_w = 22, 330
    parts = []
    for i, (label, value) in enumerate(rows):
        y = i * bar_h + 4
        w = (width - label_w - 60) * value / peak
        short = label if len(label) <= 48 else label[:47] + "…"
        parts.append(
            f"<text x='{label_w - 8}' y='{y + 15}' text-anchor='end'><title>{esc(label)}</title>{esc(short)}</text>"
            f"<rect x='{label_w}' y='{y}' width='{w:.1f}' height='{bar_h - 6}' fill='#2f6f9f'/>"
            f"<text x='{label_w + w + 6:.1f}' y='{y + 15}'>{value:g}</text>"
        )
    svg = f"<svg role='img' aria-label='{esc(title)}' width='{width}' height='{bar_h * len(rows) + 8}'>{''.join(parts)}</svg>"
    return _figure(title, svg)
