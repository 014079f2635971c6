"""Excel in and out: the import wizard (customers, purchases, follow-ups, contacts or
complaints, a community's members or daily statistics; from the menu, a file
dropped on the window, or the first start's button), the import history and its undo,
export of the list shown, and the import template."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.controllers.base import Controller
from models.errors import Cancelled, GuanjiaError
from models.excel.customer_export import TEMPLATE_FIELDS, export_customers, export_template
from ui import file_dialogs, labels, messages
from ui.export_dialog import ExportDialog
from ui.import_history_dialog import ImportHistoryDialog
from ui.import_wizard import ImportWizard, choose_file
from ui.imports.communities import choose_community
from ui.imports.kinds import view_for
from ui.tasks import run_with_progress

RECORD_KINDS = ("followups", "interactions", "complaints", "members")  # ImportKind names
COMMUNITY_KINDS = ("community_members", "community_days")  # into one community each
IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt", ".tsv")


def dropped_file(event) -> str | None:
    """The one spreadsheet a drag brings, if that is what it brings."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [u.toLocalFile() for u in urls if u.isLocalFile()]
    if len(files) == 1 and files[0].lower().endswith(IMPORT_SUFFIXES):
        return files[0]
    return None


class ImportExportController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.import_wizard: ImportWizard | None = None
        self.act_import = self.action("import", lambda: self.import_file(), QKeySequence("Ctrl+I"))
        self.act_import_purchases = self.action(
            "import_purchases", lambda: self.import_file(purchases=True)
        )
        # a customer's records, each kind its own wizard (models/excel/<kind>_import.py)
        self.record_import_actions = [
            self.action(f"import_{kind}", lambda _checked=False, k=kind: self.import_file(kind=k))
            for kind in RECORD_KINDS
        ]
        self.community_import_actions = [
            self.action(f"import_{kind}",
                        lambda _checked=False, k=kind: self.import_into_community(k))
            for kind in COMMUNITY_KINDS
        ]  # fmt: skip
        self.act_export = self.action("export", self.export, QKeySequence("Ctrl+Shift+E"))
        self.act_template = self.action("template", lambda: self.save_template())
        self.act_history = self.action("import_history", lambda: self.show_import_history())

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("Import from Excel…"))
        self.act_import_purchases.setText(self.tr("Import purchases from Excel…"))
        texts = (self.tr("Import follow-ups from Excel…"),
                 self.tr("Import contact history from Excel…"),
                 self.tr("Import complaints from Excel…"), self.tr("Import members…"))  # fmt: skip
        for action, text in zip(self.record_import_actions, texts, strict=True):
            action.setText(text)
        texts = (self.tr("Import community members…"), self.tr("Import group statistics…"))
        for action, text in zip(self.community_import_actions, texts, strict=True):
            action.setText(text)
        self.act_export.setText(self.tr("Export to Excel…"))
        self.act_template.setText(self.tr("Save an import template…"))
        self.act_history.setText(self.tr("Import history…"))

    def before_close(self) -> None:
        if self.import_wizard is not None:
            self.import_wizard.preview_page.wait_for_check()

    # ------------------------------------------------------------ in

    def import_file(
        self,
        path: str | None = None,
        purchases: bool = False,
        ask_file: bool = True,
        kind: str | None = None,
        options: dict | None = None,
    ) -> ImportWizard | None:
        """Open the import wizard (window-modal, not blocking) for customers or purchases
        (or the `kind` named: followups, interactions, complaints), on `path` if given;
        without, a file is asked for first, or with `ask_file=False` on the wizard's own
        first page."""
        name = kind or ("purchases" if purchases else "customers")
        if path is None and ask_file:
            path = choose_file(self.window, view=view_for(name))
            if path is None:
                return None
        wizard = ImportWizard(self.window, path, kind=name, options=options)
        wizard.setWindowModality(Qt.WindowModal)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.imported.connect(lambda _id: self._after_import())
        wizard.destroyed.connect(lambda *_a: setattr(self, "import_wizard", None))
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def import_into_community(
        self, kind: str, community: int | None = None, path: str | None = None,
        ask_file: bool = True,
    ) -> ImportWizard | None:  # fmt: skip
        """A member list or daily statistics (`kind`) into one community: asked for
        unless given (the community page passes its own)."""
        if community is None:
            community = choose_community(self.window)
            if community is None:
                return None
        return self.import_file(path, ask_file=ask_file, kind=kind,
                                options={"community": community})  # fmt: skip

    def show_import_history(self) -> ImportHistoryDialog:
        dialog = ImportHistoryDialog(self.window)
        dialog.undone.connect(lambda _id: self._after_import())
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        self.window.undo_stack.clear()  # older undo steps may refer to rows the import changed
        self.window.refresh_all()
        self.window.customers_page.request_tag_counts()

    # ------------------------------------------------------------ out

    def export(self) -> None:
        """Export to Excel: the list of the page shown."""
        navigation = self.window.navigation
        if navigation.on_followups():
            self.window.followups_page.export()
        elif navigation.on_complaints():
            self.window.complaints_page.export()
        else:
            self.export_customers()

    def export_customers(
        self, path: str | None = None, only_selected: bool | None = None, mask: bool = False
    ) -> int | None:
        """Export the list as shown (filter, sort, visible columns); asks what and where
        unless told. Returns the number of rows written."""
        page = self.window.navigation.customer_page()
        keys = page.visible_columns()
        selected = page.selected_ids()
        if path is None:
            dialog = ExportDialog(self.window, page.model.matching, len(selected), len(keys))
            if dialog.exec() != ExportDialog.Accepted:
                return None
            only_selected, mask = dialog.only_selected, dialog.mask.isChecked()
            name = self.tr("Customers") + dialog.suffix
            path, _ = file_dialogs.get_save_file_name(
                "export", self.window, self.tr("Export customers"), name, f"*{dialog.suffix}"
            )
            if not path:
                return None
        ids = selected if only_selected else None
        titles = labels.customer_export_titles(keys)
        formatters = labels.customer_export_formatters()
        flt, sort = page.model.filter, page.model.sort_spec
        try:
            n = run_with_progress(
                self.window,
                self.tr("Exporting…"),
                lambda progress, cancel: export_customers(
                    path, flt, sort, keys, titles=titles, formatters=formatters, ids=ids,
                    mask_mobiles=mask, progress=progress, cancel=cancel,
                ),
            )  # fmt: skip
        except Cancelled:
            self.say(self.tr("Export cancelled."), 5000)
            return None
        except (GuanjiaError, OSError) as exc:
            QMessageBox.warning(
                self.window, self.tr("Export customers"), messages.error_message(exc)
            )
            return None
        self.say(
            self.tr("Exported %1 customers to %2").replace("%1", f"{n:,}").replace("%2", path),
            8000,
        )
        return n

    def save_template(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = file_dialogs.get_save_file_name("export",
                self.window, self.tr("Save an import template"),
                self.tr("Import template") + ".xlsx", "*.xlsx",
            )  # fmt: skip
            if not path:
                return False
        titles = {k: labels.field_label(k) for k in TEMPLATE_FIELDS}
        try:
            export_template(path, titles)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Save an import template"), str(exc))
            return False
        self.say(self.tr("Template saved: %1").replace("%1", path), 8000)
        return True
