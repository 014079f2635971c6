"""Backups in the window: restore (a backup's contents beside the current data, then
confirm) and the backup settings (rotation, a second folder). Making a backup is a
main-window action; everything here goes through models/storage/backup.py. Over 500 lines: the
family of backup dialogs (restore, settings, damaged database, encrypted backup) shares
its comparison and password widgets here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models import clock
from models.errors import Cancelled, GuanjiaError, ValidationError
from models.schema import upgrading
from models.storage import backup, backup_crypto
from models.storage.db import close_database
from ui import file_dialogs, formatting, style
from ui.buttons import button_box
from ui.messages import error_message
from ui.tasks import BackgroundReader, run_with_progress
from ui.text import fill


def reason_label(reason: str) -> str:
    return {
        "daily": QCoreApplication.translate("Backup", "Daily"),
        "manual": QCoreApplication.translate("Backup", "By hand"),
        "upgrade": QCoreApplication.translate("Backup", "Before an upgrade"),
        "import": QCoreApplication.translate("Backup", "Before an import"),
        "restore": QCoreApplication.translate("Backup", "Before a restore"),
        "bulk_delete": QCoreApplication.translate("Backup", "Before a bulk delete"),
        "damaged": QCoreApplication.translate("Backup", "Damaged file, kept"),
    }.get(reason, reason)


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1024
    return ""


def summary_text(value) -> str:
    """A count or the last change in a backup's summary, as the list shows them."""
    if isinstance(value, int):
        return formatting.number(value)
    if isinstance(value, str) and value:
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value[:16]
    if isinstance(value, dt.datetime):
        return formatting.datetime_text(value)
    return "" if value is None else str(value)[:16]


def ask_backup_file(parent, folder: Path | str = "") -> Path | None:
    path, _ = file_dialogs.get_open_file_name("backup",
        parent, QCoreApplication.translate("Backup", "Choose a backup"), str(folder),
        QCoreApplication.translate("Backup", "Guanjia backups")
        + f" (*.db.gz *{backup_crypto.SUFFIX} *.db *.gz)",
    )  # fmt: skip
    return Path(path) if path else None


def ask_password_for(parent, path: Path) -> str | None:
    """The password of an encrypted backup (None: cancelled); '' for a plain one."""
    if not backup_crypto.is_encrypted(path):
        return ""
    password, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Backup", "Encrypted backup"),
        fill(QCoreApplication.translate("Backup", "%1 is encrypted. Its password:"), path.name),
        QLineEdit.Password,
    )  # fmt: skip
    return password if ok else None


def run_restore(parent, chosen: Path, db_path: Path, password: str = "") -> backup.Restored | str:
    """backup.restore behind a progress dialog; the outcome, or the sentence to show.
    This thread's connection is closed first: a damaged file is replaced, which Windows
    refuses while it is open (the window reopens the database afterwards)."""

    close_database()
    try:
        return run_with_progress(
            parent,
            QCoreApplication.translate("Backup", "Restoring…"),
            lambda p, c: upgrading.restore(
                chosen, db_path, progress=p, cancel=c, password=password or None
            ),  # fmt: skip
        )
    except Cancelled:
        return QCoreApplication.translate("Backup", "Restore cancelled. Nothing was changed.")
    except GuanjiaError as exc:
        return error_message(exc)


def _summary_of_backup(path: Path, password: str = "") -> backup.Summary | GuanjiaError:
    """backup.peek in the worker; a refused backup comes back as its error, to be said
    in the user's language."""
    try:
        return backup.peek(path, password or None)
    except GuanjiaError as exc:
        return exc


