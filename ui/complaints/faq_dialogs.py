"""The FAQ (常见问题) in the window: an entry from a resolved complaint, and the list
staff search and edit."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from models.complaints import faq
from ui.buttons import button_box
from ui.complaints import labels as cl
from ui.complaints.dialogs import RowRole, category_combo
from ui.followups.dialogs import _WriteDialog


class FaqEntryDialog(_WriteDialog):
    """Write or edit one FAQ entry; from a complaint, its description and solution."""

    def __init__(self, parent, entry: dict | None = None, complaint: dict | None = None):
        super().__init__(parent, self.tr("FAQ entry"))
        self.setObjectName("FaqEntryDialog")
        self.entry, self.complaint = entry, complaint
        source = entry or {}
        if complaint is not None:
            source = {"question": complaint["description"], "answer": complaint["solution"],
                      "category": complaint["category"]}  # fmt: skip
        self.question = QPlainTextEdit(source.get("question", ""))
        self.question.setObjectName("faq_question")
        self.question.setFixedHeight(70)
        self.form.addRow(QLabel(self.tr("Question")), self.question)
        self.answer = QPlainTextEdit(source.get("answer", ""))
        self.answer.setObjectName("faq_answer_edit")
        self.answer.setMinimumHeight(120)
        self.form.addRow(QLabel(self.tr("Answer")), self.answer)
        self.category = category_combo(source.get("category", ""), "faq_category")
        self.category.insertItem(0, self.tr("(none)"), "")
        if not source.get("category"):
            self.category.setCurrentIndex(0)
        self.form.addRow(QLabel(self.tr("Category")), self.category)
        self.faq_id = entry["id"] if entry else None
        self.resize(520, 0)

    def write(self) -> None:
        question, answer = self.question.toPlainText(), self.answer.toPlainText()
        category = self.category.currentData() or ""
        if self.faq_id is not None:
            faq.update(self.faq_id, question, answer, category)
        elif self.complaint is not None:
            self.faq_id = faq.from_complaint(self.complaint["id"], question, answer, category)
        else:
            self.faq_id = faq.create(question, answer, category)


class FaqDialog(QDialog):
    """The FAQ: search (one or two characters are enough), read, add, edit, delete."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("FaqDialog")
        self.setWindowTitle(self.tr("FAQ"))
        self.search = QLineEdit()
        self.search.setObjectName("faq_search")
        self.search.setPlaceholderText(self.tr("Search questions and answers"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("faq_list")
        self.list.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("faq_view")
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setSizes([300, 420])
        buttons = button_box(QDialogButtonBox.Close)  # the entry's actions, then Close
        self.button_add = QPushButton(self.tr("New entry…"))
        self.button_edit = QPushButton(self.tr("Edit…"))
        self.button_delete = QPushButton(self.tr("Delete"))
        for b, name in ((self.button_add, "faq_add"), (self.button_edit, "faq_edit"),
                        (self.button_delete, "faq_delete")):  # fmt: skip
            b.setObjectName(name)
            buttons.addButton(b, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.currentItemChanged.connect(self._show)
        self.button_add.clicked.connect(lambda: self.edit(None))
        self.button_edit.clicked.connect(lambda: self.edit(self.current()))
        self.button_delete.clicked.connect(lambda: self.delete(confirm=True))
        self.resize(820, 520)
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self.list.clear()
        for row in faq.search(self.search.text()):
            text = row["question"].splitlines()[0] if row["question"] else ""
            if row["category"]:
                text += f"  [{cl.category_label(row['category'])}]"
            item = QListWidgetItem(text)
            item.setData(RowRole, row)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.view.setPlainText(self.tr("No entries. Resolved complaints can become entries."))
        self.button_edit.setEnabled(self.list.count() > 0)
        self.button_delete.setEnabled(self.list.count() > 0)

    def current(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(RowRole) if item is not None else None

    def _show(self, item, _previous=None) -> None:
        if item is not None:
            row = item.data(RowRole)
            self.view.setPlainText(f"{row['question']}\n\n{row['answer']}")

    def edit(self, entry: dict | None) -> FaqEntryDialog:
        dialog = FaqEntryDialog(self, entry)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def delete(self, confirm: bool = True) -> bool:
        row = self.current()
        if row is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete FAQ entry"), self.tr("Delete this entry?")
            )
            if answer != QMessageBox.Yes:
                return False
        faq.delete(row["id"])
        self.reload()
        return True
