"""What people say (issue 27, item 5): a survey's comments in words. The top terms as
bars (promoters beside detractors) and in a table; a click on a bar or a row lists the
comments holding the term; terms picked in the table are pinned as a theme (a dialog
asks its name, the terms can be changed); the themes table shows each theme's share of
the comments and its score (NPS with its margin, CSAT or CES), and a click lists its
comments. Pinning and removing a theme are undo steps of the window (ui/surveys/
themes_undo.py).

The words are counted in a worker thread (models/surveys/themes.py; seconds for a
large survey the first time, cached after) with a progress bar and a Cancel button in
the view; the rest of the window stays usable. Built by the Surveys page as
ThemesView(session, parent): the window's undo stack is the parent's `undo_stack`."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import Cancelled, GuanjiaError
from models.storage.db import database
from models.surveys import theme_pins, themes
from ui import formatting, style
from ui.messages import error_message
from ui.retranslating import Retranslating
from ui.surveys.themes_chart import TermsChart
from ui.surveys.themes_undo import PinTheme, UnpinTheme
from ui.text import fill

CHART_TERMS = 12  # rows of the chart
TABLE_TERMS = 60  # rows of the terms table
TERM_ROLE = Qt.UserRole


class _Counting(QThread):
    """The survey's words counted off the GUI thread (its own connection, closed after)."""

    progressed = Signal(int)  # per mille

    def __init__(self, survey_id: int, cancel: threading.Event):
        super().__init__()
        self.survey_id = survey_id
        self.cancel = cancel
        self.result = None
        self.error: BaseException | None = None

    def run(self):
        try:
            counted = themes.count_words(
                self.survey_id, lambda f: self.progressed.emit(int(f * 1000)), self.cancel
            )
            counted.rows  # noqa: B018 (read here, not on the GUI thread at the first click)
            self.result = (counted, themes.theme_figures(self.survey_id))
        except BaseException as exc:  # handed to the GUI thread
            self.error = exc
        finally:
            if not database.is_closed():
                database.close()


