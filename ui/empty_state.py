"""What an empty list shows instead of a blank table: a large muted icon (ui/icons.py)
above a line of text and a hint, centred over the view while its model has no rows.

    self.empty = EmptyState(self.table, "empty_agenda")
    ...
    def retranslate(self):
        self.empty.set_text(self.tr("Nothing to follow up here"), self.tr("Plan one ..."))

It lies over the view's viewport and lets clicks through (the view's context menu
still opens); the owner sets its texts in its own retranslate(), so lupdate finds
them in the owner's context."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from ui import icons, style
from ui.restyling import Restyling


class EmptyState(Restyling, QWidget):
    def __init__(self, view: QAbstractItemView, icon_name: str):
        super().__init__(view.viewport())
        self.setObjectName("empty_state")
        self.view = view
        self.icon_name = icon_name
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        style.set_role(self, "empty_state")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignCenter)
        self.title = style.label("", "section", wrap=True)
        self.title.setAlignment(Qt.AlignCenter)
        self.hint = style.hint_text(QLabel())
        self.hint.setAlignment(Qt.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addStretch(2)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.update_shown)
        self.setGeometry(view.viewport().rect())
        self.restyle()
        self.update_shown()

    def set_text(self, title: str, hint: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.update_shown()

    def restyle(self) -> None:
        self.picture.setPixmap(icons.muted_pixmap(self.icon_name))

    def update_shown(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        self.setVisible(empty and bool(self.title.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False
