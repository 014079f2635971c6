"""Backups in the window: the day's backup said in the status bar (the session decides
and makes it), Back up now, an encrypted backup, the restore dialog and what follows a
restore, the backup settings, and a damaged database said plainly with the newest good
backup offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.controllers.base import Controller
from models.errors import Cancelled, GuanjiaError
from models.storage import backup
from ui import messages
from ui.backup_dialogs import (
    BackupSettingsDialog,
    DamagedDialog,
    EncryptedBackupDialog,
    RestoreDialog,
)
from ui.tasks import run_with_progress


class BackupController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.session = window.session
        self.damaged_dialog: DamagedDialog | None = None
        self.session.checked.connect(self._checked)
        self.session.dailyBackupMade.connect(self.daily_backup_done)
        self.session.dailyBackupFailed.connect(self._daily_backup_failed)
        self.act_backup = self.action("backup", lambda: self.back_up_now())
        self.act_restore = self.action("restore", lambda: self.restore_backup())
        self.act_backup_settings = self.action("backup_settings", lambda: self.backup_settings())
        self.act_encrypted_backup = self.action(
            "encrypted_backup", lambda: self.export_encrypted_backup()
        )

    def retranslate(self) -> None:
        self.act_backup.setText(self.tr("Back up now"))
        self.act_restore.setText(self.tr("Restore from a backup…"))
        self.act_backup_settings.setText(self.tr("Backup settings…"))
        self.act_encrypted_backup.setText(self.tr("Export an encrypted backup…"))

    def before_close(self) -> None:
        if self.damaged_dialog is not None:
            self.damaged_dialog.wait()

    # ------------------------------------------------------------ damage

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            return
        self.window.notices.notify_damaged(
            self.tr("The database is damaged: Guanjia shows it but no longer changes it."),
            self.tr("Restore a backup…"),
        )
        self.show_damaged(problems)

    def show_damaged(self, problems: list[str]) -> DamagedDialog:
        """Tell the user plainly, and offer the newest good backup (window-modal)."""
        dialog = DamagedDialog(self.session.path, problems, self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_restore(dialog.restored))
        dialog.destroyed.connect(lambda *_a: setattr(self, "damaged_dialog", None))
        self.damaged_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ making backups

    def daily_backup_done(self, made) -> None:
        """The day's backup made at start (or the error that refused it; None when
        another process made it meanwhile)."""
        if made is None:
            return
        if isinstance(made, GuanjiaError):
            self._daily_backup_failed(messages.error_message(made))
            return
        self.say(self.tr("Today's backup is saved: %1").replace("%1", made.path.name), 10000)
        if made.copy_error:
            self.window.banner.notify(self._copy_error_text(made), "")

    def _daily_backup_failed(self, message: str) -> None:
        self.window.banner.notify(self.tr("Today's backup failed: %1").replace("%1", message), "")

    def _copy_error_text(self, made) -> str:
        return self.tr("The backup could not be copied to the second folder (%1).").replace(
            "%1", made.copy_error
        )

    def back_up_now(self):
        """A backup by hand (never deleted by rotation); returns backup.Made or None."""
        try:
            made = run_with_progress(
                self.window,
                self.tr("Backing up…"),
                lambda p, c: backup.make("manual", progress=p, cancel=c),
            )
        except Cancelled:
            self.say(self.tr("Backup cancelled."), 5000)
            return None
        except GuanjiaError as exc:
            QMessageBox.warning(self.window, self.tr("Back up"), messages.error_message(exc))
            return None
        self.say(self.tr("Backup saved: %1").replace("%1", str(made.path)), 15000)
        if made.copy_error:
            self.window.banner.notify(self._copy_error_text(made), "")
        return made

    def export_encrypted_backup(self, target=None, password: str | None = None):
        """A backup sealed with a password, to a file the user chooses (asked unless
        told); returns backup.Made or None."""
        if target is None or password is None:
            dialog = EncryptedBackupDialog(self.window)
            if dialog.exec() != EncryptedBackupDialog.Accepted:
                return None
            target, password = dialog.target(), dialog.password.text()
        try:
            made = run_with_progress(
                self.window, self.tr("Exporting an encrypted backup…"),
                lambda p, c: backup.export_encrypted(target, password, progress=p, cancel=c),
            )  # fmt: skip
        except Cancelled:
            self.say(self.tr("Backup cancelled."), 5000)
            return None
        except GuanjiaError as exc:
            QMessageBox.warning(self.window, self.tr("Export an encrypted backup"),
                                messages.error_message(exc))  # fmt: skip
            return None
        self.say(self.tr("Encrypted backup saved: %1").replace("%1", str(target)), 15000)
        return made

    def backup_settings(self) -> BackupSettingsDialog:
        dialog = BackupSettingsDialog(self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ restoring

    def restore_backup(self) -> RestoreDialog:
        """The restore dialog (window-modal, not blocking)."""
        dialog = RestoreDialog(self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_restore(dialog.restored))
        dialog.open()
        return dialog

    def _after_restore(self, restored) -> None:
        w = self.window
        self.session.reopen()  # the replaced file, checked again before anything writes
        w.notices.clear()
        w.undo_stack.clear()  # undo steps refer to the data that was replaced
        w.privacy.apply_privacy(refresh=False)  # the backup's password and masking now apply
        w.refresh_all()
        w.customers_page.request_tag_counts()
        self.say(
            self.tr("Restored: %1 customers. The data it replaced was backed up first.").replace(
                "%1", f"{restored.summary.customers:,}"
            ),
            15000,
        )
