"""One dashboard chart: a matplotlib Figure on a backend_qtagg canvas, with a title, a
Save button (PNG or PDF) and clicks on a bar, slice or point reported as its index.

Import this module only once matplotlib is wanted (ui/dashboard/mpl.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
)

from ui import file_dialogs, icons, style
from ui.dashboard import mpl
from ui.restyling import Restyling
from ui.text import fill


class ChartView(Restyling, QFrame):
    """Drawn in the theme's chart colours (ui.style tokens, through ui/dashboard/mpl.py);
    drawn again with the same figures when the theme changes."""

    picked = Signal(int)  # the index of the bar, slice or point clicked

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        style.set_role(self, "card")
        self.title = style.section_header()
        self.save_button = QToolButton()
        self.save_button.setAutoRaise(True)
        self.save_button.setPopupMode(QToolButton.InstantPopup)
        self.save_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.save_menu = QMenu(self)
        self.act_png = self.save_menu.addAction("")
        self.act_pdf = self.save_menu.addAction("")
        self.act_png.triggered.connect(lambda: self.save_as("png"))
        self.act_pdf.triggered.connect(lambda: self.save_as("pdf"))
        self.save_button.setMenu(self.save_menu)
        self.figure = Figure(figsize=(5, 3), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(240)
        self.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.canvas, 1)
        self.clickable = False
        self.labels: list[str] = []
        self.values: list[float] = []
        self.message = ""  # the text drawn instead of a chart ("" while a chart shows)
        self._drawn: tuple | None = None  # plot()'s arguments, to draw again in a new theme
        self.retranslate()
        self.restyle()

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this chart as a picture or a PDF"))
        self.act_png.setText(self.tr("As PNG picture…"))
        self.act_pdf.setText(self.tr("As PDF…"))

    # ------------------------------------------------------------ drawing

    def _colours(self) -> tuple[str, str, str]:
        """Background, text and grid: the card's panel, muted text, the hairline."""
        t = style.tokens()
        return t.panel, t.text_muted, t.border

    def restyle(self) -> None:
        self.save_button.setIcon(icons.icon("save_chart"))
        if self._drawn is not None:
            kind, labels, values, kwargs = self._drawn
            self.plot(kind, labels, values, **kwargs)

    def _axes(self):
        background, text, grid = self._colours()
        mpl.apply_theme(style.tokens())
        self.figure.clear()
        self.figure.set_facecolor(background)
        ax = self.figure.add_subplot()
        ax.set_facecolor(background)
        ax.tick_params(colors=text, labelsize=9)
        for side, spine in ax.spines.items():
            spine.set_visible(side in ("left", "bottom"))
            spine.set_color(grid)
        return ax, text, grid

    def plot(
        self,
        kind: str,
        labels: list[str],
        values: list[float],
        *,
        number: Callable[[float], str] = str,
        clickable: bool = True,
        empty: str = "",
    ) -> None:
        """kind: "bar", "barh" (largest on top), "pie" or "line"."""
        self._drawn = (kind, list(labels), list(values),
                       {"number": number, "clickable": clickable, "empty": empty})  # fmt: skip
        series = style.tokens().chart_series
        self.labels, self.values, self.clickable = list(labels), list(values), clickable
        self.message = "" if any(values) else empty
        ax, text, grid = self._axes()
        if not any(values):
            ax.axis("off")
            ax.text(0.5, 0.5, empty, ha="center", va="center", color=text, fontsize=11,
                    transform=ax.transAxes)  # fmt: skip
            self.canvas.draw_idle()
            return
        formatter = FuncFormatter(lambda v, _pos: number(v))
        if kind == "pie":
            wedges, _texts = ax.pie(
                values, labels=None, colors=series[: len(values)] * 3, startangle=90,
                counterclock=False, wedgeprops={"linewidth": 1, "edgecolor": self._colours()[0]},
            )  # fmt: skip
            for index, wedge in enumerate(wedges):
                wedge.set_picker(True)
                wedge.set_gid(str(index))
            total = sum(values) or 1
            ax.legend(wedges, [f"{lab}  {number(v)} ({v / total:.0%})"
                               for lab, v in zip(labels, values, strict=True)],
                      loc="center left", bbox_to_anchor=(1, 0.5), frameon=False,
                      labelcolor=text, fontsize=9)  # fmt: skip
            ax.set_aspect("equal")
        elif kind == "line":
            positions = range(len(values))
            (line,) = ax.plot(positions, values, marker="o", color=series[0], picker=6)
            ax.set_xticks(list(positions), labels, rotation=45, ha="right")
            ax.yaxis.set_major_formatter(formatter)
            ax.grid(axis="y", color=grid, alpha=0.4)
            ax.set_ylim(bottom=0)
        else:
            horizontal = kind == "barh"
            positions = range(len(values))
            draw = ax.barh if horizontal else ax.bar
            bars = draw(positions, values, color=series[0])
            for index, bar in enumerate(bars):
                bar.set_picker(True)
                bar.set_gid(str(index))
            if horizontal:
                ax.set_yticks(list(positions), labels)
                ax.invert_yaxis()
                ax.xaxis.set_major_formatter(formatter)
            else:
                ax.set_xticks(list(positions), labels, rotation=45 if len(labels) > 6 else 0,
                              ha="right" if len(labels) > 6 else "center")  # fmt: skip
                ax.yaxis.set_major_formatter(formatter)
            ax.grid(axis="x" if horizontal else "y", color=grid, alpha=0.4)
            ax.set_axisbelow(True)
            ax.bar_label(bars, labels=[number(v) if v else "" for v in values], color=text,
                         fontsize=8, padding=2)  # fmt: skip
        self.canvas.draw_idle()

    def show_message(self, text: str) -> None:
        """A text instead of a chart (while its numbers are computed)."""
        self.plot("bar", [], [], empty=text, clickable=False)

    # ------------------------------------------------------------ clicks

    def _picked(self, event) -> None:
        if not self.clickable:
            return
        artist = event.artist
        if artist.get_gid() is not None:
            self.picked.emit(int(artist.get_gid()))
        elif getattr(event, "ind", None) is not None and len(event.ind):
            self.picked.emit(int(event.ind[0]))

    def _hover(self, event) -> None:
        over = False
        if self.clickable and event.inaxes is not None:
            for artist in event.inaxes.patches:
                if artist.get_gid() is not None and artist.contains(event)[0]:
                    over = True
                    break
        self.canvas.setCursor(Qt.PointingHandCursor if over else Qt.ArrowCursor)

    def click(self, index: int) -> None:
        """Act as if the user clicked item `index` (tests, keyboard)."""
        if self.clickable and 0 <= index < len(self.values):
            self.picked.emit(index)

    # ------------------------------------------------------------ saving

    def save(self, path: str | Path) -> None:
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("png", "pdf"):
            raise ValueError(f"{path.name}: save as .png or .pdf")
        self.figure.savefig(path, format=fmt, dpi=150, facecolor=self.figure.get_facecolor())

    def save_as(self, fmt: str) -> None:
        name = self.title.text().replace("/", "-") or self.key
        pattern = self.tr("PNG picture (*.png)") if fmt == "png" else self.tr("PDF (*.pdf)")
        path, _ = file_dialogs.get_save_file_name(
            "chart", self, self.tr("Save chart"), f"{name}.{fmt}", pattern
        )
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.save(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save chart"),
                                fill(self.tr("The chart could not be saved: %1"), str(exc)))  # fmt: skip
