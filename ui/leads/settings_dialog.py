"""The lead scoring settings (线索评分设置, issue 28): the model's values (models.leads.model)
in one form; OK saves them and rescores every lead (behind a progress bar), one undo
step (LeadScoringChange: the model before and after, each written back with every lead
rescored). Refused values (a half-life of 0, grades out of order) are said in the
dialog, which stays open; nothing is written."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from models.errors import ValidationError
from models.leads import model as scoring_model
from models.leads import scores
from ui import style
from ui.buttons import button_box
from ui.leads import score_labels
from ui.tasks import run_with_progress
from ui.text import fill
from ui.undo import Command

MAX = scoring_model.MAX_POINTS


def pairs_text(pairs) -> str:
    return "\n".join(f"{key}={points}" for key, points in pairs)


def text_pairs(text: str) -> list[list]:
    """'经理=15' lines (or commas) as [key, points] pairs; a line without '=' keeps its
    points empty, which the model refuses with its name."""
    out = []
    for line in text.replace("，", ",").replace(",", "\n").splitlines():
        if not line.strip():
            continue
        key, sep, points = line.rpartition("=")
        out.append([key.strip(), points.strip()] if sep else [line.strip(), ""])
    return out


def _spin(name: str, top: int = MAX) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, top)
    return box


def save_and_rescore(parent, new_model: dict, action: str = "settings") -> scores.Rescored:
    """Save the model and rescore every lead, behind a progress bar (the GUI thread
    stays free). ValidationError raises here, nothing written."""
    text = QCoreApplication.translate("LeadScores", "Scoring the leads…")
    return run_with_progress(
        parent, text, lambda _p, _c: scores.apply_model(new_model, action=action),
        cancellable=False,
    )  # fmt: skip


class LeadScoringChange(Command):
    """The scoring model from `before` to `after`, every lead rescored either way."""

    def __init__(self, before: dict, after: dict, after_change, parent=None):
        super().__init__(QCoreApplication.translate("Undo", "Change lead scoring"), after_change)
        self._before, self._after, self._parent = before, after, parent

    def ids(self):
        return []

    def _recorded(self, action: str, change) -> None:
        change(action)  # the model's own entry, named undo or redo

    def apply(self, action: str = "redo"):
        save_and_rescore(self._parent, self._after, action)

    def revert(self, action: str = "undo"):
        save_and_rescore(self._parent, self._before, action)


class LeadScoringDialog(QDialog):
    def __init__(self, parent=None, undo_stack=None, after_change=None):
        super().__init__(parent)
        self.setObjectName("LeadScoringDialog")
        self.setWindowTitle(self.tr("Lead scoring"))
        self._undo = undo_stack
        self._after_change = after_change or (lambda _ids: None)
        self.before = scoring_model.load()
        self.rescored: scores.Rescored | None = None

        basic = QGroupBox(self.tr("Basic information"))
        form = QFormLayout(basic)
        self.job_titles = QPlainTextEdit()
        self.job_titles.setObjectName("lead_job_titles")
        self.job_titles.setToolTip(
            self.tr("One keyword=points a line; the first keyword the job title holds counts.")
        )
        form.addRow(self.tr("Job titles"), self.job_titles)
        self.mobile = _spin("lead_mobile")
        form.addRow(self.tr("Valid mobile"), self.mobile)
        need = QHBoxLayout()
        self.need_field = QLineEdit()
        self.need_field.setObjectName("lead_need_field")
        self.need_field.setToolTip(self.tr("A custom field's name, or notes"))
        self.need = _spin("lead_need")
        need.addWidget(self.need_field, 1)
        need.addWidget(self.need)
        form.addRow(self.tr("Need stated (field, points)"), need)
        self.size_field = QLineEdit()
        self.size_field.setObjectName("lead_size_field")
        form.addRow(self.tr("Company size field"), self.size_field)
        self.sizes = QPlainTextEdit()
        self.sizes.setObjectName("lead_sizes")
        form.addRow(self.tr("Company sizes"), self.sizes)
        self.regions = QPlainTextEdit()
        self.regions.setObjectName("lead_regions")
        form.addRow(self.tr("Regions (cities)"), self.regions)

        behaviour = QGroupBox(self.tr("Behaviour (points fade by half each half-life)"))
        grid = QGridLayout(behaviour)
        for column, title in enumerate(
            (self.tr("Weight"), self.tr("Half-life (days)"), self.tr("Cap")), start=1
        ):
            grid.addWidget(QLabel(title), 0, column)
        self.behaviours: dict[str, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        for row, name in enumerate(scoring_model.BEHAVIOURS, start=1):
            grid.addWidget(QLabel(score_labels.behaviour_label(name)), row, 0)
            boxes = (
                _spin(f"lead_{name}_weight"),
                _spin(f"lead_{name}_half_life", scoring_model.MAX_HALF_LIFE),
                _spin(f"lead_{name}_cap"),
            )
            for column, box in enumerate(boxes, start=1):
                grid.addWidget(box, row, column)
            self.behaviours[name] = boxes

        grades = QGroupBox(self.tr("Grades: the lowest score of each"))
        line = QHBoxLayout(grades)
        self.grades = {}
        for grade in ("A", "B", "C"):
            line.addWidget(QLabel(grade))
            self.grades[grade] = _spin(f"lead_grade_{grade}")
            line.addWidget(self.grades[grade])
        line.addWidget(QLabel(self.tr("D: below C")))
        line.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        style.error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.defaults = QPushButton(self.tr("Shipped values"))
        self.defaults.setObjectName("lead_defaults")
        self.defaults.clicked.connect(lambda: self.show_model(scoring_model.DEFAULT))
        self.buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.addButton(self.defaults, QDialogButtonBox.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(basic)
        layout.addWidget(behaviour)
        layout.addWidget(grades)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.show_model(self.before)
        self.resize(560, 0)

    def show_model(self, values: dict) -> None:
        self.job_titles.setPlainText(pairs_text(values["job_titles"]))
        self.mobile.setValue(values["mobile"])
        self.need_field.setText(values["need_field"])
        self.need.setValue(values["need"])
        self.size_field.setText(values["size_field"])
        self.sizes.setPlainText(pairs_text(values["sizes"]))
        self.regions.setPlainText(pairs_text(values["regions"]))
        for name, (weight, half_life, cap) in self.behaviours.items():
            rule = values["behaviours"][name]
            weight.setValue(rule["weight"])
            half_life.setValue(int(rule["half_life"]))
            cap.setValue(rule["cap"])
        for grade, box in self.grades.items():
            box.setValue(values["grades"][grade])

    def model(self) -> dict:
        """The form's values as a model (not yet validated)."""
        return {
            "job_titles": text_pairs(self.job_titles.toPlainText()),
            "mobile": self.mobile.value(),
            "need_field": self.need_field.text(),
            "need": self.need.value(),
            "size_field": self.size_field.text(),
            "sizes": text_pairs(self.sizes.toPlainText()),
            "regions": text_pairs(self.regions.toPlainText()),
            "behaviours": {
                name: {"weight": w.value(), "half_life": h.value(), "cap": c.value()}
                for name, (w, h, c) in self.behaviours.items()
            },
            "grades": {grade: box.value() for grade, box in self.grades.items()},
        }

    def accept(self) -> None:
        wanted = self.model()
        try:
            after = scoring_model.validate(wanted)
        except ValidationError as exc:
            self.say(score_labels.error_text(exc))
            return
        if after == self.before:
            super().accept()
            return
        try:
            self.rescored = save_and_rescore(self, after)
        except ValidationError as exc:
            self.say(score_labels.error_text(exc))
            return
        if self._undo is not None:
            command = LeadScoringChange(copy.deepcopy(self.before), after, self._after_change,
                                        self.parentWidget())  # fmt: skip
            self._undo.push(command)
        self._after_change([])
        super().accept()

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def summary_text(done: scores.Rescored) -> str:
    return fill(QCoreApplication.translate("LeadScores", "%1 leads scored, %2 grades changed"),
                f"{done.scored:,}", f"{len(done.changes):,}")  # fmt: skip
