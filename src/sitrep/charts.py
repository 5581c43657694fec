"""Small charts as geometry: bars and lines laid out in a box, drawn as SVG by a template macro.

The layout is computed here and the markup is written by Jinja2 (`web/templates/_charts.html`),
so every label (a speaker's name, a governorate) is escaped like any other text, and the same
charts serve the web pages and the self-contained report without a JavaScript chart library.

    chart = bar_chart([("2012-03", 4), ("2012-04", 9)])
    chart.bars[1].height > chart.bars[0].height
    True
"""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_MONTHS = 600
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    left: int
    bottom: int


@dataclass
class Point:
    x: float
    y: float
    label: str
    value: int


@dataclass
class Series:
    name: str
    color: str
    points: list[Point] = field(default_factory=list)

    @property
    def path(self) -> str:
        return " ".join(f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points))


@dataclass
class LineChart:
    width: int
    height: int
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    left: int
    bottom: int


def nice_max(value: float) -> int:
    """The round number at or above `value` an axis ends at.

    >>> nice_max(0), nice_max(7), nice_max(53), nice_max(128), nice_max(1400)
    (1, 8, 60, 150, 1500)
    """
    if value <= 0:
        return 1
    step = 10 ** max(0, len(str(int(value))) - 1)
    for m in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * step >= value:
            return int(m * step)
    return int(10 * step)


def _y_ticks(top: int, y0: float, plot_h: float) -> list[Tick]:
    fractions = (0, 0.5, 1) if top % 2 == 0 else (0, 1)   # whole numbers only
    return [Tick(y0 - plot_h * f, f"{int(top * f):,}") for f in fractions]


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last (YYYY-MM), so a timeline shows the quiet months too.

    >>> month_range("2016-11", "2017-02")
    ['2016-11', '2016-12', '2017-01', '2017-02']
    """
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def by_month(values: list[tuple[str, int]], months: list[str] | None = None) -> list[tuple[str, int]]:
    """(month, value) pairs over a continuous range of months, zero where a month has none."""
    have = dict(values)
    if months is None:
        months = month_range(min(have), max(have)) if have else []
        if len(months) > MAX_MONTHS:        # a misread year (1900) must not draw a century of bars
            months = sorted(have)
    return [(m, have.get(m, 0)) for m in months]


def _x_ticks(labels: list[str], pos: list[float], most: int = 8) -> list[Tick]:
    if not labels:
        return []
    step = max(1, -(-len(labels) // most))
    return [Tick(pos[i], labels[i]) for i in range(0, len(labels), step)]


def bar_chart(values: list[tuple[str, int]], width: int = 640, height: int = 160) -> BarChart:
    """Bars for (label, value) in order, e.g. events per month."""
    left, bottom, top_pad = 44, 22, 8
    plot_w, plot_h = width - left - 6, height - bottom - top_pad
    top = nice_max(max((v for _, v in values), default=0))
    n = max(1, len(values))
    slot = plot_w / n
    y0 = height - bottom
    bar_w = min(40.0, max(1.0, slot * 0.8))
    bars = [Bar(left + i * slot + (slot - bar_w) / 2, y0 - plot_h * v / top, bar_w, plot_h * v / top, lab, v)
            for i, (lab, v) in enumerate(values)]
    return BarChart(width, height, bars, _x_ticks([b.label for b in bars], [b.x for b in bars]),
                    _y_ticks(top, y0, plot_h), left, bottom)


def line_chart(series: dict[str, list[tuple[str, int]]], width: int = 640, height: int = 180) -> LineChart:
    """One line per named series over a shared, ordered x axis of labels (months, dates)."""
    left, bottom, top_pad = 44, 22, 8
    plot_w, plot_h = width - left - 30, height - bottom - top_pad
    xs = sorted({x for pts in series.values() for x, _ in pts})
    top = nice_max(max((v for pts in series.values() for _, v in pts), default=0))
    pos = {x: left + (plot_w * i / (len(xs) - 1) if len(xs) > 1 else plot_w / 2) for i, x in enumerate(xs)}
    y0 = height - bottom
    out = []
    for n, (name, pts) in enumerate(series.items()):
        s = Series(name, PALETTE[n % len(PALETTE)])
        s.points = [Point(pos[x], y0 - plot_h * v / top, x, v) for x, v in sorted(pts)]
        out.append(s)
    return LineChart(width, height, out, _x_ticks(xs, [pos[x] for x in xs]), _y_ticks(top, y0, plot_h), left, bottom)
