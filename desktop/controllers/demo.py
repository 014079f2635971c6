"""The demo in the window: the first start's Try the demo (desktop/demo_launcher.py
builds the demo database and opens a second window on it), and a window on the demo
database saying so in its status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.controllers.base import Controller
from desktop.demo_launcher import DemoLauncher
from models.demo import demo_database
from ui import style


class DemoController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.is_demo = demo_database.is_demo()
        self.launcher = DemoLauncher(window, window.session.path)
        self.launcher.launched.connect(self._launched)
        self.label = QLabel()
        self.label.setObjectName("demo_label")
        style.set_role(self.label, "demo")
        self.label.setVisible(self.is_demo)
        window.statusBar().addWidget(self.label)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Demo database: made-up customers, separate from your own"))

    def before_close(self) -> None:
        self.launcher.cancel()

    def _launched(self, _pid: int) -> None:
        self.say(
            self.tr("The demo opens in a second window. Your own database is unchanged."), 15000
        )
