"""An in-app notice above the pages: the start-up summary, a follow-up that came due.
Where the system has a tray, the main window shows a tray message as well."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui import style


class NoticeBanner(QFrame):
    showRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_banner")
        style.set_role(self, "notice")
        self.label = QLabel()
        self.label.setObjectName("notice_text")
        self.label.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.setObjectName("notice_show")
        self.show_button.clicked.connect(self.showRequested)
        self.show_button.clicked.connect(self.hide)
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("notice_close")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def notify(self, text: str, button: str) -> None:
        self.label.setText(text)
        self.show_button.setText(button)
        self.show_button.setVisible(bool(button))  # a notice with nothing to show
        self.show()
