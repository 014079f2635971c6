"""The add/edit customer dialog: every field, custom fields, validation in place."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.customers import customers, record
from models.customers.custom_fields import list_fields
from models.errors import ValidationError
from ui import labels, messages, style
from ui.buttons import button_box
from ui.tags.tag_editor import TagEditor
from ui.team.owner_picker import OwnerPicker
from ui.text import fill


class CustomerDialog(QDialog):
    """Edits one customer's values. accept() only with valid input; `values()` gives them.

    When the user chooses to open an existing customer with the same mobile/email,
    the dialog is rejected and `open_existing_id` names that customer.
    """

    def __init__(self, parent=None, customer: dict | None = None):
        super().__init__(parent)
        self.setObjectName("CustomerDialog")
        self._customer = customer or {}
        self.customer_id = self._customer.get("id")
        self.open_existing_id: int | None = None
        self.merge_into_id: int | None = None  # "merge into existing customer" chosen
        self._errors: dict[str, QLabel] = {}
        self._edits: dict[str, QWidget] = {}
        self._custom_fields = list_fields()
        self.setWindowTitle(
            self.tr("Edit customer") if self.customer_id else self.tr("New customer")
        )
        self.resize(560, 680)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        c = self._customer
        self._line(form, "number", c.get("number", ""))
        self._line(form, "name", c.get("name", ""), required=True)
        self._line(
            form,
            "mobile",
            c.get("mobile", ""),
            placeholder=self.tr("e.g. 138 1234 5678 or 0571-8888 8888"),
        )
        self._line(form, "wechat", c.get("wechat", ""))
        self._line(form, "email", c.get("email", ""), placeholder="name@example.com")
        self._line(form, "company", c.get("company", ""))
        self._line(form, "job_title", c.get("job_title", ""))
        self._line(form, "industry", c.get("industry", ""))
        self._line(form, "city", c.get("city", ""))
        self._line(form, "address", c.get("address", ""))
        self._combo(form, "gender", record.GENDERS, labels.gender_label, c.get("gender", ""))
        self._birthday_row(form)
        self._combo(form, "source", record.SOURCES, labels.source_label, c.get("source", ""))
        owner = OwnerPicker(c.get("owner", ""))
        owner.setObjectName("edit_owner")
        form.addRow(labels.field_label("owner"), owner)
        self._edits["owner"] = owner
        self._add_error_label(form, "owner")
        self._combo(form, "stage", record.STAGES, labels.stage_label, c.get("stage", ""))
        self.tag_editor = TagEditor(c.get("tags", []), self)
        self.tag_editor.setObjectName("edit_tags")
        self._edits["tags"] = self.tag_editor
        form.addRow(labels.field_label("tags"), self.tag_editor)
        self._add_error_label(form, "tags")
        self.tag_editor.problem.connect(lambda text: self.set_error("tags", text))
        notes = QPlainTextEdit(c.get("notes", ""))
        notes.setObjectName("edit_notes")
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(80)
        # The tags take the lines they need; spare height is not a gap above the notes.
        self.tag_editor.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Maximum)
        self._edits["notes"] = notes
        form.addRow(labels.field_label("notes"), notes)
        self._add_error_label(form, "notes")
        for field in self._custom_fields:
            self._custom_row(form, field, c.get("custom", {}).get(field.key, ""))

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = button_box(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ building

    def _add_error_label(self, form: QFormLayout, key: str) -> None:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        style.error_text(label)
        label.setWordWrap(True)
        label.hide()
        form.addRow("", label)
        self._errors[key] = label

    def _line(self, form, key, value, required=False, placeholder=""):
        edit = QLineEdit(value)
        edit.setObjectName(f"edit_{key}")
        edit.setPlaceholderText(placeholder)
        text = labels.field_label(key) + (" *" if required else "")
        form.addRow(text, edit)
        self._edits[key] = edit
        self._add_error_label(form, key)
        if key in ("name", "mobile", "email", "number"):
            edit.editingFinished.connect(lambda k=key: self._check_field(k))
        return edit

    def _combo(self, form, key, codes, label_fn, value):
        combo = QComboBox()
        combo.setObjectName(f"edit_{key}")
        for code in codes:
            combo.addItem(label_fn(code) if code else self.tr("(not set)"), code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        form.addRow(labels.field_label(key), combo)
        self._edits[key] = combo

    def _birthday_row(self, form):
        c = self._customer
        edit = QLineEdit(labels.birthday_text(c.get("birthday", ""), False, False))
        edit.setObjectName("edit_birthday")
        edit.setPlaceholderText(self.tr("1990-05-20, or 05-20 without the year"))
        calendar = QComboBox()
        calendar.setObjectName("edit_birthday_calendar")
        calendar.addItem(self.tr("Solar"), False)
        calendar.addItem(self.tr("Lunar"), True)
        calendar.setCurrentIndex(1 if c.get("birthday_lunar") else 0)
        leap = QCheckBox(self.tr("Leap month"))
        leap.setObjectName("edit_birthday_leap")
        leap.setChecked(bool(c.get("birthday_leap")))
        leap.setEnabled(calendar.currentIndex() == 1)
        calendar.currentIndexChanged.connect(lambda i: leap.setEnabled(i == 1))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(calendar)
        row.addWidget(leap)
        form.addRow(labels.field_label("birthday"), row)
        self._edits.update(birthday=edit, birthday_calendar=calendar, birthday_leap=leap)
        self._add_error_label(form, "birthday")
        edit.editingFinished.connect(lambda: self._check_field("birthday"))

    def _custom_row(self, form, field, value):
        key = field.key
        if field.kind == "choice":
            widget = QComboBox()
            widget.addItem(self.tr("(not set)"), "")
            for choice in field.choice_list:
                widget.addItem(choice, choice)
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif field.kind == "date":
            widget = QDateEdit()
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("yyyy-MM-dd")
            widget.setSpecialValueText(self.tr("(not set)"))
            widget.setMinimumDate(QDate(1900, 1, 1))
            widget.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else widget.minimumDate())
        else:
            widget = QLineEdit(value)
            if field.kind == "number":
                widget.setPlaceholderText(self.tr("a number"))
        widget.setObjectName(f"edit_{key}")
        form.addRow(field.name, widget)
        self._edits[key] = widget
        self._add_error_label(form, key)

    # ------------------------------------------------------------ values and checks

    def values(self) -> dict:
        e = self._edits
        data = {}
        for key in record.TEXT_FIELDS:
            w = e.get(key)
            if isinstance(w, OwnerPicker | QLineEdit):  # the owner picker: the name typed
                data[key] = w.text()
            elif isinstance(w, QComboBox):
                data[key] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                data[key] = w.toPlainText()
        data["birthday_lunar"] = bool(e["birthday_calendar"].currentData())
        data["birthday_leap"] = e["birthday_leap"].isChecked() and data["birthday_lunar"]
        # A tag typed but not yet entered is kept too, as the user would expect.
        pending = self.tag_editor.input.text().strip()
        data["tags"] = self.tag_editor.names() + ([pending] if pending else [])
        custom = {}
        for field in self._custom_fields:
            w = e[field.key]
            if isinstance(w, QComboBox):
                custom[field.id] = w.currentData()
            elif isinstance(w, QDateEdit):
                custom[field.id] = (
                    "" if w.date() == w.minimumDate() else w.date().toString("yyyy-MM-dd")
                )
            else:
                custom[field.id] = w.text()
        data["custom"] = custom
        return data

    def set_error(self, key: str, message: str) -> None:
        label = self._errors.get(key)
        widget = self._edits.get(key)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        if widget is not None:
            style.set_role(widget, "invalid" if message else "")

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and label.isVisible() else ""

    def _problems(self) -> dict[str, str]:
        """field key -> translated message, for every problem with the current values."""
        _clean, errors = customers.validate(self.values())
        problems = {}
        for err in errors:
            problems.setdefault(err.field, messages.error_message(err))
        owner = self._edits["owner"].problem()  # an owner is an active staff member
        if owner:
            problems.setdefault("owner", owner)
        if "number" not in problems:
            try:
                customers.check_number_free(self.values().get("number", ""), self.customer_id)
            except ValidationError as err:
                problems["number"] = messages.error_message(err)
        return problems

    def _check_field(self, key: str) -> None:
        self.set_error(key, self._problems().get(key, ""))

    def accept(self) -> None:
        if not self.tag_editor.commit_text():
            self.tag_editor.input.setFocus()
            return
        problems = self._problems()
        for key in self._errors:
            self.set_error(key, problems.get(key, ""))
        if problems:
            first = next(k for k in self._errors if k in problems)
            widget = self._edits.get(first)
            if widget is not None:
                widget.setFocus()
            return
        clean, _ = customers.validate(self.values())
        dups = customers.duplicates_of(
            clean.get("mobile", ""), clean.get("email", ""), self.customer_id
        )
        if dups and not self._confirm_duplicate(dups[0], clean):
            return
        super().accept()

    def _confirm_duplicate(self, dup: dict, clean: dict) -> bool:
        """Warn that the mobile/email is in use; True to save anyway."""
        field = labels.field_label(dup["field"])
        text = fill(
            self.tr("%1 %2 is already used by customer “%3”."),
            field,
            clean[dup["field"]],
            dup["name"],
        )
        if dup["in_bin"]:
            text += " " + self.tr("That customer is in the recycle bin.")
        box = QMessageBox(QMessageBox.Warning, self.tr("Possible duplicate"), text, parent=self)
        box.setObjectName("duplicate_warning")
        open_btn = box.addButton(self.tr("Open existing customer"), QMessageBox.ActionRole)
        merge_btn = None  # issue 29: save, then merge this record into the existing one
        if not dup["in_bin"]:
            merge_btn = box.addButton(self.tr("Merge into existing customer"),
                                      QMessageBox.ActionRole)  # fmt: skip
            merge_btn.setObjectName("merge_into_existing")
        save_btn = box.addButton(self.tr("Save anyway"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(open_btn)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_btn:
            self.open_existing_id = dup["id"]
            self.reject()
            return False
        if merge_btn is not None and clicked is merge_btn:
            self.merge_into_id = dup["id"]
            return True
        return clicked is save_btn