class ThemeDialog(Retranslating, QDialog):
    """A theme's name and terms; OK checks them (the error is said, the dialog stays)."""

    def __init__(self, terms: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("theme_dialog")
        self.name = QLineEdit()
        self.name.setObjectName("theme_name")
        self.terms = QLineEdit(", ".join(terms))
        self.terms.setObjectName("theme_terms")
        self.error = style.set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.name_label, self.terms_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.terms_label, self.terms)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.value: tuple[str, list[str]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pin as theme"))
        self.name_label.setText(self.tr("Theme name:"))
        self.terms_label.setText(self.tr("Terms:"))
        self.name.setPlaceholderText(self.tr("e.g. 价格, 服务, 质量, 环境"))
        self.terms.setToolTip(self.tr("Separated by commas; a comment holding any of them "
                                      "belongs to the theme"))  # fmt: skip

    def _check(self) -> None:
        try:
            self.value = theme_pins.check(self.name.text(), self.terms.text())
        except GuanjiaError as exc:
            self.error.setText(error_message(exc))
            return
        self.accept()


class ThemesView(Retranslating, QWidget):
    """`set_survey(id)` (None: none) counts that survey's words and shows them."""

    changed = Signal()  # a theme pinned or removed (or undone)

    def __init__(self, session, parent=None, undo_stack=None):
        super().__init__(parent)
        self.setObjectName("ThemesView")
        self.session = session
        self.undo_stack = undo_stack if undo_stack is not None else getattr(
            parent, "undo_stack", None)  # fmt: skip
        self.survey_id: int | None = None
        self.counted: themes.Words | None = None
        self.figures: list[dict] = []
        self.kind = "nps"
        self.comment_rows: list[dict] = []
        self._worker: _Counting | None = None
        self._cancel: threading.Event | None = None
        self._pending: int | None = None
        self._want = False  # a count is wanted for self.survey_id

        self.status = style.set_role(QLabel(), "caption")
        self.status.setObjectName("themes_status")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setObjectName("themes_progress")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("themes_cancel")
        self.chart = TermsChart()
        self.terms_title = style.section_header()
        self.terms_table = self._table("terms_table", 5, QAbstractItemView.ExtendedSelection)
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("pin_theme")
        self.themes_title = style.section_header()
        self.themes_table = self._table("themes_table", 5, QAbstractItemView.SingleSelection)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_theme")
        self.comments_title = style.section_header()
        self.comments_title.setWordWrap(True)
        self.comments_table = self._table("comments_table", 4, QAbstractItemView.SingleSelection)
        self.comments_table.setWordWrap(True)

        busy = QHBoxLayout()
        busy.addWidget(self.status, 1)
        busy.addWidget(self.progress)
        busy.addWidget(self.cancel_button)
        terms_bar = QHBoxLayout()
        terms_bar.addWidget(self.terms_title, 1)
        terms_bar.addWidget(self.pin_button)
        themes_bar = QHBoxLayout()
        themes_bar.addWidget(self.themes_title, 1)
        themes_bar.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chart, 3)
        left_layout.addLayout(terms_bar)
        left_layout.addWidget(self.terms_table, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(themes_bar)
        right_layout.addWidget(self.themes_table, 1)
        right_layout.addWidget(self.comments_title)
        right_layout.addWidget(self.comments_table, 2)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 540])
        self._columns(self.terms_table, stretch=0)
        self._columns(self.themes_table, stretch=1)
        self._columns(self.comments_table, stretch=3)
        layout = QVBoxLayout(self)
        layout.addLayout(busy)
        layout.addWidget(self.splitter, 1)

        self.cancel_button.clicked.connect(self.cancel)
        self.chart.termPicked.connect(self.show_term)
        self.terms_table.itemSelectionChanged.connect(self._term_selected)
        self.themes_table.itemSelectionChanged.connect(self._theme_selected)
        self.pin_button.clicked.connect(lambda: self.pin())
        self.remove_button.clicked.connect(self.remove)
        self.retranslate()
        self._busy(False)
        self._show_nothing()

    @staticmethod
    def _table(name: str, columns: int, selection) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(selection)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(table)
        return table

    @staticmethod
    def _columns(table: QTableWidget, stretch: int) -> None:
        """Columns as wide as their contents; `stretch` takes the rest."""
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(table.columnCount()):
            mode = QHeaderView.Stretch if col == stretch else QHeaderView.ResizeToContents
            header.setSectionResizeMode(col, mode)

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.terms_title.setText(self.tr("What people say"))
        self.pin_button.setText(self.tr("Pin as theme…"))
        self.pin_button.setToolTip(self.tr("Make a theme of the terms selected in the table"))
        self.themes_title.setText(self.tr("Themes"))
        self.remove_button.setText(self.tr("Remove theme"))
        self.terms_table.setHorizontalHeaderLabels([
            self.tr("Term"), self.tr("Promoters"), self.tr("Passives"), self.tr("Detractors"),
            self.tr("Comments")])  # fmt: skip
        self.comments_table.setHorizontalHeaderLabels([
            self.tr("Answered"), self.tr("Score"), self.tr("Customer"), self.tr("Comment")])  # fmt: skip
        self._themes_header()
        if self.counted is not None:
            self._show_counts()
        elif not self._busy_now():
            self._show_nothing()

    def _themes_header(self) -> None:
        main = {"csat": self.tr("CSAT"), "ces": self.tr("CES")}.get(self.kind, self.tr("NPS"))
        self.themes_table.setHorizontalHeaderLabels([
            self.tr("Theme"), self.tr("Terms"), self.tr("Comments"), self.tr("Share"), main])  # fmt: skip

    # ------------------------------------------------------------ counting

    def set_survey(self, survey_id: int | None) -> None:
        """Show `survey_id`'s words (None: none); counted in the worker."""
        self.survey_id = survey_id
        self.counted = None
        self.comment_rows = []
        self._fill_comments("", [])
        if survey_id is None:
            self.cancel()
            self._show_nothing()
            return
        self.refresh()

    def refresh(self) -> None:
        """Count again (the cache answers at once when nothing changed); a hidden view
        (another tab of the Surveys page) counts when it is shown."""
        self._stale = not self.isVisible()
        if self.survey_id is None or self._stale:
            return
        if self._worker is not None:  # the running count is stopped; this one follows
            self._pending = self.survey_id
            if self._cancel is not None:
                self._cancel.set()
            return
        self._start(self.survey_id)

    def _start(self, survey_id: int) -> None:
        self._cancel = threading.Event()
        worker = _Counting(survey_id, self._cancel)
        worker.progressed.connect(self.progress.setValue)
        worker.finished.connect(self._done)
        self._worker = worker
        self.progress.setValue(0)
        self._busy(True)
        worker.start()

    def _done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.wait()
        self._busy(False)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            if pending == self.survey_id:
                self._start(pending)
                return
        if worker.survey_id != self.survey_id:
            return
        if isinstance(worker.error, Cancelled):
            self.chart.show_message(self.tr("Counting cancelled."))
            self.status.setText(self.tr("Counting cancelled: choose the survey again to count."))
            return
        if worker.error is not None:
            message = error_message(worker.error) if isinstance(worker.error, GuanjiaError) \
                else str(worker.error)  # fmt: skip
            self.chart.show_message(message)
            self.status.setText(message)
            return
        self.counted, self.figures = worker.result
        self.kind = self.counted.kind
        self._show_counts()

    def cancel(self) -> None:
        self._pending = None
        if self._cancel is not None:
            self._cancel.set()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def stop(self) -> None:
        """Cancel the count running and wait for it (the window's closeEvent, through
        the Surveys page: a worker must not outlive the view)."""
        self.cancel()
        self.wait()

    def wait(self) -> None:
        """Until the count running ends (tests; closing)."""
        while self._worker is not None:
            self._worker.wait()
            self._done()

    def _busy_now(self) -> bool:
        return self._worker is not None

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.pin_button.setEnabled(not busy and self.counted is not None)
        if busy:
            self.status.setText(self.tr("Counting the words of the comments…"))
            self.chart.show_message(self.tr("Counting…"))

    # ------------------------------------------------------------ showing

    def _show_nothing(self) -> None:
        self.chart.show_message(self.tr("Choose a survey to see what its comments say."))
        self.status.setText("")
        self.terms_table.setRowCount(0)
        self.themes_table.setRowCount(0)
        self.pin_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def _show_counts(self) -> None:
        counted = self.counted
        tops = themes.top_terms(counted, top=themes.TOP_MAX)
        shares = {c: {t["term"]: t for t in tops[c]["terms"]} for c in themes.CATEGORIES}
        total = {}
        for c in themes.CATEGORIES:
            for term, t in shares[c].items():
                total[term] = total.get(term, 0) + t["count"]
        if counted.comments == 0:
            self.chart.show_message(self.tr("No comments yet."))
        else:
            pro = [t["term"] for t in tops["promoters"]["terms"][: CHART_TERMS // 2]]
            det = [t["term"] for t in tops["detractors"]["terms"][: CHART_TERMS // 2]]
            chosen = sorted(dict.fromkeys(pro + det), key=lambda term: -total[term])
            self.chart.plot(chosen,
                            [shares["promoters"].get(t, {}).get("share", 0) for t in chosen],
                            [shares["detractors"].get(t, {}).get("share", 0) for t in chosen])  # fmt: skip
        sizes = [counted.sizes.get(c, 0) for c in themes.CATEGORIES]
        self.status.setText(fill(self.tr("%1 comments: %2 from promoters, %3 from passives, "
                                         "%4 from detractors%5"), counted.comments, *sizes,
                                 self.tr(" (counted before)") if counted.cached else ""))  # fmt: skip
        ordered = sorted(total, key=lambda term: (-total[term], term))[:TABLE_TERMS]
        self.terms_table.setRowCount(len(ordered))
        for row, term in enumerate(ordered):
            item = QTableWidgetItem(term)
            item.setData(TERM_ROLE, term)
            self.terms_table.setItem(row, 0, item)
            for col, c in enumerate(themes.CATEGORIES, start=1):
                share = shares[c].get(term, {}).get("share")
                self.terms_table.setItem(row, col, formatting.align_right(
                    QTableWidgetItem("" if share is None else f"{share:.1f}%")))  # fmt: skip
            self.terms_table.setItem(row, 4, formatting.number_item(total[term]))
        self._fill_themes()
        self.pin_button.setEnabled(True)

    def _fill_themes(self) -> None:
        self._themes_header()
        main = {"csat": "csat", "ces": "ces"}.get(self.kind, "nps")
        self.themes_table.setRowCount(len(self.figures))
        for row, theme in enumerate(self.figures):
            name = QTableWidgetItem(theme["name"])
            name.setData(TERM_ROLE, theme["id"])
            self.themes_table.setItem(row, 0, name)
            self.themes_table.setItem(row, 1, QTableWidgetItem("、".join(theme["terms"])))
            self.themes_table.setItem(row, 2, formatting.number_item(theme["comments"]))
            share = "" if theme["share"] is None else f"{theme['share']:.1f}%"
            self.themes_table.setItem(row, 3, formatting.align_right(QTableWidgetItem(share)))
            value = theme[main]
            text = "" if value is None else str(value)
            if value is not None and theme.get("margin") is not None:
                text += f" ±{theme['margin']}"
            if theme["few"] and value is not None:
                text += " *"
            item = formatting.align_right(QTableWidgetItem(text))
            if theme["few"]:
                item.setToolTip(self.tr("Fewer than 30 answers: the figure swings a lot"))
            self.themes_table.setItem(row, 4, item)
        self.remove_button.setEnabled(bool(self.themes_table.selectedItems()))

    # ------------------------------------------------------------ comments

    def show_term(self, term: str) -> None:
        """List the comments holding `term` (as counted)."""
        if self.counted is None:
            return
        rows = themes.comments_with_term(self.counted, term)
        self._fill_comments(fill(self.tr("Comments with “%1” (%2)"), term,
                                 len(self.counted.ids_with(term))), rows)  # fmt: skip

    def show_theme(self, theme_id: int) -> None:
        theme = next((t for t in self.figures if t["id"] == theme_id), None)
        if theme is None or self.survey_id is None:
            return
        try:
            rows = themes.comments_with_theme(self.survey_id, theme_id)
        except GuanjiaError as exc:
            self.status.setText(error_message(exc))
            return
        self._fill_comments(fill(self.tr("Comments of the theme %1 (%2)"), theme["name"],
                                 theme["comments"]), rows)  # fmt: skip

    def _fill_comments(self, title: str, rows: list[dict]) -> None:
        self.comment_rows = rows
        self.comments_title.setText(
            title or self.tr("Click a term or a theme to read its comments.")
        )
        self.comments_table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            self.comments_table.setItem(row, 0, QTableWidgetItem(r["answered_at"]))
            self.comments_table.setItem(row, 1, formatting.number_item(r["score"]))
            self.comments_table.setItem(
                row, 2, QTableWidgetItem(r["customer"] or self.tr("Anonymous"))
            )
            self.comments_table.setItem(row, 3, QTableWidgetItem(r["comment"]))
        self.comments_table.resizeRowsToContents()

    def _term_selected(self) -> None:
        items = [i for i in self.terms_table.selectedItems() if i.column() == 0]
        if len(items) == 1:
            self.show_term(items[0].data(TERM_ROLE))

    def _theme_selected(self) -> None:
        items = [i for i in self.themes_table.selectedItems() if i.column() == 0]
        self.remove_button.setEnabled(bool(items))
        if items:
            self.show_theme(items[0].data(TERM_ROLE))

    def selected_terms(self) -> list[str]:
        rows = sorted({i.row() for i in self.terms_table.selectedItems()})
        return [self.terms_table.item(r, 0).data(TERM_ROLE) for r in rows]

    # ------------------------------------------------------------ pinning

    def pin(self, name: str | None = None, terms: list[str] | str | None = None) -> int | None:
        """Pin a theme: with `name` and `terms` at once (tests, the CLI's way), else the
        dialog asks, its terms the ones selected. The new theme's id (None: not pinned)."""
        if self.survey_id is None:
            return None
        if name is None:
            dialog = ThemeDialog(self.selected_terms(), self)
            if dialog.exec() != QDialog.Accepted or dialog.value is None:
                return None
            name, terms = dialog.value
        try:
            new_id = theme_pins.add(self.survey_id, name, terms)
        except GuanjiaError as exc:
            self.status.setText(error_message(exc))
            return None
        snap = theme_pins.snapshot(theme_pins.get_theme(self.survey_id, new_id))
        if self.undo_stack is not None:
            self.undo_stack.push(PinTheme(snap, self._after_change, self._refused))
        self._after_change([])
        return new_id

    def remove(self) -> None:
        items = [i for i in self.themes_table.selectedItems() if i.column() == 0]
        if not items or self.survey_id is None:
            return
        try:
            snap = theme_pins.remove(self.survey_id, items[0].data(TERM_ROLE))
        except GuanjiaError as exc:
            self.status.setText(error_message(exc))
            return
        if self.undo_stack is not None:
            self.undo_stack.push(UnpinTheme(snap, self._after_change, self._refused))
        self._after_change([])

    def _after_change(self, _ids) -> None:
        self.changed.emit()
        self.refresh()

    def _refused(self, exc: GuanjiaError) -> None:
        self.status.setText(error_message(exc))
