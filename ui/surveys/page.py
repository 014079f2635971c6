"""The 客户之声 Surveys page (issue 27): the surveys (name, type, period, target group,
answers, the current NPS/CSAT/CES with its answers) above the selected one's tabs:
Answers (ui/surveys/answers_view.py) and Targets (targets_view.py); "Scores" and "What
people say" are added to the same tabs (see `_other_tabs`). New / Edit / Archive /
Delete a survey, each one undo step (ui.surveys.undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.communities import communities
from models.errors import GuanjiaError
from models.surveys import questions, scores, surveys, targets
from models.tags import saved_views
from ui import formatting, icons, messages, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.surveys import words
from ui.surveys.answers_view import AnswersView
from ui.surveys.dialogs import SurveyDialog
from ui.surveys.results_view import ResultsView
from ui.surveys.scores_view import ScoresView
from ui.surveys.targets_view import TargetsView
from ui.surveys.themes_view import ThemesView
from ui.surveys.undo import survey_step
from ui.text import fill

ID_ROLE = Qt.UserRole


class SurveysPage(Restyling, Retranslating, QWidget):
    """`dataChanged` after every write; `importRequested(survey id)` asks the window for
    the import wizard into that survey. `session` (the window's DatabaseSession, or
    None) is handed to the tabs that want it."""

    dataChanged = Signal()
    importRequested = Signal(int)

    def __init__(self, undo_stack, session=None, parent=None):
        super().__init__(parent)
        self.setObjectName("SurveysPage")
        self.undo_stack = undo_stack
        self.session = session
        self.rows: list[dict] = []
        self._stale = True
        self.title = style.section_header()
        self.btn_new = QPushButton()
        self.btn_new.setObjectName("new_survey")
        self.btn_edit = QPushButton()
        self.btn_edit.setObjectName("edit_survey")
        self.btn_archive = QPushButton()
        self.btn_archive.setObjectName("archive_survey")
        self.btn_delete = QPushButton()
        self.btn_delete.setObjectName("delete_survey")
        self.show_archived = QCheckBox()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("surveys_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        formatting.comfortable_rows(self.table)
        self.survey_title = QLabel()
        self.survey_title.setObjectName("survey_title")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("survey_tabs")
        self.answers_view = AnswersView(undo_stack)
        self.targets_view = TargetsView()
        self.tabs.addTab(self.answers_view, "")
        self.tabs.addTab(self.targets_view, "")
        self._other_tabs()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for w in (self.show_archived, self.btn_new, self.btn_edit, self.btn_archive,
                  self.btn_delete):  # fmt: skip
            bar.addWidget(w)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(self.survey_title)
        bottom_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.btn_new.clicked.connect(lambda: self.new_survey())
        self.btn_edit.clicked.connect(lambda: self.edit_survey())
        self.btn_archive.clicked.connect(self.archive_survey)
        self.btn_delete.clicked.connect(self.delete_survey)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.answers_view.changed.connect(self._answers_changed)
        self.answers_view.importRequested.connect(self.importRequested)
        self.retranslate()
        self.restyle()
        self.refresh()

    def restyle(self) -> None:
        """The buttons' icons, in the current palette's colours."""
        self.btn_new.setIcon(icons.icon("add"))
        self.btn_edit.setIcon(icons.icon("edit"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _other_tabs(self) -> None:
        """ "Scores" and "What people say", after Answers and Targets. Every tab with a
        `set_survey(id)` is told the survey selected (None: none); a hidden tab
        computes when it is shown."""
        self.scores_view = ScoresView(self.session, self)
        self.tabs.addTab(self.scores_view, "")
        self.themes_view = ThemesView(self.session, self)
        self.tabs.addTab(self.themes_view, "")
        self.results_view = ResultsView(self)  # shown for a survey with questions
        self.tabs.addTab(self.results_view, "")

    def stop(self) -> None:
        """The window closes: no count may outlive the page."""
        self.themes_view.stop()
        self.scores_view.wait()

    def _tab_titles(self) -> None:
        titles = {self.answers_view: self.tr("Answers"), self.targets_view: self.tr("Targets"),
                  self.scores_view: self.tr("Scores"),
                  self.themes_view: self.tr("What people say"),
                  self.results_view: self.tr("Results")}  # fmt: skip
        for widget, text in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(widget), text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Surveys"))
        self.btn_new.setText(self.tr("New survey…"))
        self.btn_edit.setText(self.tr("Edit…"))
        self.btn_delete.setText(self.tr("Delete"))
        self.btn_delete.setToolTip(self.tr("Only a survey without answers (archive the others)"))
        self.show_archived.setText(self.tr("Show archived"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Type"), self.tr("Period"), self.tr("Target group"),
            self.tr("Answers"), self.tr("Score (answers)")])  # fmt: skip
        self.table.horizontalHeaderItem(5).setToolTip(
            self.tr("NPS with its 95% margin of error, CSAT (% answering 4-5) or CES (the average)")
        )
        self._tab_titles()
        if self.rows:
            self.refresh()
        self._update_buttons()

    # ------------------------------------------------------------ reading

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def selected_row(self) -> dict | None:
        sid = self.selected_id()
        return next((r for r in self.rows if r["id"] == sid), None)

    def target_text(self, row: dict) -> str:
        """The target group as the list shows it: its words, else what the list is."""
        kind, ref = row["target_kind"], row["target_ref"]
        label = words.target_labels().get(kind, "")
        if kind == "tag":
            what = row["target_tag"]
        elif kind == "view":
            what = self._view_names.get(int(ref), "#" + ref) if ref.isdigit() else ""
        elif kind == "community":
            what = self._community_names.get(int(ref), "#" + ref) if ref.isdigit() else ""
        elif kind in targets.PERIOD_KINDS:
            first, last = targets.period(ref)
            what = words.period_text(first, last)
        else:
            what = ""
        listed = fill(self.tr("%1: %2"), label, what) if what else (label if kind else "")
        return " · ".join(t for t in (row["target"], listed) if t)

    def refresh(self) -> None:
        """Read the list (and the selected survey's tabs) again: now if the page is
        shown, else when it is next shown (the window refreshes every page after any
        change; the scores cost a query per survey)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        keep = self.selected_id()
        self.rows = surveys.rows(include_archived=self.show_archived.isChecked())
        self._view_names = {v.id: v.name for v in saved_views.list_views()}
        self._community_names = dict(communities.names(include_archived=True))
        kinds = words.kind_labels()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = row["name"] + (self.tr(" (archived)") if row["archived"] else "")
            figure = words.score_text(scores.score(row["id"])) if row["answers"] else "—"
            kind = (
                self.tr("Custom (questions)")
                if row["questions"]
                else kinds.get(row["type"], row["type"])
            )
            cells = [name, kind,
                     words.period_text(row["from"], row["to"]), self.target_text(row),
                     formatting.number(row["answers"] + row["responses"]), figure]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row["id"])
                if c == 4:
                    formatting.align_right(item)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        index = next((i for i, row in enumerate(self.rows) if row["id"] == keep), 0)
        if self.rows:
            self.table.selectRow(index)
        self.table.blockSignals(False)
        self._selection_changed()  # the tabs read again

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.survey_title.setText(row["name"] if row else self.tr(
            "No survey yet: New survey… makes one (NPS, CSAT or CES)."))  # fmt: skip
        sid = row["id"] if row else None
        asks = bool(row and row["questions"])
        self.tabs.setTabVisible(self.tabs.indexOf(self.results_view), asks)
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if hasattr(tab, "set_survey"):
                tab.set_survey(sid)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.btn_edit.setEnabled(row is not None)
        self.btn_archive.setEnabled(row is not None)
        self.btn_archive.setText(self.tr("Unarchive") if row and row["archived"]
                                 else self.tr("Archive"))  # fmt: skip
        self.btn_delete.setEnabled(row is not None and not row["answers"]
                                   and not row["responses"])  # fmt: skip

    def select(self, survey_id: int) -> None:
        for r, row in enumerate(self.rows):
            if row["id"] == survey_id:
                self.table.selectRow(r)

    # ------------------------------------------------------------ writing

    def _changed(self, _ids=()) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _answers_changed(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _refused(self, exc: GuanjiaError) -> None:
        QMessageBox.warning(self, self.tr("Surveys"), messages.error_message(exc))

    def _step(self, text: str, ids):
        return survey_step(self.undo_stack, text, ids, self._changed, self._refused)

    def new_survey(self) -> SurveyDialog:
        """The New survey dialog (window-modal); accepted, the survey is added and shown."""

        def write(values: dict) -> int:
            with self._step(self.tr("Add survey"), []):
                kind, name = values.pop("kind"), values.pop("name")
                if "questions" in values:
                    new_id = questions.create_custom(name, values.pop("questions"), **values)
                else:
                    new_id = surveys.create(name, kind, **values)
            self._changed()
            self.select(new_id)
            return new_id

        return self._open(SurveyDialog(self, write))

    def edit_survey(self) -> SurveyDialog | None:
        row = self.selected_row()
        if row is None:
            return None

        def write(values: dict) -> int:
            with self._step(self.tr("Edit survey"), [row["id"]]):
                surveys.edit(row["id"], **values)
            self._changed()
            return row["id"]

        return self._open(SurveyDialog(self, write, row))

    def _open(self, dialog: SurveyDialog) -> SurveyDialog:
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.open()
        return dialog

    def archive_survey(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        text = self.tr("Unarchive survey") if row["archived"] else self.tr("Archive survey")
        try:
            with self._step(text, [row["id"]]):
                surveys.archive(row["id"], archived=not row["archived"])
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()

    def delete_survey(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            with self._step(self.tr("Delete survey"), [row["id"]]):
                surveys.delete(row["id"])
        except GuanjiaError as exc:
            self._refused(exc)
        self._changed()
