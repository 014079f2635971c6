"""TagEditor: a customer's tags as removable chips plus a box that completes tag names
(pinyin and initials too) and takes a new tag on Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLayout, QLineEdit, QSizePolicy, QWidget

from models.errors import ValidationError
from models.tags import tags as tag_store
from ui import messages, style
from ui.retranslating import Retranslating
from ui.tags.chips import ChipButton
from ui.text import fill

MatchRole = Qt.UserRole + 1


class FlowLayout(QLayout):
    """Lays children left to right, wrapping to the next line (Qt's flow layout example)."""

    def __init__(self, parent=None, spacing=4):
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, i):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientations(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self):
        return self.minimumSize()

    def minimumSize(self):
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect, move):
        x, y, line = rect.x(), rect.y(), 0
        for i, item in enumerate(self._items):
            widget = item.widget()
            hint = widget.sizeHint() if widget is not None else item.sizeHint()
            if widget is not None:
                hint = hint.expandedTo(widget.minimumSize())
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if i == len(self._items) - 1:  # the last one (the text box) takes the rest
                hint.setWidth(max(hint.width(), rect.right() - x + 1))
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y()


class TagCompleter(QCompleter):
    """Matches what is typed against name, full pinyin and initials; inserts the name."""

    def __init__(self, parent=None):
        self.source = QStandardItemModel(parent)
        super().__init__(self.source, parent)
        self.setCompletionRole(MatchRole)
        self.setFilterMode(Qt.MatchContains)
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setCompletionMode(QCompleter.PopupCompletion)
        self.setMaxVisibleItems(12)
        self.reload()

    def reload(self, exclude=()) -> None:
        self.source.clear()
        skip = {tag_store.tag_key(n) for n in exclude}
        for info in tag_store.list_tags():
            if tag_store.tag_key(info.name) in skip:
                continue
            item = QStandardItem(info.name)
            item.setData(tag_store.match_text(info.name), MatchRole)
            item.setToolTip(info.group)
            self.source.appendRow(item)

    def pathFromIndex(self, index):
        return index.data(Qt.DisplayRole)

    def splitPath(self, path):
        return [tag_store.tag_key(path)]


class TagEditor(Retranslating, QWidget):
    """Edits a list of tag names. New names are checked (not created) here: the
    customer save creates them. `only_existing` refuses names that are not tags yet."""

    changed = Signal()
    problem = Signal(str)  # a sentence for the user, "" when fine

    def __init__(self, names=(), parent=None, only_existing: bool = False):
        super().__init__(parent)
        self._names: list[str] = []
        self._only_existing = only_existing
        self._flow = FlowLayout(self)
        self.input = QLineEdit()
        self.input.setObjectName("tag_input")
        self.input.setMinimumWidth(200)
        self.input.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.completer = TagCompleter(self)
        self.input.setCompleter(self.completer)
        self.completer.activated[str].connect(self._take_completion)
        self.input.returnPressed.connect(self.commit_text)
        self.input.textEdited.connect(self._edited)
        self.input.installEventFilter(self)
        self.retranslate()
        for name in names:
            self.add(name)
        self._rebuild()

    def retranslate(self) -> None:
        self.input.setPlaceholderText(
            self.tr("Type a tag (pinyin works), Enter to add")
            if not self._only_existing
            else self.tr("Type a tag (pinyin works)")
        )

    def names(self) -> list[str]:
        return list(self._names)

    def add(self, name: str) -> bool:
        """Add a tag by name (an existing tag's spelling wins); False when refused."""
        if not " ".join(str(name or "").split()):
            return False
        try:
            name = tag_store.clean_name(name)
        except ValidationError as exc:
            self.problem.emit(messages.error_message(exc))
            return False
        existing = tag_store.find_tag(name)
        if existing is None and self._only_existing:
            self.problem.emit(fill(self.tr("There is no tag named “%1”."), name))
            return False
        if existing is not None:
            name = existing.name
        if tag_store.tag_key(name) not in {tag_store.tag_key(n) for n in self._names}:
            self._names.append(name)
            self._rebuild()
            self.changed.emit()
        self.problem.emit("")
        return True

    def remove(self, name: str) -> None:
        self._names = [n for n in self._names if n != name]
        self._rebuild()
        self.changed.emit()

    def commit_text(self) -> bool:
        """Turn what is typed into a tag (Enter, a comma, or leaving the box)."""
        text = self.input.text()
        if not text.strip():
            return True
        if self.add(text):
            self.input.clear()
            return True
        return False

    def _take_completion(self, name: str) -> None:
        if self.add(name):
            # QCompleter writes the completion into the box after this signal.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.input.clear)

    def _edited(self, text: str) -> None:
        # Separators never belong to a tag name: typing one adds the tag before it.
        for sep in tag_store.SEPARATORS:
            if sep in text:
                parts = [p for p in text.replace(sep, "\n").split("\n")]
                for part in parts[:-1]:
                    self.add(part)
                self.input.setText(parts[-1])
                return

    def eventFilter(self, obj, event):
        if (
            obj is self.input
            and event.type() == QEvent.KeyPress
            and event.key() == Qt.Key_Backspace
            and not self.input.text()
            and self._names
        ):
            self.remove(self._names[-1])
            return True
        return super().eventFilter(obj, event)

    def _rebuild(self) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.input:
                widget.hide()  # deleteLater waits for the event loop: do not show it meanwhile
                widget.deleteLater()
        colors = {tag_store.tag_key(t.name): t.color for t in tag_store.list_tags()}
        for name in self._names:
            chip = ChipButton(
                name,
                colors.get(tag_store.tag_key(name), style.TAG_NEW),
                self,
                tooltip=self.tr("Remove this tag"),
            )
            chip.setObjectName(f"chip_{name}")
            chip.removeRequested.connect(lambda n=name: self.remove(n))
            chip.ensurePolished()  # the style sheet's padding is part of its size hint
            self._flow.addWidget(chip)
        self._flow.addWidget(self.input)
        self.completer.reload(exclude=self._names)
        self.updateGeometry()
