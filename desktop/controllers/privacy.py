"""Privacy in the window: the business's password and its idle lock (Lock now), masked
mobiles, erasing a customer's personal data, and the audit log with the staff name it
records."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.controllers.base import Controller
from desktop.idle_lock import IdleLock
from models.errors import GuanjiaError
from models.privacy import app_lock, masking
from models.storage import audit
from models.team import staff
from ui import labels, messages
from ui.audit_dialog import AuditDialog
from ui.privacy_dialog import PrivacyDialog


class PrivacyController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.idle_lock = IdleLock(window)
        self.act_privacy = self.action("privacy", lambda: self.privacy_settings())
        self.act_lock = self.action("lock", self.idle_lock.lock, QKeySequence("Ctrl+L"))
        self.act_erase = self.action(
            "erase", lambda: window.navigation.customer_page().erase_clicked()
        )
        self.act_audit = self.action("audit_log", lambda: self.show_audit_log())
        self.act_staff = self.action("staff_name", lambda: self.set_staff_name())

    def retranslate(self) -> None:
        self.act_privacy.setText(self.tr("Password and privacy…"))
        self.act_lock.setText(self.tr("Lock now"))
        self.act_erase.setText(self.tr("Erase personal data…"))
        self.act_audit.setText(self.tr("Audit log…"))
        self.act_staff.setText(self.tr("Staff name…"))

    def apply_privacy(self, refresh: bool = True) -> None:
        """The business's privacy choices (in the database) applied to the window:
        masked mobiles, the password's idle lock and Lock now."""
        masked = masking.mobiles_masked()
        changed = masked != labels.mobiles_masked()
        labels.set_mobiles_masked(masked)
        password = app_lock.is_set()
        self.idle_lock.configure(password, app_lock.lock_minutes())
        self.act_lock.setEnabled(password)
        if refresh and changed:
            self.window.refresh_all()

    def privacy_settings(self) -> PrivacyDialog:
        dialog = PrivacyDialog(self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.changed.connect(self.apply_privacy)
        dialog.open()
        return dialog

    def show_audit_log(self) -> AuditDialog:
        dialog = AuditDialog(self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_staff_name(self, name: str | None = None) -> str | None:
        """The name written with each audit entry from this PC's work (asked unless told)."""
        if name is None:
            names = staff.names()
            current = audit.staff()
            name, ok = QInputDialog.getItem(
                self.window, self.tr("Staff name"),
                self.tr("Your name, written in the audit log with everything you change "
                        "(one of the team: Settings > Team…):"),
                names if current in names or not current else [current, *names],
                names.index(current) if current in names else 0, True,
            )  # fmt: skip
            if not ok:
                return None
        try:
            saved = staff.pick_audit_name(name)
        except GuanjiaError as exc:
            QMessageBox.warning(self.window, self.tr("Staff name"), messages.error_message(exc))
            return None
        self.say(self.tr("Staff name: %1").replace("%1", saved or self.tr("(none)")), 5000)
        return saved
