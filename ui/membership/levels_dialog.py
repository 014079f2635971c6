"""The Levels dialog (Settings > Member levels…): the business's member levels (会员等级)
in a table with add, edit and archive (undoable), the earning and level rules (points
per yuan, points per task and per event, the level as a live tag, the check after each
purchase), and the recompute of every member's level now, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.errors import Cancelled, GuanjiaError, ValidationError
from models.membership import level_rules, levels
from models.purchases.purchases import to_cents
from ui import formatting, messages, style
from ui.buttons import button_box
from ui.membership.level_undo import AddLevel, ArchiveLevel, EditLevel
from ui.tasks import run_with_progress
from ui.text import fill

DAYS_MAX = levels.DAYS_MAX


def _days(maximum: int = DAYS_MAX, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    if special:
        box.setSpecialValueText(special)  # shown for 0
    return box


def _number(permille: int, scale: int) -> str:
    text = f"{permille / scale:.3f}".rstrip("0").rstrip(".")
    return text or "0"


class LevelEditDialog(QDialog):
    """One level's fields; the change is written on OK (refused input: said in the
    dialog, which stays open, nothing written)."""

    def __init__(self, parent, level=None):
        super().__init__(parent)
        self.setObjectName("LevelEditDialog")
        self.level = level
        self.level_id: int | None = None
        self.before: dict | None = None
        self.setWindowTitle(self.tr("Edit level") if level else self.tr("New level"))
        form = QFormLayout()
        self.name = QLineEdit(level.name if level else "")
        self.name.setObjectName("level_name")
        self.name.setMaxLength(levels.NAME_MAX)
        form.addRow(self.tr("Name"), self.name)
        self.rank = QSpinBox()
        self.rank.setObjectName("level_rank")
        self.rank.setRange(0, 99)
        self.rank.setValue(level.rank if level else self._next_rank())
        self.rank.setToolTip(self.tr("0 is the lowest level; a higher rank is a better level"))
        form.addRow(self.tr("Rank"), self.rank)
        self.basis = QComboBox()
        self.basis.setObjectName("level_basis")
        self.basis.addItem(self.tr("Points earned"), "points")
        self.basis.addItem(self.tr("Spend (yuan)"), "spend")
        self.basis.setCurrentIndex(1 if level and level.basis == "spend" else 0)
        form.addRow(self.tr("Reached by"), self.basis)
        self.threshold = QLineEdit(self._threshold_text(level) if level else "0")
        self.threshold.setObjectName("level_threshold")
        form.addRow(self.tr("Threshold"), self.threshold)
        self.period = _days(special=self.tr("For life"))
        self.period.setObjectName("level_period")
        self.period.setValue((level.period_days or 0) if level else 0)
        self.period.setToolTip(self.tr("Measured over the last N days, today included"))
        form.addRow(self.tr("Period (days)"), self.period)
        self.valid = _days(special=self.tr("None"))
        self.valid.setObjectName("level_valid")
        self.valid.setValue((level.valid_days or 0) if level else 0)
        self.valid.setToolTip(self.tr("A level reached holds this many days at least"))
        form.addRow(self.tr("Valid for (days)"), self.valid)
        self.grace = _days()
        self.grace.setObjectName("level_grace")
        self.grace.setValue(level.grace_days if level else 0)
        self.grace.setToolTip(self.tr("Days a member keeps the level after falling below it"))
        form.addRow(self.tr("Grace (days)"), self.grace)
        self.discount = QLineEdit(_number(level.discount_permille, 10) if level else "0")
        self.discount.setObjectName("level_discount")
        self.discount.setPlaceholderText(self.tr("Percent off, e.g. 5"))
        form.addRow(self.tr("Discount (%)"), self.discount)
        self.multiplier = QLineEdit(
            _number(level.points_multiplier_permille, 1000) if level else "1")  # fmt: skip
        self.multiplier.setObjectName("level_multiplier")
        self.multiplier.setPlaceholderText(self.tr("e.g. 1.5"))
        form.addRow(self.tr("Points multiplier"), self.multiplier)
        self.free_items = QSpinBox()
        self.free_items.setObjectName("level_free_items")
        self.free_items.setRange(0, 1000)
        self.free_items.setValue(level.free_items_month if level else 0)
        form.addRow(self.tr("Free items a month"), self.free_items)
        self.gift = QLineEdit(level.birthday_gift if level else "")
        self.gift.setObjectName("level_gift")
        form.addRow(self.tr("Birthday gift"), self.gift)
        self.priority = QCheckBox(self.tr("Priority service"))
        self.priority.setObjectName("level_priority")
        self.priority.setChecked(bool(level.priority_service) if level else False)
        form.addRow("", self.priority)
        self.benefits = QLineEdit(level.benefits if level else "")
        self.benefits.setObjectName("level_benefits")
        self.benefits.setPlaceholderText(self.tr("The benefits (权益) as the member reads them"))
        form.addRow(self.tr("Benefits"), self.benefits)
        self.error = QLabel()
        self.error.setObjectName("level_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.error.hide()
        box = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)

    @staticmethod
    def _next_rank() -> int:
        ranks = [lv.rank for lv in levels.list_levels()]
        return max(ranks) + 1 if ranks else 0

    @staticmethod
    def _threshold_text(level) -> str:
        if level.basis == "spend":
            return f"{level.threshold / 100:.2f}".removesuffix(".00")
        return str(level.threshold)

    def fields(self) -> dict:
        basis = self.basis.currentData()
        threshold = self.threshold.text().strip() or "0"
        return {
            "name": self.name.text(), "rank": self.rank.value(), "basis": basis,
            "threshold": to_cents(threshold, "threshold") if basis == "spend" else threshold,
            "period_days": self.period.value() or None,
            "valid_days": self.valid.value() or None, "grace_days": self.grace.value(),
            "discount_permille": levels.permille(self.discount.text() or "0",
                                                 "discount_permille"),
            "points_multiplier_permille": levels.permille(
                self.multiplier.text() or "1", "points_multiplier_permille", 1000),
            "free_items_month": self.free_items.value(), "birthday_gift": self.gift.text(),
            "priority_service": self.priority.isChecked(), "benefits": self.benefits.text(),
        }  # fmt: skip

    def accept(self) -> None:
        try:
            fields = self.fields()
            if self.level is None:
                self.level_id = levels.add(fields)
            else:
                self.before = levels.edit(self.level.id, fields)
                self.level_id = self.level.id
        except (ValidationError, GuanjiaError) as exc:
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        super().accept()


class LevelsDialog(QDialog):
    COLUMNS = ("name", "rank", "basis", "threshold", "period", "grace", "multiplier",
               "discount", "members")  # fmt: skip

    def __init__(self, parent=None, undo_stack=None):
        super().__init__(parent)
        self.setObjectName("LevelsDialog")
        self.setWindowTitle(self.tr("Member levels"))
        self.undo_stack = undo_stack
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("levels_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Rank"), self.tr("Reached by"), self.tr("Threshold"),
            self.tr("Period"), self.tr("Grace"), self.tr("Multiplier"), self.tr("Discount"),
            self.tr("Members")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_level())
        buttons = QHBoxLayout()
        self.add_button = self._button("level_add", self.tr("Add…"), self.add_level)
        self.edit_button = self._button("level_edit", self.tr("Edit…"), self.edit_level)
        self.archive_button = self._button("level_archive", self.tr("Archive"),
                                           self.archive_level)  # fmt: skip
        self.recompute_button = self._button("levels_recompute", self.tr("Recompute now"),
                                             self.recompute)  # fmt: skip
        for button in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.recompute_button)
        self.result = QLabel()
        self.result.setObjectName("levels_result")
        self.result.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("levels_error")
        self.error.setWordWrap(True)
        style.error_text(self.error)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self._rules_box())
        layout.addWidget(self.error)
        box = button_box(QDialogButtonBox.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        if undo_stack is not None:
            undo_stack.indexChanged.connect(self.reload)
        self.resize(760, 560)
        self.reload()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _rules_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Earning and level rules"))
        form = QFormLayout(group)
        rules = level_rules.rules()
        self.rule_boxes: dict[str, QSpinBox] = {}
        words = {
            "points_per_yuan": self.tr("Points per yuan spent"),
            "points_task_register": self.tr("Points for registering (注册)"),
            "points_task_profile": self.tr("Points for a complete profile (完善资料)"),
            "points_task_first_order": self.tr("Points for the first order (首单)"),
            "points_task_review": self.tr("Points for a review (评价)"),
            "points_attendance": self.tr("Points per event attended"),
        }
        for key, word in words.items():
            box = QSpinBox()
            box.setObjectName(f"rule_{key}")
            box.setRange(0, 1_000_000)
            box.setValue(int(rules[key]))
            self.rule_boxes[key] = box
            form.addRow(word, box)
        self.tags_check = QCheckBox(self.tr("Show the level as a tag (group 会员等级)"))
        self.tags_check.setObjectName("rule_level_tags")
        self.tags_check.setChecked(bool(rules["level_tags"]))
        self.after_check = QCheckBox(self.tr("Check the level after every purchase"))
        self.after_check.setObjectName("rule_level_after_purchase")
        self.after_check.setChecked(bool(rules["level_after_purchase"]))
        form.addRow("", self.tags_check)
        form.addRow("", self.after_check)
        self.save_rules_button = self._button("rules_save", self.tr("Save rules"),
                                              self.save_rules)  # fmt: skip
        form.addRow("", self.save_rules_button)
        return group

    # ------------------------------------------------------------ the table

    def reload(self, *_args) -> None:
        rows = levels.list_levels()
        self._ids = [lv.id for lv in rows]
        self.table.setRowCount(len(rows))
        for r, level in enumerate(rows):
            obj = levels.to_json(level)
            spend = level.basis == "spend"
            cells = [
                level.name, str(level.rank),
                self.tr("Spend") if spend else self.tr("Points earned"),
                formatting.money(level.threshold) if spend else formatting.number(level.threshold),
                fill(self.tr("%1 days"), level.period_days) if level.period_days
                else self.tr("For life"),
                fill(self.tr("%1 days"), level.grace_days) if level.grace_days else "",
                "×" + _number(level.points_multiplier_permille, 1000),
                f"{_number(level.discount_permille, 10)}%" if level.discount_permille else "",
                formatting.number(obj["members"]),
            ]  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 3, 8):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.edit_button.setEnabled(bool(rows))
        self.archive_button.setEnabled(bool(rows))

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _say(self, exc: Exception | None) -> None:
        self.error.setText(messages.error_message(exc) if exc else "")
        self.error.setVisible(exc is not None)

    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)

    def _after_change(self, _ids) -> None:
        return None  # the stack's indexChanged reloads the table

    def add_level(self) -> None:
        dialog = LevelEditDialog(self)
        if dialog.exec() == QDialog.Accepted:
            self._say(None)
            self._push(AddLevel(dialog.level_id, self._after_change, self._say))
            self.reload()

    def edit_level(self) -> None:
        level_id = self.current_id()
        if level_id is None:
            return
        dialog = LevelEditDialog(self, levels.get(level_id))
        if dialog.exec() == QDialog.Accepted:
            self._say(None)
            self._push(EditLevel(level_id, dialog.before, self._after_change, self._say))
            self.reload()

    def archive_level(self) -> None:
        level_id = self.current_id()
        if level_id is None:
            return
        try:
            levels.archive(level_id)
        except GuanjiaError as exc:
            self._say(exc)
            return
        self._say(None)
        self._push(ArchiveLevel(level_id, True, self._after_change, self._say))
        self.reload()

    # ------------------------------------------------------------ rules and recompute

    def save_rules(self) -> None:
        changes = {key: box.value() for key, box in self.rule_boxes.items()}
        changes["level_tags"] = self.tags_check.isChecked()
        changes["level_after_purchase"] = self.after_check.isChecked()
        try:
            level_rules.set_rules(changes)
        except GuanjiaError as exc:
            self._say(exc)
            return
        self._say(None)
        self.result.setText(self.tr("The rules are saved."))

    def recompute(self) -> None:
        try:
            found = run_with_progress(
                self, self.tr("Recomputing every member's level…"),
                lambda progress, cancel: level_rules.recompute(progress=progress,
                                                               cancel=cancel))  # fmt: skip
        except Cancelled:
            self.result.setText(self.tr("Cancelled: no level changed."))
            return
        except GuanjiaError as exc:
            self._say(exc)
            return
        self._say(None)
        self.result.setText(fill(
            self.tr("Levels recomputed: %1 up, %2 down, %3 in a grace period, %4 back"
                    " above their level."),
            found["up"], found["down"], found["grace"], found["kept"]))  # fmt: skip
        self.reload()