class RestoreDialog(QDialog):
    """Pick a backup, see what it holds beside the current data, restore it."""

    ROWS = ("customers", "in_bin", "followups", "complaints", "purchases", "last_change")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.restored: backup.Restored | None = None
        self.chosen: Path | None = None
        self.password = ""  # of the chosen backup, when encrypted
        self.list = QTableWidget(0, 3)
        self.list.setObjectName("backup_list")
        self.list.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        formatting.comfortable_rows(self.list)
        self.list.itemSelectionChanged.connect(self._selected)
        other = QPushButton(self.tr("Choose another file…"))
        other.clicked.connect(self.choose_file)
        self.compare = QTableWidget(len(self.ROWS), 2)
        self.compare.setObjectName("backup_compare")
        self.compare.setHorizontalHeaderLabels([self.tr("Now"), self.tr("In the backup")])
        self.compare.setVerticalHeaderLabels(
            [
                self.tr("Customers"),
                self.tr("In the recycle bin"),
                self.tr("Follow-ups"),
                self.tr("Complaints"),
                self.tr("Purchases"),
                self.tr("Last customer change"),
            ]
        )
        self.compare.setEditTriggers(QAbstractItemView.NoEditTriggers)
        formatting.comfortable_rows(self.compare)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.compare.setFixedHeight(  # every row in view, no scroll bar
            self.compare.horizontalHeader().sizeHint().height()
            + len(self.ROWS) * self.compare.verticalHeader().defaultSectionSize()
            + 2 * self.compare.frameWidth()
        )
        self.message = QLabel()
        self.message.setObjectName("restore_message")
        self.message.setWordWrap(True)
        self.buttons = button_box(QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this backup…"), QDialogButtonBox.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(lambda: self.restore())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backups of this database, newest first:")))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(other)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.compare)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._show_summary)
        self.reader.failed.connect(self._failed)
        self.resize(620, 600)
        self._fill_now()
        db_path = backup.current_db_path()
        self.backups = backup.list_backups(backup.folder_for(db_path), db_path.stem)
        self.list.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            for c, text in enumerate(
                (formatting.datetime_text(b.at), reason_label(b.reason), size_text(b.size))
            ):
                item = QTableWidgetItem(text)
                if c == 2:
                    formatting.align_right(item)
                item.setToolTip(str(b.path))
                self.list.setItem(r, c, item)
        if not self.backups:
            self.message.setText(self.tr("No backups yet. Choose a backup file instead."))

    def _fill_now(self) -> None:
        try:
            now = backup.summarize(backup.current_db_path())
        except GuanjiaError:  # a damaged database: counts unknown
            now = None
        self._column(0, now)

    def _column(self, col: int, found: backup.Summary | None) -> None:
        for r, key in enumerate(self.ROWS):
            value = "" if found is None else getattr(found, key)
            item = QTableWidgetItem(summary_text(value))
            formatting.align_right(item)
            self.compare.setItem(r, col, item)

    def _selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows:
            self.pick(self.backups[rows[0].row()].path)

    def choose_file(self, path: str | None = None) -> None:
        chosen = Path(path) if path else ask_backup_file(self)
        if chosen is None:
            return
        self.list.clearSelection()
        self.pick(chosen)

    def pick(self, path: Path, password: str | None = None) -> None:
        """Show what the backup at `path` holds (read in a worker); an encrypted one
        asks for its password unless given."""
        self.chosen = None
        self.restore_button.setEnabled(False)
        self._column(1, None)
        if password is None:
            password = ask_password_for(self, path)
            if password is None:
                self.message.clear()
                return
        self.message.setText(fill(self.tr("Reading %1…"), path.name))
        self.reader.request(lambda: (path, password, _summary_of_backup(path, password)))

    def _show_summary(self, answer) -> None:
        path, password, found = answer
        if isinstance(found, GuanjiaError):
            self.message.setText(error_message(found))
            return
        self.chosen, self.password = path, password
        self._column(1, found)
        self.message.setText(
            self.tr("Restoring replaces all current data with this backup's. "
                    "The current data is backed up first.")
        )  # fmt: skip
        self.restore_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def wait(self) -> None:
        self.reader.wait()

    def done(self, result: int) -> None:
        self.reader.stop()  # a dialog deleted under its running reader aborts the program
        super().done(result)

    def restore(self, confirm: bool = True) -> bool:
        if self.chosen is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore from a backup"),
                fill(self.tr("Replace all current data with the backup %1? "
                             "The current data is backed up first, so this can be reversed."),
                     self.chosen.name),
            )  # fmt: skip
            if answer != QMessageBox.Yes:
                return False
        outcome = run_restore(self, self.chosen, backup.current_db_path(), self.password)
        if isinstance(outcome, str):
            self.message.setText(outcome)
            return False
        self.restored = outcome
        self.accept()
        return True


