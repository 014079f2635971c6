"""The rule editor: a name, the trigger with its settings, conditions and actions as rows
of pickers. Saving validates through models/automation (definitions and rules); a
mistake is said under the form and nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.automation import definitions, rules
from models.customers.record import STAGES
from models.errors import GuanjiaError
from models.followups.channels import CHANNELS
from models.purchases.purchases import to_cents
from ui import labels, messages
from ui.automation import words
from ui.buttons import button_box
from ui.style import error_label
from ui.surveys.words import category_labels

CHOICES = {"stage": STAGES[1:], "channel": CHANNELS, "which": definitions.WHICH,
           "category": definitions.CATEGORIES}  # fmt: skip
NUMBERS = ("days", "count", "id")
MONEY_FIELDS = ("total_spend",)
MAX_YUAN = 10_000_000  # money settings are typed in yuan and stored in fen


def _choice_text(kind: str, code: str) -> str:
    if kind == "stage":
        return labels.stage_label(code)
    if kind == "channel":
        return labels.channel_label(code)
    if kind == "category":
        return category_labels().get(code, code)
    if kind == "which":
        return words.which_label(code)
    return code


class Settings(QWidget):
    """The settings of one trigger or action kind, a picker each."""

    def __init__(self, spec: dict, values: dict | None = None, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.widgets: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        values = values or {}
        for name, kind in spec.items():
            base = kind.rstrip("!")
            if base in CHOICES:
                w = QComboBox()
                if not kind.endswith("!"):
                    w.addItem("", "")
                for code in CHOICES[base]:
                    w.addItem(_choice_text(base, code), code)
                if name in values:
                    w.setCurrentIndex(max(0, w.findData(values[name])))
            elif base in NUMBERS:
                w = QSpinBox()
                w.setRange(0, 2_000_000_000)
                w.setValue(int(values.get(name, 0)))
                w.setPrefix(words.setting_label(name) + " ")
            elif base == "fen":  # money: shown and typed in yuan
                w = QDoubleSpinBox()
                w.setDecimals(2)
                w.setRange(0, MAX_YUAN)
                w.setPrefix(words.setting_label(name) + " ¥")
                w.setValue(int(values.get(name, 0)) / 100)
            else:
                w = QLineEdit(str(values.get(name, "")))
            w.setObjectName(f"setting_{name}")
            w.setToolTip(words.setting_label(name))
            if isinstance(w, QLineEdit):
                w.setPlaceholderText(words.setting_label(name))
            layout.addWidget(w)
            self.widgets[name] = w
        layout.addStretch()

    def values(self) -> dict:
        out = {}
        for name, w in self.widgets.items():
            kind = self.spec[name]
            if isinstance(w, QComboBox):
                value = w.currentData()
            elif isinstance(w, QDoubleSpinBox):
                value = round(w.value() * 100)
                if value == 0 and not kind.endswith("!"):
                    continue
            elif isinstance(w, QSpinBox):
                value = w.value()
                if value == 0 and not kind.endswith("!") and name != "due_days":
                    continue  # an optional number left at 0: not set
            else:
                value = w.text()
            if value not in ("", None):
                out[name] = value
        return out


class _KindRow(QWidget):
    """A kind picker and its settings (a trigger or an action), with a remove button."""

    def __init__(self, specs: dict, label, value: dict | None = None, removable=True, parent=None):
        super().__init__(parent)
        self.specs = specs
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code in specs:
            self.kind.addItem(label(code), code)
        value = value or {}
        if value.get("kind") in specs:
            self.kind.setCurrentIndex(self.kind.findData(value["kind"]))
        self.layout_.addWidget(self.kind)
        self.settings = Settings(specs[self.kind.currentData()], value)
        self.layout_.addWidget(self.settings, 1)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setVisible(removable)
        self.layout_.addWidget(self.remove)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _kind_changed(self) -> None:
        old = self.settings
        self.settings = Settings(self.specs[self.kind.currentData()])
        self.layout_.replaceWidget(old, self.settings)
        old.deleteLater()

    def value(self) -> dict:
        return {"kind": self.kind.currentData(), **self.settings.values()}


class ConditionRow(QWidget):
    def __init__(self, value: dict | None = None, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        self.field.setObjectName("field")
        for code in definitions.FIELDS:
            text = words.field_label(code)
            self.field.addItem(labels.field_label(code) if text == code else text, code)
        self.op = QComboBox()
        self.op.setObjectName("op")
        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.remove = QPushButton(self.tr("Remove"))
        for w in (self.field, self.op, self.value, self.remove):
            layout.addWidget(w)
        self.field.currentIndexChanged.connect(self._field_changed)
        value = value or {}
        if value.get("field") in definitions.FIELDS:
            self.field.setCurrentIndex(self.field.findData(value["field"]))
        self._field_changed()
        if value.get("op"):
            self.op.setCurrentIndex(max(0, self.op.findData(value["op"])))
        shown = value.get("value", "")
        if self._money() and isinstance(shown, int):
            shown = f"{shown / 100:.2f}".removesuffix(".00")
        self.value.setText(str(shown))

    def _money(self) -> bool:
        """Spend is typed in yuan (the rule keeps fen)."""
        return self.field.currentData() in MONEY_FIELDS

    def _field_changed(self) -> None:
        self.op.clear()
        for code in definitions.FIELDS[self.field.currentData()]:
            self.op.addItem(words.op_label(code), code)

    def condition(self) -> dict:
        field = self.field.currentData()
        out = {"field": field, "op": self.op.currentData()}
        if out["op"] not in definitions.NO_VALUE_OPS:
            text = self.value.text().strip()
            if field in MONEY_FIELDS:
                try:
                    out["value"] = to_cents(text, "value")
                except GuanjiaError:
                    out["value"] = text  # the rule's check says what is wrong
            elif field in definitions.NUMBER_FIELDS:
                out["value"] = int(text) if text.lstrip("-").isdigit() else text
            else:
                out["value"] = text
        return out


class RuleEditor(QDialog):
    """New (rule None) or edit a rule; `saved_id` after Save."""

    def __init__(self, rule=None, parent=None):
        super().__init__(parent)
        self.setObjectName("RuleEditor")
        self.rule = rule
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("New rule"))
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setObjectName("name")
        self.trigger = _KindRow(definitions.TRIGGERS, words.trigger_label,
                                rule.trigger if rule else None, removable=False)  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("When"), self.trigger)
        self.conditions_box = QGroupBox(self.tr("And (all of)"))
        self.conditions = QVBoxLayout(self.conditions_box)
        self.add_condition_button = QPushButton(self.tr("Add condition"))
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.conditions.addWidget(self.add_condition_button)
        self.actions_box = QGroupBox(self.tr("Then"))
        self.actions = QVBoxLayout(self.actions_box)
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.actions.addWidget(self.add_action_button)
        self.condition_rows: list[ConditionRow] = []
        self.action_rows: list[_KindRow] = []
        for cond in rule.conditions if rule else []:
            self.add_condition(cond)
        for action in rule.actions if rule else [{"kind": "add_tag"}]:
            self.add_action(action)
        self.error = error_label()
        box = button_box(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.conditions_box)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(760, 460)

    def add_condition(self, value: dict | None = None) -> ConditionRow:
        row = ConditionRow(value)
        row.remove.clicked.connect(lambda: self._drop(row, self.condition_rows, self.conditions))
        self.conditions.insertWidget(self.conditions.count() - 1, row)
        self.condition_rows.append(row)
        return row

    def add_action(self, value: dict | None = None) -> _KindRow:
        row = _KindRow(definitions.ACTIONS, words.action_label, value)
        row.remove.clicked.connect(lambda: self._drop(row, self.action_rows, self.actions))
        self.actions.insertWidget(self.actions.count() - 1, row)
        self.action_rows.append(row)
        return row

    @staticmethod
    def _drop(row, rows: list, layout) -> None:
        rows.remove(row)
        layout.removeWidget(row)
        row.deleteLater()

    def values(self) -> tuple:
        return (self.name.text(), self.trigger.value(),
                [r.condition() for r in self.condition_rows],
                [r.value() for r in self.action_rows])  # fmt: skip

    def save(self) -> None:
        try:
            if self.rule is None:
                self.saved_id = rules.add(*self.values())
            else:
                rules.edit(self.rule.id, *self.values())
                self.saved_id = self.rule.id
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            return
        self.accept()
