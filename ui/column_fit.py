"""Columns that fit their view: a table's visible columns share the view's width in
proportion to their natural widths, each kept at least as wide as its title (and any
minimum given), so a list needs no horizontal scroll at 1366x768 unless the user asks
for more columns than fit. Once the user drags a column's edge, the widths are theirs
and fitting stops for that view.

    fit_columns(table, {"mobile": 100}, keys=lambda section: COLUMNS[section])

Each column is kept as wide as what its visible rows show (up to its natural width)
while that fits; when not, the `give_way` columns (long free text) go down to their
titles first, then every column may (its cells elided, with their tooltips).
A minimum may be a function (called at each fit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QStyle

from ui import style


def title_width(header: QHeaderView, section: int) -> int:
    """What a section's title needs: its text (bold: the sorted section may be), the
    header's margins and the sort arrow."""
    text = (
        header.model().headerData(section, Qt.Horizontal, Qt.DisplayRole) if header.model() else ""
    )
    font = header.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    lines = str(text or "").split("\n")
    qt_style = header.style()
    margin = 2 * max(qt_style.pixelMetric(QStyle.PM_HeaderMargin, None, header),
                     style.HEADER_PADDING[1]) + 1  # the style sheet's padding, the rule  # fmt: skip
    arrow = qt_style.pixelMetric(QStyle.PM_HeaderMarkSize, None, header) + margin // 2
    if not header.isSortIndicatorShown() or header.sortIndicatorSection() != section:
        arrow = 0  # the arrow is drawn, and takes room, in the sorted section only
    return max(metrics.horizontalAdvance(line) for line in lines) + margin + arrow + 2


def fitted_widths(natural: list[int], least: list[int], room: int) -> list[int]:
    """Widths for sections of `natural` widths in `room` pixels: shrunk in proportion to
    what each can give up (never below `least`) when too wide; when narrower, the
    natural widths (the last section stretches, if the view says so)."""
    natural = [max(n, m) for n, m in zip(natural, least, strict=True)]
    total = sum(natural)
    if total <= room:
        return natural
    spare = sum(n - m for n, m in zip(natural, least, strict=True))
    over = total - room
    if spare <= 0 or over >= spare:
        return least  # even the least is too wide: the view scrolls
    return [n - int((n - m) * over / spare + 0.999) for n, m in zip(natural, least, strict=True)]


class ColumnFitter(QObject):
    """Keeps a view's columns fitted to its width (see the module's note)."""

    def __init__(
        self,
        view: QAbstractItemView,
        minimums: dict[str, int] | None = None,
        keys: Callable[[int], str] | None = None,
        natural: Callable[[int], int] | None = None,
        give_way: tuple[str, ...] = (),
    ):
        super().__init__(view)
        self.give_way = give_way
        self.view = view
        self.header = view.horizontalHeader()
        self.minimums = minimums or {}
        self.keys = keys or str
        self.natural_of = natural
        self.active = True
        self._fitting = False
        self._natural: dict[int, int] = {}
        # What the visible rows show, not the first thousand (Qt's default): a fit runs
        # on every resize and reads every cell it measures.
        self.header.setResizeContentsPrecision(0)
        view.viewport().installEventFilter(self)
        self.header.sectionResized.connect(self._resized)
        self.header.sectionCountChanged.connect(lambda *_a: self.fit())
        self.header.sortIndicatorChanged.connect(lambda *_a: self.fit())  # the arrow's room
        self._soon = QTimer(self, singleShot=True, interval=0)  # rows arrived: refit once
        self._soon.timeout.connect(self.fit)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self._soon.start)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched is self.view.viewport():
            self.fit()
        return False

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if QApplication.mouseButtons() & Qt.LeftButton:
            self.active = False  # the user drags an edge: their widths from now on
        elif not (
            self.header.stretchLastSection()
            and self.header.visualIndex(section) == self._last_visible()
        ):
            self._natural[section] = new  # set by the program: its natural width

    def _last_visible(self) -> int:
        for visual in range(self.header.count() - 1, -1, -1):
            if not self.header.isSectionHidden(self.header.logicalIndex(visual)):
                return visual
        return -1

    def natural(self, section: int) -> int:
        if self.natural_of is not None:
            return self.natural_of(section)
        return self._natural.setdefault(section, self.header.sectionSize(section))

    def fit(self) -> None:
        """Fit the visible columns to the viewport's width now (while active)."""
        if not self.active or self._fitting or self.header.count() == 0:
            return
        if not self.view.isVisible():  # it fits when shown (the viewport's resize): a
            return  # hidden view would measure every row of its model, at a width not laid out
        room = self.view.viewport().width()
        if room <= 50:
            return
        sections = [
            self.header.logicalIndex(v)
            for v in range(self.header.count())
            if not self.header.isSectionHidden(self.header.logicalIndex(v))
        ]
        if not sections:
            return
        natural = [self.natural(s) for s in sections]
        least = [
            max(title_width(self.header, s), _value(self.minimums.get(self.keys(s), 0)))
            for s in sections
        ]
        # First each column at least as wide as what it shows (up to its natural width);
        # if that cannot be, only its title and minimum, the contents elided.
        shown = [
            max(m, min(self.view.sizeHintForColumn(s), n))
            for s, m, n in zip(sections, least, natural, strict=True)
        ]
        if sum(shown) > room - 1:  # the columns that give way first show their title only
            shown = [
                m if self.keys(sec) in self.give_way else w
                for sec, m, w in zip(sections, least, shown, strict=True)
            ]
        if sum(shown) <= room - 1:
            widths = fitted_widths(natural, shown, room - 1)
        else:  # each gives up in proportion to what it shows beyond its title
            widths = fitted_widths(shown, least, room - 1)
        self._fitting = True
        try:
            for section, width in zip(sections, widths, strict=True):
                if self.header.sectionSize(section) != width:
                    self.header.resizeSection(section, width)
        finally:
            self._fitting = False


def _value(minimum) -> int:
    return int(minimum() if callable(minimum) else minimum)


def fit_columns(view, minimums=None, keys=None, natural=None, give_way=()) -> ColumnFitter:
    """Attach a ColumnFitter to `view` and fit it now."""
    fitter = ColumnFitter(view, minimums, keys, natural, give_way)
    fitter.fit()
    return fitter