class DamagedDialog(QDialog):
    """Said when the database fails its check: what that means (Guanjia no longer
    writes to it), and the newest good backup to restore, or another one to choose."""

    def __init__(self, db_path: Path, problems: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("damaged_dialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.password = ""
        self.restored: backup.Restored | None = None
        intro = QLabel(
            fill(self.tr("Guanjia found damage in its data file:\n%1\n\n"
                         "So that nothing more is lost, Guanjia will not change this file: "
                         "you can still look at and export what it shows, but not edit it. "
                         "Restore a backup to go on working."), str(self.db_path))
        )  # fmt: skip
        intro.setWordWrap(True)
        details = QLabel("\n".join(problems[:4]))
        details.setObjectName("damage_details")
        details.setWordWrap(True)
        style.note_text(details)
        details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.offer = QLabel(self.tr("Looking for the newest good backup…"))
        self.offer.setObjectName("damaged_offer")
        self.offer.setWordWrap(True)
        self.buttons = button_box()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        other = self.buttons.addButton(
            self.tr("Choose another backup…"), QDialogButtonBox.ActionRole
        )
        other.clicked.connect(lambda: self.choose_file())
        self.buttons.addButton(self.tr("Not now"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(lambda: self.restore())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(details)
        layout.addWidget(self.offer)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.setMinimumHeight(340)  # the wrapped offer never squeezes the details
        self.reader = BackgroundReader(self)
        self.reader.ready.connect(self._show_offer)
        self.reader.failed.connect(self.offer.setText)
        db = self.db_path
        self.reader.request(lambda: (None, backup.newest_good(db)))

    def wait(self) -> None:
        self.reader.wait()

    def done(self, result: int) -> None:
        self.reader.stop()  # a dialog deleted under its running reader aborts the program
        super().done(result)

    def choose_file(self, path: str | None = None, password: str | None = None) -> None:
        chosen = Path(path) if path else ask_backup_file(self, backup.folder_for(self.db_path))
        if chosen is None:
            return
        if password is None:
            password = ask_password_for(self, chosen)
            if password is None:
                return
        self.chosen = None
        self.password = password
        self.restore_button.setEnabled(False)
        self.offer.setText(fill(self.tr("Reading %1…"), chosen.name))
        self.reader.request(lambda: (chosen, _summary_of_backup(chosen, password)))

    def _show_offer(self, answer) -> None:
        path, found = answer
        if isinstance(found, GuanjiaError):
            self.offer.setText(error_message(found))
            return
        if found is None:
            self.offer.setText(
                self.tr("No good backup was found. Choose a backup file (from a USB stick "
                        "or a cloud folder), or copy the damaged file somewhere safe first.")
            )  # fmt: skip
            return
        if path is None:  # the newest good backup, with its date and reason
            made, found = found
            path = made.path
            what = fill(
                self.tr("The newest good backup is from %1 (%2)."),
                formatting.datetime_text(made.at),
                reason_label(made.reason),
            )
        else:
            what = fill(self.tr("The backup %1:"), path.name)
        self.chosen = path
        self.offer.setText(
            what + " " + fill(self.tr("It holds %1 customers, %2 follow-ups, %3 complaints and "
                                      "%4 purchases. Restoring it replaces the damaged file, "
                                      "which is kept in the backups folder."),
                              f"{found.customers:,}", f"{found.followups:,}",
                              f"{found.complaints:,}", f"{found.purchases:,}")
        )  # fmt: skip
        self.restore_button.setEnabled(True)
        self.layout().activate()  # the offer grew to several lines

    def restore(self) -> bool:
        if self.chosen is None:
            return False
        outcome = run_restore(self, self.chosen, self.db_path, self.password)
        if isinstance(outcome, str):
            self.offer.setText(outcome)
            return False
        self.restored = outcome
        self.accept()
        return True


class BackupSettingsDialog(QDialog):
    """How many backups to keep, and a second folder for copies."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backup_settings_dialog")
        self.setWindowTitle(self.tr("Backup settings"))
        self.setMinimumWidth(560)  # room for a folder path
        current = backup.settings()
        self.spins = {}
        form = QFormLayout()
        for key, label in (
            ("recent", self.tr("Keep the newest backups")),
            ("daily", self.tr("… and one a day, for days")),
            ("weekly", self.tr("… and one a week, for weeks")),
            ("monthly", self.tr("… and one a month, for months")),
        ):
            spin = QSpinBox()
            spin.setObjectName(f"keep_{key}")
            spin.setRange(0, 1000)
            spin.setValue(getattr(current, key))
            form.addRow(label, spin)
            self.spins[key] = spin
        self.second = QLineEdit(current.second_folder)
        self.second.setObjectName("second_folder")
        self.second.setPlaceholderText(self.tr("None (a USB stick or a synced cloud folder)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.second, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Also copy each backup to"), row)
        folder = backup.folder_for(backup.current_db_path())
        self.folder = folder
        where = QLabel(
            fill(self.tr("Backups are kept in %1. Backups you make by hand are never deleted."),
                 str(folder))
        )  # fmt: skip
        where.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open the backup folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        self.error = QLabel()
        self.error.setObjectName("backup_settings_error")
        style.error_text(self.error)
        self.error.setWordWrap(True)
        buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(open_folder, 0, Qt.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = file_dialogs.get_existing_directory("backup", self, self.tr("Second backup folder"))
        if path:
            self.second.setText(path)

    def accept(self) -> None:
        new = backup.Settings(
            **{k: s.value() for k, s in self.spins.items()},
            second_folder=self.second.text().strip(),
        )
        try:
            backup.set_settings(new)
        except GuanjiaError as exc:
            self.error.setText(error_message(exc))
            return
        super().accept()


class EncryptedBackupDialog(QDialog):
    """Where to write an encrypted backup and its password (typed twice)."""

    def __init__(self, parent=None, folder: str = ""):
        super().__init__(parent)
        self.setObjectName("encrypted_backup_dialog")
        self.setWindowTitle(self.tr("Export an encrypted backup"))
        self.setMinimumWidth(560)
        name = f"guanjia-{clock.today():%Y%m%d}{backup_crypto.SUFFIX}"
        self.path = QLineEdit(str(Path(folder or Path.home()) / name))
        self.path.setObjectName("encrypted_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setObjectName("encrypted_password")
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("encrypted_repeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("Save to"), row)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat it"), self.repeat)
        note = QLabel(
            fill(self.tr("For a USB stick or a cloud drive: without the password nobody can read "
                         "this backup, and nobody can recover it either. Write the password "
                         "down somewhere safe. At least %1 characters."),
                 str(backup_crypto.MIN_PASSWORD))
        )  # fmt: skip
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("encrypted_error")
        style.error_text(self.error)
        self.error.setWordWrap(True)
        buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = file_dialogs.get_save_file_name("backup",
            self, self.tr("Export an encrypted backup"), self.path.text(),
            self.tr("Encrypted Guanjia backups") + f" (*{backup_crypto.SUFFIX})",
        )  # fmt: skip
        if path:
            self.path.setText(path)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix != backup_crypto.SUFFIX:
            path = path.with_name(path.name + backup_crypto.SUFFIX)
        return path

    def accept(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError("password", "password_mismatch", "not the same")
            backup_crypto.check_password(self.password.text())
            if not self.path.text().strip() or not self.target().parent.is_dir():
                raise ValidationError("dest", "folder_missing", "no such folder")
        except GuanjiaError as exc:
            self.error.setText(error_message(exc))
            return
        super().accept()
