"""The questions of a new custom survey, in the survey dialog (issue 27, item 1): a list
of questions (add, remove, move up and down) and the selected one's fields: its text,
its kind (single or multiple choice, rating, text), the options one a line for a choice,
the scale low-high for a rating. `specs()` gives them as models.surveys.questions reads
them ("TEXT|KIND|OPTIONS"); the models check them when the survey is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.text import fill

DATA_ROLE = Qt.UserRole


def kind_labels() -> dict[str, str]:
    return {
        "single": QCoreApplication.translate("QuestionEditor", "Single choice"),
        "multiple": QCoreApplication.translate("QuestionEditor", "Multiple choice"),
        "rating": QCoreApplication.translate("QuestionEditor", "Rating"),
        "text": QCoreApplication.translate("QuestionEditor", "Text"),
    }


class QuestionEditor(QWidget):
    """A question is a dict: text, kind, options (a list), low, high."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("QuestionEditor")
        self.list = QListWidget()
        self.list.setObjectName("questions_list")
        self.btn_add = QPushButton(self.tr("Add question"))
        self.btn_add.setObjectName("question_add")
        self.btn_remove = QPushButton(self.tr("Remove"))
        self.btn_remove.setObjectName("question_remove")
        self.btn_up = QPushButton(self.tr("Move up"))
        self.btn_up.setObjectName("question_up")
        self.btn_down = QPushButton(self.tr("Move down"))
        self.btn_down.setObjectName("question_down")
        self.text = QLineEdit()
        self.text.setObjectName("question_text")
        self.text.setPlaceholderText(self.tr("e.g. 您是怎么知道我们的？"))
        self.kind = QComboBox()
        self.kind.setObjectName("question_kind")
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.options = QPlainTextEdit()
        self.options.setObjectName("question_options")
        self.options.setPlaceholderText(self.tr("One option a line"))
        self.options.setTabChangesFocus(True)
        self.options.setMaximumHeight(90)
        self.low, self.high = QSpinBox(), QSpinBox()
        self.low.setObjectName("question_low")
        self.high.setObjectName("question_high")
        self.low.setRange(0, 1)
        self.low.setValue(1)
        self.high.setRange(2, 10)
        self.high.setValue(5)
        self.scale = QWidget()
        scale = QHBoxLayout(self.scale)
        scale.setContentsMargins(0, 0, 0, 0)
        scale.addWidget(self.low)
        scale.addWidget(QLabel("–"))
        scale.addWidget(self.high)
        scale.addStretch(1)
        self.options_label, self.scale_label = QLabel(self.tr("Options")), QLabel(self.tr("Scale"))
        buttons = QVBoxLayout()
        for b in (self.btn_add, self.btn_remove, self.btn_up, self.btn_down):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.options_label, self.options)
        form.addRow(self.scale_label, self.scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        self.btn_add.clicked.connect(lambda: self.add_question())
        self.btn_remove.clicked.connect(self.remove_question)
        self.btn_up.clicked.connect(lambda: self.move(-1))
        self.btn_down.clicked.connect(lambda: self.move(1))
        self.list.currentRowChanged.connect(lambda _r: self._load())
        self.text.textEdited.connect(lambda _t: self._store())
        self.kind.currentIndexChanged.connect(lambda _i: self._store())
        self.options.textChanged.connect(self._store)
        self.low.valueChanged.connect(lambda _v: self._store())
        self.high.valueChanged.connect(lambda _v: self._store())
        self._loading = False
        self._load()

    # ------------------------------------------------------------ the list

    def add_question(self, text: str = "", kind: str = "single", options=(), low=1,
                     high=5) -> None:  # fmt: skip
        item = QListWidgetItem()
        item.setData(DATA_ROLE, {"text": text, "kind": kind, "options": list(options),
                                 "low": low, "high": high})  # fmt: skip
        self.list.addItem(item)
        self._label(item)
        self.list.setCurrentItem(item)
        self.text.setFocus()

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._relabel()
            self._load()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self._relabel()
        self.list.setCurrentRow(to)

    def questions(self) -> list[dict]:
        return [self.list.item(i).data(DATA_ROLE) for i in range(self.list.count())]

    def specs(self) -> list[str]:
        """Each question as models.surveys.questions reads it (TEXT|KIND|OPTIONS)."""
        out = []
        for q in self.questions():
            text = " ".join(q["text"].replace("|", " ").split())
            if q["kind"] in ("single", "multiple"):
                out.append(f"{text}|{q['kind']}|" + ";".join(q["options"]))
            elif q["kind"] == "rating":
                out.append(f"{text}|rating|{q['low']}-{q['high']}")
            else:
                out.append(f"{text}|text")
        return out

    # ------------------------------------------------------------ the selected one

    def _label(self, item: QListWidgetItem) -> None:
        q = item.data(DATA_ROLE)
        number = self.list.row(item) + 1
        item.setText(fill(self.tr("%1. %2 (%3)"), number, q["text"] or self.tr("(no text)"),
                          kind_labels()[q["kind"]]))  # fmt: skip

    def _relabel(self) -> None:
        for i in range(self.list.count()):
            self._label(self.list.item(i))

    def _load(self) -> None:
        item = self.list.currentItem()
        self.fields.setEnabled(item is not None)
        for b in (self.btn_remove, self.btn_up, self.btn_down):
            b.setEnabled(item is not None)
        q = item.data(DATA_ROLE) if item is not None else {"text": "", "kind": "single",
                                                            "options": [], "low": 1, "high": 5}  # fmt: skip
        self._loading = True
        self.text.setText(q["text"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(q["kind"])))
        self.options.setPlainText("\n".join(q["options"]))
        self.low.setValue(q["low"])
        self.high.setValue(q["high"])
        self._loading = False
        self._show_kind()

    def _store(self) -> None:
        self._show_kind()
        item = self.list.currentItem()
        if self._loading or item is None:
            return
        options = [" ".join(line.split()) for line in self.options.toPlainText().splitlines()]
        item.setData(DATA_ROLE, {"text": self.text.text(), "kind": self.kind.currentData(),
                                 "options": [o for o in options if o],
                                 "low": self.low.value(), "high": self.high.value()})  # fmt: skip
        self._label(item)

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        choice = kind in ("single", "multiple")
        for w in (self.options_label, self.options):
            w.setVisible(choice)
        for w in (self.scale_label, self.scale):
            w.setVisible(kind == "rating")
