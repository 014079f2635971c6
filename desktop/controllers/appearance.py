"""Settings → Appearance: follow the system's light or dark, or always light, or always
dark; remembered in the settings (desktop/settings.py) and applied at once
(ui.style.apply_theme; desktop/app.py applies it at start, before the window shows)."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from desktop import settings as app_settings
from desktop.controllers.base import Controller
from ui import style


class AppearanceController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.group = QActionGroup(self)
        self.actions = {}
        current = app_settings.theme(window.settings)
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_appearance")
        for mode in app_settings.THEMES:
            action = self.action(f"theme_{mode}", lambda _c=False, mode=mode: self.set_theme(mode))
            action.setCheckable(True)
            action.setChecked(mode == current)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[mode] = action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Appearance"))
        self.actions["auto"].setText(self.tr("Follow the system"))
        self.actions["light"].setText(self.tr("Light"))
        self.actions["dark"].setText(self.tr("Dark"))

    def set_theme(self, mode: str) -> None:
        """Remember the choice and apply it now."""
        app_settings.set_theme(self.window.settings, mode)
        self.actions[app_settings.theme(self.window.settings)].setChecked(True)
        style.apply_theme(app_settings.theme(self.window.settings))
