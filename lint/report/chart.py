"""The spin-score histogram: inline SVG drawn here, no chart library."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lint.report.markup import esc

DEFAULT_THRESHOLD = 6.0


@dataclass(frozen=True)
class Bin:
    low: float
    high: float | None  # None: open-ended (the overflow bin)
    count: int

    @property
    def label(self) -> str:
        return f"≥ {self.low:g}" if self.high is None else f"{self.low:g}–{self.high:g}"


def bins(scores: Sequence[float], threshold: float | None) -> list[Bin]:
    """Equal bins from 0, a third of the threshold wide, up to five thresholds; one bin for the rest.

    The threshold is always a bin edge, so bars never straddle the verdict line.
    """
    t = threshold if threshold and threshold > 0 else DEFAULT_THRESHOLD
    width = t / 3
    n = 15
    counts = [0] * (n + 1)
    for s in scores:
        k = math.floor(max(s, 0.0) / width + 1e-9)
        counts[min(k, n)] += 1
    out = [Bin(round(k * width, 6), round((k + 1) * width, 6), counts[k]) for k in range(n)]
    out.append(Bin(round(n * width, 6), None, counts[n]))
    return out


def spin_histogram(scores: Sequence[float], threshold: float | None, *, width: int = 640,
                   height: int = 220) -> str:
    """An SVG histogram of spin scores with the verdict threshold marked."""
    t = threshold if threshold and threshold > 0 else DEFAULT_THRESHOLD
    data = bins(scores, t)
    left, right, top, bottom = 40, 12, 28, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((b.count for b in data), default=0) or 1
    bar_w = plot_w / len(data)
    spun = sum(1 for s in scores if s >= t)
    title = "Spin scores across the batch"
    desc = (f"{len(scores)} file{'s' * (len(scores) != 1)} scored: {len(scores) - spun} below the spun threshold of "
            f"{t:g}, {spun} at or above it.")
    out = [f'<svg class="hist" viewBox="0 0 {width} {height}" role="img" aria-labelledby="hist-t hist-d" '
           f'preserveAspectRatio="xMinYMin meet">',
           f'<title id="hist-t">{esc(title)}</title><desc id="hist-d">{esc(desc)}</desc>']
    # y axis: gridlines at 0, half and the peak
    for value in sorted({0, peak // 2, peak} if peak > 1 else {0, peak}):
        y = top + plot_h - plot_h * value / peak
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    for k, b in enumerate(data):
        x = left + k * bar_w
        h = plot_h * b.count / peak
        cls = "bar over" if b.low >= t else "bar"
        tip = f"{b.count} file{'s' * (b.count != 1)} with spin score {b.label}"
        out.append(f'<g class="{cls}"><title>{esc(tip)}</title><rect x="{x + 1.5:.1f}" y="{top + plot_h - h:.1f}" '
                   f'width="{bar_w - 3:.1f}" height="{h:.1f}" rx="2"/>')
        if b.count:
            out.append(f'<text class="count" x="{x + bar_w / 2:.1f}" y="{top + plot_h - h - 5:.1f}" '
                       f'text-anchor="middle">{b.count}</text>')
        out.append("</g>")
        if b.high is None:
            out.append(f'<text class="tick" x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" '
                       f'text-anchor="middle">{esc(b.label)}</text>')
        elif abs(b.low / t - round(b.low / t)) < 1e-6:
            out.append(f'<text class="tick" x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{b.low:g}</text>')
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}"/>')
    tx = left + bar_w * 3  # the threshold is the fourth edge by construction
    out.append(f'<line class="threshold" x1="{tx:.1f}" x2="{tx:.1f}" y1="{top - 14}" y2="{top + plot_h}"/>')
    out.append(f'<text class="threshold-label" x="{tx + 5:.1f}" y="{top - 4}">spun at {t:g} and above →'
               "</text>")
    out.append(f'<text class="axis-title" x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle">'
               "spin score (weighted signals per 1,000 narration words)</text>")
    out.append("</svg>")
    return "\n".join(out)
