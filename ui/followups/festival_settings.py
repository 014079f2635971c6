"""The festivals tab of the care settings: which festivals are kept, for whom (all
customers, those with any of some tags, or in some lifecycle stages), how many days
ahead, and each one's greeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.customers import record
from models.errors import GuanjiaError
from models.followups import care, festival_care, festivals
from models.tags import tags
from ui import formatting, labels, messages, style
from ui.text import fill


class FestivalSettings(QWidget):
    """Edits every festival's settings in memory; `write()` keeps them in one go."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("festival_settings")
        self.saved = festival_care.all_settings()
        self.edited = {code: dict(conf) for code, conf in self.saved.items()}
        self.code = festivals.CODES[0]
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("festival_list")
        for code in festivals.CODES:
            item = QListWidgetItem(self._item_text(code))
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if self.edited[code]["on"] else Qt.Unchecked)
            self.list.addItem(item)
        self.list.setMinimumWidth(200)
        self.list.itemChanged.connect(self._checked)
        self.list.currentRowChanged.connect(self._select)

        self.audience = QComboBox()
        self.audience.setObjectName("festival_audience")
        self.audience.addItem(self.tr("All customers"), "all")
        self.audience.addItem(self.tr("Customers with any of these tags"), "tags")
        self.audience.addItem(self.tr("Customers in these lifecycle stages"), "stages")
        self.tags = self._checklist("festival_tags", [(t.id, t.name) for t in tags.list_tags()])
        self.stages = self._checklist(
            "festival_stages", [(s, labels.stage_label(s)) for s in record.STAGES[1:]]
        )
        self.choices = QStackedWidget()
        self.choices.setMaximumHeight(120)
        none = QLabel(self.tr("Every customer not in the recycle bin."))
        none.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        style.hint_text(none)
        for page in (none, self.tags, self.stages):
            self.choices.addWidget(page)
        self.lead = QSpinBox()
        self.lead.setObjectName("festival_lead_days")
        self.lead.setRange(0, care.MAX_LEAD_DAYS)
        self.lead.setSuffix(self.tr(" days before the festival"))
        self.template = QPlainTextEdit()
        self.template.setObjectName("festival_template")
        self.template.setFixedHeight(70)
        hint = QLabel(self.tr("{name} becomes the customer's name, {festival} the festival's."))
        style.hint_text(hint)
        hint.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("festival_preview")
        self.preview.setWordWrap(True)

        form = QFormLayout()
        form.addRow(QLabel(self.tr("For")), self.audience)
        form.addRow(self.choices)
        form.addRow(QLabel(self.tr("Remind")), self.lead)
        form.addRow(QLabel(self.tr("Greeting")), self.template)
        form.addRow(hint)
        form.addRow(QLabel(self.tr("Preview")), self.preview)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

        self.audience.currentIndexChanged.connect(self._edited)
        self.tags.itemChanged.connect(self._edited)
        self.stages.itemChanged.connect(self._edited)
        self.lead.valueChanged.connect(self._edited)
        self.template.textChanged.connect(self._edited)
        self.list.setCurrentRow(0)

    def _checklist(self, name: str, entries) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setMaximumHeight(120)
        for value, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            widget.addItem(item)
        return widget

    def _item_text(self, code: str) -> str:
        day = festival_care.next_date(code)
        return fill(self.tr("%1, %2"), labels.festival_name(code), formatting.date_text(day))

    def _select(self, row: int) -> None:
        if row < 0:
            return
        self.code = festivals.CODES[row]
        conf = self.edited[self.code]
        self._loading = True
        self.audience.setCurrentIndex(self.audience.findData(conf["audience"]))
        for widget, chosen in ((self.tags, conf["tags"]), (self.stages, conf["stages"])):
            for i in range(widget.count()):
                item = widget.item(i)
                checked = item.data(Qt.UserRole) in chosen
                item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.lead.setValue(conf["lead_days"])
        self.template.setPlainText(conf["template"])
        self._loading = False
        self._edited()

    def _checked(self, item: QListWidgetItem) -> None:
        self.edited[item.data(Qt.UserRole)]["on"] = item.checkState() == Qt.Checked

    @staticmethod
    def _ticked(widget: QListWidget) -> list:
        return [
            widget.item(i).data(Qt.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.Checked
        ]

    def _edited(self, *_args) -> None:
        self.choices.setCurrentIndex(self.audience.currentIndex())
        if self._loading:
            return
        conf = self.edited[self.code]
        conf.update(
            audience=self.audience.currentData(), tags=self._ticked(self.tags),
            stages=self._ticked(self.stages), lead_days=self.lead.value(),
            template=self.template.toPlainText(),
        )  # fmt: skip
        try:
            festival_care.check_template(conf["template"])
            text = festival_care.greeting(self.code, self.tr("Zhang Wei"), conf["template"])
        except GuanjiaError as exc:
            text = messages.error_message(exc)
        self.preview.setText(text)

    def changes(self) -> dict[str, dict]:
        """The festivals whose settings were changed here, with what changed."""
        found = {}
        for code, conf in self.edited.items():
            changed = {k: v for k, v in conf.items() if self.saved[code].get(k) != v}
            if changed:
                found[code] = changed
        return found

    def write(self) -> None:
        """Keep every change, or (one bad value) none, showing the festival at fault."""
        changes = self.changes()
        for code, change in changes.items():
            try:
                festival_care.validated(code, **change)
            except GuanjiaError:
                self.list.setCurrentRow(festivals.CODES.index(code))
                raise
        festival_care.configure_all(changes)
