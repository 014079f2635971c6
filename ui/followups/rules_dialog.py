"""Settings of follow-up work: stay-in-touch rules, and care: birthdays (lead days and
the greeting template) and festivals (ui/followups/festival_settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from models.customers import customers, record
from models.errors import GuanjiaError
from models.followups import care, stay_in_touch
from models.tags import tags
from ui import formatting, labels, messages, style
from ui.followups.dialogs import CustomerPicker, _WriteDialog
from ui.followups.festival_settings import FestivalSettings
from ui.followups.rules_undo import RuleChange, window_undo
from ui.text import fill


def rule_target_text(rule) -> str:
    if rule.scope == "tag":
        try:
            return fill(
                QCoreApplication.translate("Rules", "Tag: %1"), tags.get_tag(int(rule.target)).name
            )
        except GuanjiaError:
            return "?"
    if rule.scope == "stage":
        return fill(
            QCoreApplication.translate("Rules", "Stage: %1"), labels.stage_label(rule.target)
        )
    try:
        name = customers.get(int(rule.target))["name"]
    except GuanjiaError:
        name = "?"
    return fill(QCoreApplication.translate("Rules", "Customer: %1"), name)


class StayInTouchDialog(_WriteDialog):
    """The rules "contact every N days" for a tag, a stage or one customer."""

    def __init__(self, parent=None, customer_id: int | None = None):
        super().__init__(parent, self.tr("Stay in touch"))
        self.setObjectName("StayInTouchDialog")
        self.changed = False
        self._undo, self._refresh_all = window_undo(parent)  # each rule change: one undo step
        intro = QLabel(
            self.tr(
                "Customers under a rule appear in Today's list once they have not been "
                "contacted for its number of days. Any logged contact restarts the clock."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("rules_table")
        self.table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Contact every")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        formatting.comfortable_rows(self.table)
        self.form.addRow(self.table)
        self.remove_button = QPushButton(self.tr("Remove rule"))
        self.remove_button.setObjectName("rule_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.form.addRow(self.remove_button)

        self.scope = QComboBox()
        self.scope.setObjectName("rule_scope")
        self.scope.addItem(self.tr("Customers with the tag"), "tag")
        self.scope.addItem(self.tr("Customers in the stage"), "stage")
        self.scope.addItem(self.tr("One customer"), "customer")
        self.tag = QComboBox()
        self.tag.setObjectName("rule_tag")
        for info in tags.list_tags():
            self.tag.addItem(info.name, info.id)
        self.stage = QComboBox()
        self.stage.setObjectName("rule_stage")
        for code in record.STAGES[1:]:
            self.stage.addItem(labels.stage_label(code), code)
        self.picker = CustomerPicker(self)
        self.fixed_customer = customer_id
        self.targets = QStackedWidget()
        self.targets.addWidget(self.tag)
        self.targets.addWidget(self.stage)
        if customer_id is not None:
            name = QLabel(customers.get(customer_id)["name"])
            self.targets.addWidget(name)
        else:
            self.targets.addWidget(self.picker)
        self.scope.currentIndexChanged.connect(self.targets.setCurrentIndex)
        self.days = QSpinBox()
        self.days.setObjectName("rule_days")
        self.days.setRange(1, stay_in_touch.MAX_DAYS)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.add_button = QPushButton(self.tr("Add or change rule"))
        self.add_button.setObjectName("rule_add")
        self.add_button.clicked.connect(self.add_rule)
        row = QHBoxLayout()
        row.addWidget(self.scope)
        row.addWidget(self.targets, 1)
        row.addWidget(self.days)
        row.addWidget(self.add_button)
        self.form.addRow(row)
        if customer_id is not None:
            self.scope.setCurrentIndex(2)
        self.buttons.button(self.buttons.StandardButton.Cancel).hide()
        self.reload()
        self.resize(640, 440)

    def reload(self) -> None:
        self.rules = stay_in_touch.list_rules()
        self.table.setRowCount(len(self.rules))
        for i, rule in enumerate(self.rules):
            who = QTableWidgetItem(rule_target_text(rule))
            who.setToolTip(who.text())
            self.table.setItem(i, 0, who)
            every = fill(self.tr("%1 days"), formatting.number(rule.every_days))
            self.table.setItem(i, 1, QTableWidgetItem(every))

    def add_rule(self) -> bool:
        scope = self.scope.currentData()
        if scope == "tag":
            target = self.tag.currentData()
        elif scope == "stage":
            target = self.stage.currentData()
        else:
            target = self.fixed_customer or self.picker.customer_id
        try:
            if target is None:
                raise GuanjiaError("nothing chosen")
            before = {r.id: stay_in_touch.rule_image(r.id) for r in stay_in_touch.list_rules()}
            rule_id = stay_in_touch.set_rule(scope, target, self.days.value())
        except GuanjiaError as exc:
            text = messages.error_message(exc)
            if target is None:
                text = self.tr("Choose who the rule is for.")
            self.error.setText(text)
            self.error.show()
            return False
        self._push(rule_id, before.get(rule_id))
        self.error.hide()
        self.changed = True
        self.reload()
        return True

    def _push(self, rule_id: int, before: dict | None) -> None:
        if self._undo is not None:
            refresh = self._refresh_all  # not the dialog: undo may come after it is gone
            command = RuleChange(rule_id, before, lambda _ids: refresh())
            if not command.empty():
                self._undo.push(command)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        for row in rows:
            rule_id = self.rules[row].id
            before = stay_in_touch.rule_image(rule_id)
            try:
                stay_in_touch.remove_rule(rule_id)
            except GuanjiaError:
                continue
            self._push(rule_id, before)
        if rows:
            self.changed = True
        self.reload()

    def write(self) -> None:
        return None


class CareSettingsDialog(_WriteDialog):
    """Birthdays (how many days ahead, the greeting template) and festivals (which, for
    whom, how many days ahead, each one's greeting), on two tabs."""

    def __init__(self, parent=None):
        super().__init__(parent, self.tr("Birthday and festival care"))
        self.setObjectName("CareSettingsDialog")
        birthdays = QWidget()
        form = QFormLayout(birthdays)
        self.lead = QSpinBox()
        self.lead.setObjectName("care_lead_days")
        self.lead.setRange(0, care.MAX_LEAD_DAYS)
        self.lead.setValue(care.lead_days())
        self.lead.setSuffix(self.tr(" days ahead, and on the day"))
        form.addRow(QLabel(self.tr("Remind")), self.lead)
        self.template = QPlainTextEdit(care.greeting_template())
        self.template.setObjectName("care_template")
        self.template.setFixedHeight(90)
        form.addRow(QLabel(self.tr("Greeting")), self.template)
        hint = QLabel(self.tr("{name} becomes the customer's name."))
        style.hint_text(hint)
        form.addRow(hint)
        self.preview = QLabel()
        self.preview.setObjectName("care_preview")
        self.preview.setWordWrap(True)
        form.addRow(QLabel(self.tr("Preview")), self.preview)
        self.festivals = FestivalSettings()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("care_tabs")
        self.tabs.addTab(birthdays, self.tr("Birthdays"))
        self.tabs.addTab(self.festivals, self.tr("Festivals"))
        self.form.addRow(self.tabs)
        self.template.textChanged.connect(self._preview)
        self._preview()
        self.resize(720, 460)

    def _preview(self) -> None:
        try:
            text = care.greeting("张伟", care.check_template(self.template.toPlainText()))
        except GuanjiaError as exc:
            text = messages.error_message(exc)
        self.preview.setText(text)

    def write(self) -> None:
        try:
            care.check_template(self.template.toPlainText())
        except GuanjiaError:
            self.tabs.setCurrentIndex(0)
            raise
        try:
            self.festivals.write()
        except GuanjiaError:
            self.tabs.setCurrentIndex(1)
            raise
        days = self.lead.value() if self.lead.value() != care.lead_days() else None
        care.configure(days=days, template=self.template.toPlainText())
