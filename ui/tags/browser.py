"""TagBrowser: the tree of tag groups and tags beside the customer table.

Clicking a tag cycles it off -> required -> excluded -> off; the context menu sets a
state directly and manages tags and groups. The browser shows the filter; the
customers page owns it (stateRequested asks the page to change it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.errors import GuanjiaError
from models.tags import tags as tag_store
from ui import formatting, messages, style
from ui.retranslating import Retranslating
from ui.tags.tree_model import TagTreeModel
from ui.tags.undo import TagRecorder
from ui.text import fill

NEXT_STATE = {"off": "include", "include": "exclude", "exclude": "off"}


class TagBrowser(Retranslating, QWidget):
    stateRequested = Signal(int, str)  # tag id, "include" / "exclude" / "off"
    tagsEdited = Signal()  # tags or groups changed: lists, chips and counts must re-read
    tagsRemoved = Signal()  # a tag was deleted or merged (one undo step: ui.tags.undo)
    countScopeChanged = Signal()

    def __init__(self, undo_stack=None, parent=None):
        super().__init__(parent)
        self.setObjectName("tag_browser")
        self.undoable = TagRecorder(undo_stack, lambda _ids: self._after_undo(), self._error)
        self.model = TagTreeModel(self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("tag_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.add_button = QToolButton()
        self.add_button.setObjectName("tag_add_button")
        self.add_button.setText("+")
        self.add_button.setPopupMode(QToolButton.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)

        self.scope = QComboBox()
        self.scope.setObjectName("count_scope")
        self.scope.addItems(["", ""])
        self.scope.currentIndexChanged.connect(lambda _i: self.countScopeChanged.emit())

        self.tree = QTreeView()
        self.tree.setObjectName("tag_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        formatting.comfortable_rows(self.tree)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.clicked.connect(self._clicked)
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self.tree.expandAll)
        self.tree.expandAll()

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scope)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    # ------------------------------------------------------------ language

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Find a tag (pinyin too)"))
        self.add_button.setToolTip(self.tr("New tag or group"))
        self.add_menu.clear()
        self.add_menu.addAction(self.tr("New tag…"), lambda: self.new_tag())
        self.add_menu.addAction(self.tr("New group…"), lambda: self.new_group())
        self.scope.setItemText(0, self.tr("Counts in this list"))
        self.scope.setItemText(1, self.tr("Counts in all customers"))
        self.scope.setToolTip(
            self.tr("Count customers in the list as filtered now, or in the whole database")
        )
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, 1)

    # ------------------------------------------------------------ state from the page

    @property
    def counts_follow_list(self) -> bool:
        return self.scope.currentIndex() == 0

    def set_filter(self, flt) -> None:
        self.model.set_states(flt.tags, flt.not_tags)

    def set_counts(self, counts: dict[int, int]) -> None:
        self.model.set_counts(counts)

    def reload(self) -> None:
        self.model.reload()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)

    # ------------------------------------------------------------ clicks and menus

    def _clicked(self, index) -> None:
        if index.data(TagTreeModel.KindRole) != "tag":
            return
        tag_id = index.data(TagTreeModel.IdRole)
        self.stateRequested.emit(tag_id, NEXT_STATE[self.model.state(tag_id)])

    def _context_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        menu = self.build_menu(index)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def build_menu(self, index) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("tag_menu")
        kind = index.data(TagTreeModel.KindRole) if index.isValid() else None
        if kind == "tag":
            tag_id = index.data(TagTreeModel.IdRole)
            state = self.model.state(tag_id)
            for code, text in (
                ("include", self.tr("Only customers with this tag")),
                ("exclude", self.tr("Leave out customers with this tag")),
                ("off", self.tr("Do not filter by this tag")),
            ):
                action = menu.addAction(text, lambda c=code: self.stateRequested.emit(tag_id, c))
                action.setCheckable(True)
                action.setChecked(state == code)
                action.setObjectName(f"state_{code}")
            menu.addSeparator()
            menu.addAction(self.tr("Rename…"), lambda: self.rename_tag(tag_id))
            menu.addAction(self.tr("Colour…"), lambda: self.recolor_tag(tag_id))
            move = menu.addMenu(self.tr("Move to group"))
            current = index.parent().data(TagTreeModel.IdRole)
            for gid, name in self.model.groups():
                action = move.addAction(name, lambda g=gid: self.move_tag(tag_id, g))
                action.setEnabled(gid != current)
            menu.addAction(self.tr("Move up"), lambda: self.move_tag_step(tag_id, -1))
            menu.addAction(self.tr("Move down"), lambda: self.move_tag_step(tag_id, +1))
            menu.addAction(self.tr("Merge into another tag…"), lambda: self.merge_tag(tag_id))
            menu.addSeparator()
            menu.addAction(self.tr("Delete tag…"), lambda: self.delete_tag(tag_id))
        elif kind == "group":
            gid = index.data(TagTreeModel.IdRole)
            menu.addAction(self.tr("New tag in this group…"), lambda: self.new_tag(group_id=gid))
            protected = index.data(Qt.DisplayRole) == tag_store.OTHER_GROUP  # holds orphans
            rename = menu.addAction(self.tr("Rename group…"), lambda: self.rename_group(gid))
            menu.addAction(self.tr("Colour…"), lambda: self.recolor_group(gid))
            menu.addAction(self.tr("Move up"), lambda: self.move_group(gid, -1))
            menu.addAction(self.tr("Move down"), lambda: self.move_group(gid, +1))
            menu.addSeparator()
            delete = menu.addAction(self.tr("Delete group…"), lambda: self.delete_group(gid))
            rename.setEnabled(not protected)
            delete.setEnabled(not protected)
        else:
            menu.addAction(self.tr("New tag…"), lambda: self.new_tag())
            menu.addAction(self.tr("New group…"), lambda: self.new_group())
        return menu

    # ------------------------------------------------------------ editing (each may ask)

    def _run(self, change) -> bool:
        try:
            change()
        except GuanjiaError as exc:
            self._error(exc)
            return False
        self.reload()
        self.tagsEdited.emit()
        return True

    def _error(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Tags"), messages.error_message(exc), parent=self
        )
        box.setObjectName("tag_error")
        box.exec()

    def _after_undo(self) -> None:
        self.reload()
        self.tagsEdited.emit()

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("tag_name_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        return dialog.textValue() if dialog.exec() else None

    def _ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("tag_choice_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        return dialog.textValue() if dialog.exec() else None

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Tags"), text, parent=self)
        box.setObjectName("confirm_tag")
        box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        return box.exec() == QMessageBox.Yes

    def _ask_color(self, current: str) -> str | None:
        color = QColorDialog.getColor(
            current or style.TAG_DEFAULT, self, self.tr("Choose a colour")
        )
        return color.name() if color.isValid() else None

    def new_tag(self, name: str | None = None, group_id: int | None = None) -> bool:
        if name is None:
            name = self._ask_text(self.tr("New tag"), self.tr("Tag name:"))
            if name is None:
                return False
        return self._run(lambda: tag_store.create_tag(name, group_id))

    def new_group(self, name: str | None = None) -> bool:
        if name is None:
            name = self._ask_text(self.tr("New group"), self.tr("Group name:"))
            if name is None:
                return False
        return self._run(lambda: tag_store.create_group(name))

    def rename_tag(self, tag_id: int, name: str | None = None) -> bool:
        if name is None:
            current = tag_store.get_tag(tag_id).name
            name = self._ask_text(self.tr("Rename tag"), self.tr("New name:"), current)
            if name is None:
                return False
        return self._run(lambda: tag_store.rename_tag(tag_id, name))

    def rename_group(self, group_id: int, name: str | None = None) -> bool:
        if name is None:
            current = tag_store.get_group(group_id).name
            name = self._ask_text(self.tr("Rename group"), self.tr("New name:"), current)
            if name is None:
                return False
        return self._run(lambda: tag_store.rename_group(group_id, name))

    def recolor_tag(self, tag_id: int, color: str | None = None) -> bool:
        if color is None:
            tag = tag_store.get_tag(tag_id)
            color = self._ask_color(tag.color or tag.group.color)
            if color is None:
                return False
        return self._run(lambda: tag_store.recolor_tag(tag_id, color))

    def recolor_group(self, group_id: int, color: str | None = None) -> bool:
        if color is None:
            color = self._ask_color(tag_store.get_group(group_id).color)
            if color is None:
                return False
        return self._run(lambda: tag_store.recolor_group(group_id, color))

    def move_tag(self, tag_id: int, group_id: int) -> bool:
        return self._run(lambda: tag_store.move_tag(tag_id, group_id))

    def move_tag_step(self, tag_id: int, step: int) -> bool:
        return self._run(lambda: tag_store.move_tag_step(tag_id, step))

    def move_group(self, group_id: int, step: int) -> bool:
        return self._run(lambda: tag_store.move_group(group_id, step))

    def merge_tag(self, tag_id: int, target_name: str | None = None) -> bool:
        source = tag_store.get_tag(tag_id)
        others = [t.name for t in tag_store.list_tags() if t.id != tag_id]
        if not others:
            return False
        if target_name is None:
            target_name = self._ask_item(
                self.tr("Merge tags"),
                fill(self.tr("Merge “%1” into:"), source.name),
                others,
            )
            if target_name is None:
                return False
        target = tag_store.find_tag(target_name)
        if target is None:
            return False
        n = tag_store.customers_with(tag_id)
        text = fill(
            self.tr(
                "Merge “%1” into “%2”? The %n customer(s) with “%1” will have “%2”, "
                "and “%1” will be gone.",
                "",
                n,
            ),
            source.name,
            target.name,
        )
        if not self._confirm(text):
            return False
        done = self._run(lambda: self.undoable(
            "merge_tags", lambda: tag_store.merge_tags([tag_id], target.id),
            tag_ids=[tag_id, target.id]))  # fmt: skip
        if done:
            self.tagsRemoved.emit()
        return done

    def delete_tag(self, tag_id: int) -> bool:
        tag = tag_store.get_tag(tag_id)
        n = tag_store.customers_with(tag_id)
        if n:
            text = fill(
                self.tr(
                    "%n customer(s) have the tag “%1”. Delete the tag and take it off them?", "", n
                ),
                tag.name,
            )
        else:
            text = fill(self.tr("No customer has the tag “%1”. Delete it?"), tag.name)
        if not self._confirm(text):
            return False
        done = self._run(lambda: self.undoable(
            "delete_tag", lambda: tag_store.delete_tag(tag_id), tag_ids=[tag_id]))  # fmt: skip
        if done:
            self.tagsRemoved.emit()
        return done

    def delete_group(self, group_id: int) -> bool:
        group = tag_store.get_group(group_id)
        n = tag_store.tags_in_group(group_id)
        text = fill(
            self.tr("Delete the group “%1”? Its %n tag(s) move to “其他”.", "", n), group.name
        )
        if not self._confirm(text):
            return False
        return self._run(lambda: self.undoable(
            "delete_group", lambda: tag_store.delete_group(group_id), group_ids=[group_id]))  # fmt: skip
