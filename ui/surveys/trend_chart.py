"""A survey score's monthly trend (issue 27): the score per month as a line, its 95%
margin of error as a shaded band around it, and reference bands with their labels (for
NPS the course's industry levels: 普通企业 5-10, 优秀企业 50-80). A ChartView
(ui/dashboard/chart.py): the same card, Save button and theme colours, drawn again when
the theme changes.

Import this module only once matplotlib is wanted (ui/dashboard/mpl.py)."""

from __future__ import annotations

from collections.abc import Callable

from ui import style
from ui.dashboard.chart import ChartView
from ui.surveys.score_labels import Reference


class TrendChart(ChartView):
    """`plot_trend(months, values, margins, references)`; `band` and `reference_labels`
    tell what was drawn (tests)."""

    def __init__(self, key: str, parent=None):
        super().__init__(key, parent)
        self._trend: tuple | None = None
        self.band: list[tuple[float, float]] = []
        self.reference_labels: list[str] = []

    def restyle(self) -> None:
        super().restyle()
        if getattr(self, "_trend", None) is not None:
            self.plot_trend(*self._trend[0], **self._trend[1])

    def plot_trend(self, months: list[str], values: list[float], margins: list[float] | None,
                   references: tuple[Reference, ...] = (), *, empty: str = "",
                   number: Callable[[float], str] = str,
                   limits: tuple[float, float] | None = None) -> None:  # fmt: skip
        """One point per month with answers; `margins` (the same length, or None: no
        band); `limits` the y range the scale allows (NPS -100..100)."""
        self._drawn = None  # ChartView.restyle must not draw a bar chart over it
        self._trend = ((list(months), list(values), None if margins is None else list(margins),
                        tuple(references)), {"empty": empty, "number": number,
                                             "limits": limits})  # fmt: skip
        self.labels, self.values, self.clickable = list(months), list(values), False
        self.message = "" if values else empty
        self.band, self.reference_labels = [], []
        ax, text, grid = self._axes()
        if not values:
            ax.axis("off")
            ax.text(0.5, 0.5, empty, ha="center", va="center", color=text, fontsize=11,
                    transform=ax.transAxes)  # fmt: skip
            self.canvas.draw_idle()
            return
        tokens = style.tokens()
        line_color = tokens.chart_series[0]
        xs = list(range(len(values)))
        lows, highs = list(values), list(values)
        if margins is not None:
            lows = [v - m for v, m in zip(values, margins, strict=True)]
            highs = [v + m for v, m in zip(values, margins, strict=True)]
            if limits is not None:
                lows = [max(limits[0], v) for v in lows]
                highs = [min(limits[1], v) for v in highs]
            self.band = list(zip(lows, highs, strict=True))
            if len(xs) == 1:  # one month: the band is an error bar
                ax.errorbar(xs, values, yerr=[[values[0] - lows[0]], [highs[0] - values[0]]],
                            color=line_color, capsize=6, alpha=0.5)  # fmt: skip
            else:
                ax.fill_between(xs, lows, highs, color=line_color, alpha=0.18, linewidth=0)
        ax.plot(xs, values, marker="o", color=line_color, linewidth=2, zorder=3)
        bottom, top = min(lows), max(highs)
        for ref in references:
            color = getattr(style, ref.color)
            ax.axhspan(ref.low, ref.high, color=color, alpha=0.14, linewidth=0, zorder=0)
            for edge in (ref.low, ref.high):
                ax.axhline(edge, color=color, linewidth=0.8, linestyle="--", alpha=0.7)
            ax.text(0.995, ref.high, ref.label, transform=ax.get_yaxis_transform(),
                    ha="right", va="bottom", fontsize=8, color=color)  # fmt: skip
            self.reference_labels.append(ref.label)
            bottom, top = min(bottom, ref.low), max(top, ref.high)
        pad = max((top - bottom) * 0.08, 2)
        bottom, top = bottom - pad, top + pad
        if limits is not None:
            bottom, top = max(bottom, limits[0]), min(top, limits[1])
        ax.set_ylim(bottom, top)
        rotate = len(months) > 6
        ax.set_xticks(xs, months, rotation=45 if rotate else 0, ha="right" if rotate else "center")
        ax.yaxis.set_major_formatter(lambda v, _pos: number(v))
        ax.grid(axis="y", color=grid, alpha=0.4)
        ax.set_axisbelow(True)
        self.canvas.draw_idle()
