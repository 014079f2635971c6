"""The top terms of a survey's comments as horizontal bars, promoters beside detractors
(the share of each category's comments holding the term), drawn with matplotlib on a
backend_qtagg canvas in the theme's colours with a Chinese font (ui/dashboard/mpl.py).
A click on a bar (or on its term) says which term: `termPicked(term)`."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from ui import style
from ui.dashboard import mpl
from ui.restyling import Restyling
from ui.retranslating import Retranslating


class TermsChart(Retranslating, Restyling, QFrame):
    termPicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("themes_chart")
        mpl.configure()
        self.figure = Figure(figsize=(5, 3.5), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(260)
        self.canvas.mpl_connect("pick_event", self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.terms: list[str] = []
        self.promoters: list[float] = []
        self.detractors: list[float] = []
        self.message = ""
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def retranslate(self) -> None:
        self._draw()

    def restyle(self) -> None:
        self._draw()

    def plot(self, terms: list[str], promoters: list[float], detractors: list[float]) -> None:
        """One row per term (the first on top): its share of the promoters' and of the
        detractors' comments, in %."""
        self.terms, self.promoters, self.detractors = list(terms), list(promoters), list(detractors)
        self.message = ""
        self._draw()

    def show_message(self, text: str) -> None:
        self.terms, self.promoters, self.detractors = [], [], []
        self.message = text
        self._draw()

    def _draw(self) -> None:
        if not hasattr(self, "canvas"):
            return
        tokens = style.tokens()
        mpl.configure()
        mpl.apply_theme(tokens)
        self.figure.clear()
        self.figure.set_facecolor(tokens.panel)
        ax = self.figure.add_subplot()
        ax.set_facecolor(tokens.panel)
        if not self.terms:
            ax.axis("off")
            ax.text(0.5, 0.5, self.message, ha="center", va="center", color=tokens.text_muted,
                    fontsize=11, transform=ax.transAxes)  # fmt: skip
            self.canvas.draw_idle()
            return
        height = 0.4
        rows = range(len(self.terms))
        pro = ax.barh([r - height / 2 for r in rows], self.promoters, height,
                      color=tokens.success, label=self.tr("Promoters"))  # fmt: skip
        det = ax.barh([r + height / 2 for r in rows], self.detractors, height,
                      color=tokens.danger, label=self.tr("Detractors"))  # fmt: skip
        for index, bar in enumerate([*pro, *det]):
            bar.set_picker(True)
            bar.set_gid(str(index % len(self.terms)))
        ax.set_yticks(list(rows), self.terms)
        for label in ax.get_yticklabels():
            label.set_picker(True)
        ax.invert_yaxis()
        ax.set_xlabel(self.tr("% of the category's comments"))
        ax.tick_params(colors=tokens.text_muted, labelsize=9)
        ax.grid(axis="x", color=tokens.border, alpha=0.4)
        ax.set_axisbelow(True)
        for side, spine in ax.spines.items():
            spine.set_visible(side in ("left", "bottom"))
            spine.set_color(tokens.border)
        ax.legend(loc="lower right", frameon=False, fontsize=9, labelcolor=tokens.text)
        self.canvas.draw_idle()

    def _picked(self, event) -> None:
        artist = event.artist
        gid = artist.get_gid() if hasattr(artist, "get_gid") else None
        if gid is not None and gid.isdigit() and int(gid) < len(self.terms):
            self.termPicked.emit(self.terms[int(gid)])
        elif hasattr(artist, "get_text") and artist.get_text() in self.terms:
            self.termPicked.emit(artist.get_text())

    def click(self, index: int) -> None:
        """Act as if the user clicked row `index`'s bar (tests, keyboard)."""
        if 0 <= index < len(self.terms):
            self.termPicked.emit(self.terms[index])
