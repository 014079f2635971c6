"""The wizard's third page: the kind's choices, the first rows cleaned with every
problem marked, and the counts of the whole file from a background check. Import
writes the plan (import_engine.run) in a worker thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from models.errors import Cancelled, GuanjiaError
from models.excel import import_engine
from models.excel.import_types import DUPLICATE, ERROR, Options, Plan
from ui import formatting, style
from ui.column_fit import ColumnFitter
from ui.imports.view import cell_text, warnings_text
from ui.messages import error_message, problem_text, warning_text
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader, run_with_progress

PREVIEW_ROWS = 200


class PreviewPage(Retranslating, QWizardPage):
    """Options, the cleaned first rows with every problem marked, and the counts."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.choices: dict[str, dict] = {}  # Options field -> {value: button}
        options = QHBoxLayout()
        for choice in wizard.view.choices:
            options.addWidget(self._add_choice(choice))
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("preview_table")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # an outcome's reason wraps in its column
        formatting.comfortable_rows(self.table)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.column_fit = ColumnFitter(self.table)
        self.table.cellDoubleClicked.connect(self._row_activated)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.checker = BackgroundReader(self)
        self.checker.ready.connect(self._full_plan_ready)
        self.checker.failed.connect(self._full_plan_failed)
        self.full_plan: Plan | None = None
        self._ready = False
        self.retranslate()

    def _add_choice(self, choice) -> QGroupBox:
        """A box of check boxes or radio buttons, kept as page.<attr> and page.<box>."""
        box = QGroupBox()
        inner = QVBoxLayout(box)
        group = None if choice.several else QButtonGroup(self)
        buttons = {}
        for value in choice.values:
            button = buttons[value] = QCheckBox() if choice.several else QRadioButton()
            button.setObjectName(f"{choice.prefix}_{value}")
            if group is not None:
                group.addButton(button)
            button.setChecked(value in choice.default)
            inner.addWidget(button)
        for button in buttons.values():
            if choice.several:
                button.toggled.connect(self.refresh)
            else:  # the one newly checked refreshes, not the one it unchecks
                button.toggled.connect(lambda on: on and self.refresh())
        self.choices[choice.field] = buttons
        setattr(self, choice.attr, buttons)
        setattr(self, choice.box, box)
        return box

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ImportWizard", "Check before importing"))
        self.setSubTitle(
            QCoreApplication.translate("ImportWizard", "Nothing is written until you click Import.")
        )
        for choice in self.w.view.choices:
            title, labels = choice.texts()
            box = getattr(self, choice.box)
            box.setTitle(title)
            bold = box.font()
            bold.setBold(True)  # the style sheet's title: bold, 10 px in, 4 px padding
            box.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(title) + 32)
            for value, button in self.choices[choice.field].items():
                button.setText(labels[value])

    def options(self) -> Options:
        chosen = {}
        for choice in self.w.view.choices:
            on = [v for v, b in self.choices[choice.field].items() if b.isChecked()]
            chosen[choice.field] = tuple(on) if choice.several else on[0]
        return self.w.kind.options(
            sheet=self.w.sheet.name,
            header_row=self.w.sheet.header_row,
            mapping=self.w.mapping_page.mapping(),
            **self.w.view.option_values(chosen),
        )

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.w.sheet is None or not self.w.mapping_page.combos:
            return
        options = self.options()
        sheet = self.w.sheet
        try:
            quick = import_engine.plan(sheet, options, limit=PREVIEW_ROWS)
        except GuanjiaError as exc:  # a mapping the engine refuses
            self.full_plan, self._ready = None, False
            self.summary.setText(error_message(exc))
            self.completeChanged.emit()
            return
        self._fill(quick)
        self.full_plan, self._ready = None, False
        self.summary.setText(QCoreApplication.translate("ImportWizard", "Checking all rows…"))
        self.checker.request(lambda: import_engine.plan(sheet, options))
        self.completeChanged.emit()

    def _row_activated(self, index: int, _column: int) -> None:
        """A row double-clicked: the kind's review of it (an ambiguous name), then the
        plan again with the choice."""
        plan = self.full_plan
        if (
            plan is not None
            and index < len(plan.rows)
            and self.w.view.row_activated(self, plan, plan.rows[index])
        ):
            self.refresh()

    def wait_for_check(self) -> None:
        self.checker.wait()

    def _full_plan_ready(self, plan: Plan) -> None:
        self.full_plan, self._ready = plan, True
        if not self.w.kind.row_by_row:
            # An order's outcome depends on all its rows, so the rows are shown as the
            # whole file's plan sees them.
            self._fill(plan)
        text = self.w.view.summary(plan)
        if plan.options.on_error == "stop" and plan.counts[ERROR]:
            text += "\n" + error_message("import_has_errors")
        elif not self._writes(plan):
            text += "\n" + QCoreApplication.translate(
                "ImportWizard", "There is nothing to import with these options."
            )
        self.summary.setText(text + warnings_text(plan))
        self.completeChanged.emit()

    @staticmethod
    def _writes(plan: Plan) -> bool:
        """Whether the plan writes anything (a row to create or update)."""
        counts = plan.counts
        return any(counts[action] for action in plan.kind.written)

    def _full_plan_failed(self, message: str) -> None:
        self.summary.setText(message)

    def _fill(self, plan: Plan) -> None:
        """The first PREVIEW_ROWS rows: line, outcome, then each mapped field's clean
        value; problems marked on their cells."""
        view = self.w.view
        rows = plan.rows[:PREVIEW_ROWS]
        fields = [t for t in dict.fromkeys(plan.mapping) if t]
        error_bg, warning_bg = (QColor(style.IMPORT_ERROR_BACKGROUND),
                                QColor(style.IMPORT_WARNING_BACKGROUND))  # fmt: skip
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(2 + len(fields))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "Outcome"),
            ]
            + view.titles(fields)
        )
        for r, (row, outcome) in enumerate(zip(rows, view.outcomes(plan, len(rows)), strict=True)):
            self.table.setItem(r, 0, formatting.number_item(row.line))
            status = QTableWidgetItem(outcome)
            self.table.setItem(r, 1, status)
            by_field = {p.field: (warning_bg, warning_text(p)) for p in row.warnings}
            by_field.update({p.field: (error_bg, problem_text(p)) for p in row.problems})
            for c, field in enumerate(fields, start=2):
                item = QTableWidgetItem(view.value(plan, r, row, field))
                marked = by_field.get(field)
                if marked is not None:  # the cell as the file has it, marked
                    item.setBackground(QBrush(marked[0]))
                    item.setToolTip(marked[1])
                    if not item.text():
                        col = plan.mapping.index(field)
                        item.setText(cell_text(row.cells[col]) if col < len(row.cells) else "")
                else:
                    if row.action == DUPLICATE:
                        item.setForeground(QBrush(QColor(style.SKIPPED_ROW)))
                    if len(item.text()) > 20:  # the column is kept narrow: all of it here
                        item.setToolTip(item.text())
                if field in view.numeric_fields:
                    formatting.align_right(item)
                self.table.setItem(r, c, item)
            if row.action == ERROR:
                status.setBackground(QBrush(error_bg))
                status.setToolTip("\n".join(problem_text(p) for p in row.problems))
            elif row.warnings:
                status.setBackground(QBrush(warning_bg))
                status.setToolTip("\n".join(warning_text(p) for p in row.warnings))
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):  # long reasons wrap (and have tooltips)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        self.column_fit.fit()
        self.table.resizeRowsToContents()

    def isComplete(self) -> bool:
        plan = self.full_plan
        if not self._ready or plan is None:
            return False
        if plan.options.on_error == "stop" and plan.counts[ERROR]:
            return False
        return self._writes(plan)

    def validatePage(self) -> bool:
        plan = self.full_plan
        try:
            result = run_with_progress(
                self,
                QCoreApplication.translate("ImportWizard", "Importing…"),
                lambda p, c: self.w.view.run(plan, p, c),
            )
        except Cancelled:
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportWizard", "The import was cancelled. Nothing was written."
                )
            )
            return False
        except GuanjiaError as exc:
            self.summary.setText(error_message(exc))
            return False
        self.w.result = result
        self.w.plan = plan
        self.w.imported.emit(result.import_id)
        return True
