"""BulkTagDialog: add and remove tags on the selected customers or on all that match."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from ui import style
from ui.buttons import button_box
from ui.tags.tag_editor import TagEditor
from ui.text import fill


class BulkTagDialog(QDialog):
    def __init__(self, selected: int, matching: int, parent=None, remove_first: bool = False):
        super().__init__(parent)
        self.setObjectName("bulk_tag_dialog")
        self.setWindowTitle(self.tr("Tag customers"))
        self.setMinimumWidth(480)
        locale = QLocale()
        self.selected_radio = QRadioButton(
            fill(self.tr("The %1 selected customer(s)"), locale.toString(selected))
        )
        self.selected_radio.setObjectName("scope_selected")
        self.matching_radio = QRadioButton(
            fill(
                self.tr("All %1 customer(s) in the list (not only those on screen)"),
                locale.toString(matching),
            )
        )
        self.matching_radio.setObjectName("scope_matching")
        self.selected_radio.setEnabled(selected > 0)
        (self.selected_radio if selected > 0 else self.matching_radio).setChecked(True)

        self.add_editor = TagEditor(parent=self)
        self.add_editor.setObjectName("add_tags")
        self.remove_editor = TagEditor(parent=self, only_existing=True)
        self.remove_editor.setObjectName("remove_tags")
        self.message = QLabel()
        self.message.setObjectName("bulk_message")
        style.error_text(self.message)
        self.message.setWordWrap(True)
        for editor in (self.add_editor, self.remove_editor):
            editor.problem.connect(self.message.setText)
            editor.changed.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Add tags:"), self.add_editor)
        form.addRow(self.tr("Remove tags:"), self.remove_editor)
        self.buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Change the tags of:")))
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.matching_radio)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.remove_editor if remove_first else self.add_editor).input.setFocus()
        self._update()

    @property
    def all_matching(self) -> bool:
        return self.matching_radio.isChecked()

    def to_add(self) -> list[str]:
        return self.add_editor.names()

    def to_remove(self) -> list[str]:
        return self.remove_editor.names()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.to_add() or self.to_remove()))

    def accept(self) -> None:
        # Text typed but not yet turned into a tag counts, as the user expects.
        if not (self.add_editor.commit_text() and self.remove_editor.commit_text()):
            return
        both = {n.casefold() for n in self.to_add()} & {n.casefold() for n in self.to_remove()}
        if both:
            self.message.setText(self.tr("A tag cannot be both added and removed."))
            return
        if not (self.to_add() or self.to_remove()):
            return
        super().accept()
