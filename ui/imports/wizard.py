"""The import wizard's frame: four pages (file, mapping, preview, result) over one kind
of import, its engine calls (models/excel/import_engine.py) and its view (kinds.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWizard

from models.excel.import_kinds import kind_named
from models.excel.import_types import Plan, Sheet
from ui.imports.file_page import FilePage
from ui.imports.kinds import view_for
from ui.imports.mapping_page import MappingPage
from ui.imports.preview_page import PreviewPage
from ui.imports.result_page import ResultPage
from ui.retranslating import Retranslating


class ImportWizard(Retranslating, QWizard):
    """Import a kind of record from a spreadsheet: customers, or with `purchases=True`
    purchases (or any kind by `kind`, its ImportKind.name; `options`: Options fields
    fixed for the whole wizard, a community import's community). `imported(import id)`
    after a write or undo."""

    imported = Signal(int)

    def __init__(
        self,
        parent=None,
        path: str | None = None,
        purchases: bool = False,
        kind: str | None = None,
        options: dict | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        name = kind or ("purchases" if purchases else "customers")
        self.kind = kind_named(name)  # the engine's description
        self.view = view_for(name)  # its words and choices
        self.view.fixed = dict(options or {})  # e.g. the community a member list goes to
        self.path: str | None = None
        self.sheet: Sheet | None = None
        self.plan: Plan | None = None
        self.result = None  # the kind's Result
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in self._pages():
            self.addPage(page)
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage)
        self.resize(900, 640)
        self.retranslate()
        if path:
            self.file_page.open_path(path)

    def _pages(self) -> tuple:
        return (self.file_page, self.mapping_page, self.preview_page, self.result_page)

    def retranslate(self) -> None:
        self.setWindowTitle(self.view.window_title())
        self.setButtonText(
            QWizard.CommitButton, QCoreApplication.translate("ImportWizard", "Import")
        )
        self.preview_page.setCommitPage(True)

    def done(self, result: int) -> None:
        self.preview_page.wait_for_check()
        super().done(result)
