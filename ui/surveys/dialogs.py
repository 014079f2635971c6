"""A survey's fields (new or edit): name, type, period, the target group in words and
the list to send it to (a tag, a saved view, a community, the buyers or the
complainants of a period), whether passives get a follow-up. A new survey may be
"Custom (questions)": its questions in the editor below (ui/surveys/question_editor.py);
a survey with questions keeps its type. Bad input shows the models' sentence in place and
writes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.communities import communities
from models.surveys import questions, targets
from models.surveys.tables import KINDS
from models.tags import saved_views, tags
from ui.followups.dialogs import _WriteDialog
from ui.surveys import words
from ui.surveys.question_editor import QuestionEditor

QUESTIONS = "questions"  # the type combo's entry for a custom survey with questions


def _combo(items, current="") -> QComboBox:
    box = QComboBox()
    for data, text in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _period_edits(ref: str) -> tuple[QLineEdit, QLineEdit]:
    first, _sep, last = (ref or "").partition("..")
    edits = QLineEdit(first), QLineEdit(last)
    for edit in edits:
        edit.setPlaceholderText("2026-12-01")
    return edits


class SurveyDialog(_WriteDialog):
    """`write(values)` makes the change (the page's undo step around it); `values()` are
    models.surveys.surveys.create's / edit's keyword arguments."""

    def __init__(self, parent, write, row: dict | None = None):
        row = row or {}
        super().__init__(parent, self.tr("Edit survey") if row else self.tr("New survey"))
        self.setObjectName("SurveyDialog")
        self._write = write
        self.name = QLineEdit(row.get("name", ""))
        self.name.setObjectName("survey_name")
        asks = bool(row) and questions.has_questions(row["id"])
        kinds = [(k, words.kind_labels()[k]) for k in KINDS]
        kinds.append((QUESTIONS, self.tr("Custom (questions)")))
        self.kind = _combo(kinds, QUESTIONS if asks else row.get("type", "nps"))
        self.kind.setObjectName("survey_kind")
        self.kind.setEnabled(not asks)  # its answers are responses to its questions
        self.questions = QuestionEditor()
        self.period_from, self.period_to = _period_edits(
            f"{row.get('from') or ''}..{row.get('to') or ''}")  # fmt: skip
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        self.target = QLineEdit(row.get("target", ""))
        self.target.setPlaceholderText(self.tr("e.g. customers who visited in the last 3 months"))
        kind = row.get("target_kind", "")
        self.target_kind = _combo(words.target_labels().items(), kind)
        self.target_kind.setObjectName("survey_target_kind")
        self.tag = _combo(((t.name, t.name) for t in tags.list_tags()), row.get("target_tag", ""))
        ref = row.get("target_ref", "")
        self.view = _combo(((str(v.id), v.name) for v in saved_views.list_views()), ref)
        self.community = _combo(((str(i), n) for i, n in communities.names()), ref)
        self.target_from, self.target_to = _period_edits(ref if kind in targets.PERIOD_KINDS
                                                         else "")  # fmt: skip
        self.target_period = QWidget()
        inner = QHBoxLayout(self.target_period)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.target_from)
        inner.addWidget(QLabel("–"))
        inner.addWidget(self.target_to)
        self.follow_passives = QCheckBox(self.tr("Passives get a follow-up too"))
        self.follow_passives.setChecked(bool(row.get("follow_passives")))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Period"), period)
        self.form.addRow(self.tr("Target group"), self.target)
        self.form.addRow(self.tr("List to send it to"), self.target_kind)
        self._choosers = {"tag": self.tag, "view": self.view, "community": self.community,
                          "buyers": self.target_period, "complainants": self.target_period}  # fmt: skip
        self.chooser_label = QLabel()
        self.chooser = QWidget()
        box = QHBoxLayout(self.chooser)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (self.tag, self.view, self.community, self.target_period):
            box.addWidget(w)
        self.form.addRow(self.chooser_label, self.chooser)
        self.form.addRow("", self.follow_passives)
        self.questions_label = QLabel(self.tr("Questions"))
        self.form.addRow(self.questions_label, self.questions)
        self._editing = bool(row)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_questions())
        self._show_questions()
        self.target_kind.currentIndexChanged.connect(lambda _i: self._show_chooser())
        self._show_chooser()
        self.resize(520, self.sizeHint().height())

    def _show_questions(self) -> None:
        shown = not self._editing and self.kind.currentData() == QUESTIONS
        self.questions_label.setVisible(shown)
        self.questions.setVisible(shown)
        if shown and not self.questions.list.count():
            self.questions.add_question()

    def _show_chooser(self) -> None:
        kind = self.target_kind.currentData()
        shown = self._choosers.get(kind)
        for w in (self.tag, self.view, self.community, self.target_period):
            w.setVisible(w is shown)
        texts = {"tag": self.tr("Tag"), "view": self.tr("Saved view"),
                 "community": self.tr("Community"), "buyers": self.tr("Bought between"),
                 "complainants": self.tr("Return visit between")}  # fmt: skip
        self.chooser_label.setText(texts.get(kind, ""))
        self.chooser_label.setVisible(shown is not None)
        self.chooser.setVisible(shown is not None)

    def values(self) -> dict:
        kind = self.target_kind.currentData()
        ref = ""
        if kind == "view":
            ref = self.view.currentData() or ""
        elif kind == "community":
            ref = self.community.currentData() or ""
        elif kind in targets.PERIOD_KINDS:
            ref = f"{self.target_from.text().strip()}..{self.target_to.text().strip()}"
        kind_of = self.kind.currentData()
        out = {
            "name": self.name.text(),
            "kind": "custom" if kind_of == QUESTIONS else kind_of,
            "period_from": self.period_from.text().strip() or None,
            "period_to": self.period_to.text().strip() or None,
            "target": self.target.text(),
            "target_kind": kind,
            "target_ref": ref,
            "target_tag": (self.tag.currentData() or "") if kind == "tag" else "",
            "follow_passives": self.follow_passives.isChecked(),
        }
        if kind_of == QUESTIONS and not self._editing:
            out["questions"] = self.questions.specs()
        return out

    def write(self) -> None:
        self.result_id = self._write(self.values())
