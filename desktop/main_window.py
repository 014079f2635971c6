"""The main window: sidebar of sections, pages, menus, shortcuts and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import settings as app_settings
from desktop import translations
from ui.customers.custom_fields_dialog import CustomFieldsDialog
from ui.customers.page import CustomersPage


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings):
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

        self.customers_page = CustomersPage(self.undo_stack, settings)
        self.bin_page = CustomersPage(self.undo_stack, settings, in_bin=True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.customers_page)
        self.pages.addWidget(self.bin_page)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 14px; padding-top: 6px; }"
            "QListWidget::item { padding: 8px 10px; }"
        )
        for _ in range(self.pages.count()):
            self.sidebar.addItem(QListWidgetItem())
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(lambda _r: self._update_status())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)

        for page in (self.customers_page, self.bin_page):
            page.countsChanged.connect(lambda *_a: self._update_status())
            page.dataChanged.connect(self.refresh_all)
            page.openCustomerRequested.connect(self.open_customer)

        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.sidebar.setCurrentRow(0)
        self.resize(1280, 800)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.customers_page.splitter.restoreState(splitter)

    # ------------------------------------------------------------ actions and menus

    def _action(self, name, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.act_undo, self.act_redo])
        p = self.customers_page
        self.act_new = self._action("new", self._new_customer, QKeySequence.New)
        self.act_edit = self._action("edit", p.edit_clicked, QKeySequence("Ctrl+E"))
        self.act_delete = self._action("delete", self._delete, QKeySequence.Delete)
        self.act_find = self._action("find", self._find, QKeySequence.Find)
        self.act_fields = self._action("custom_fields", self.edit_custom_fields)
        self.act_reset_columns = self._action("reset_columns", lambda: self._page().reset_columns())
        self.act_quit = self._action("quit", self.close, QKeySequence.Quit)
        self.act_about = self._action("about", self._about)
        self.lang_group = QActionGroup(self)
        self.lang_actions = {}
        current = app_settings.language(self.settings)
        for code in app_settings.LANGUAGES:
            action = QAction(self, checkable=True)
            action.setObjectName(f"action_language_{code}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.lang_group.addAction(action)
            self.lang_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_fields)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_new, self.act_edit, self.act_delete])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_reset_columns)
        self.menu_settings = bar.addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addActions(list(self.lang_actions.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guanjia — Customer Manager"))
        self.sidebar.item(0).setText(self.tr("Customers"))
        self.sidebar.item(1).setText(self.tr("Recycle bin"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.act_new.setText(self.tr("New customer…"))
        self.act_edit.setText(self.tr("Edit customer…"))
        self.act_delete.setText(self.tr("Delete (to recycle bin)"))
        self.act_find.setText(self.tr("Find"))
        self.act_fields.setText(self.tr("Custom fields…"))
        self.act_reset_columns.setText(self.tr("Reset columns"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_about.setText(self.tr("About Guanjia"))
        self.lang_actions["auto"].setText(self.tr("Follow the system"))
        self.lang_actions["zh_CN"].setText("中文（简体）")
        self.lang_actions["en"].setText("English")
        self._update_status()

    # ------------------------------------------------------------ behaviour

    def _page(self) -> CustomersPage:
        return self.pages.currentWidget()

    def _new_customer(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.customers_page.new_clicked()

    def _delete(self) -> None:
        page = self._page()
        if page.in_bin:
            page.purge_clicked()
        else:
            page.delete_clicked()

    def _find(self) -> None:
        self._page().focus_search()

    def refresh_all(self) -> None:
        for page in (self.customers_page, self.bin_page):
            page.refresh()
        self._update_status()

    def open_customer(self, customer_id: int) -> None:
        """Show a customer (from a duplicate warning): clear the search if needed, select it."""
        from models import customers

        try:
            in_bin = customers.get(customer_id)["deleted_at"] is not None
        except Exception:
            return
        page = self.bin_page if in_bin else self.customers_page
        self.sidebar.setCurrentRow(1 if in_bin else 0)
        if not page.select_customer(customer_id):
            page.search.clear()
            page.model.set_search("")
            page.select_customer(customer_id)

    def edit_custom_fields(self) -> None:
        dialog = CustomFieldsDialog(self)
        dialog.exec()
        if dialog.changed:
            for page in (self.customers_page, self.bin_page):
                page.refresh(columns_changed=True)

    def set_language(self, code: str) -> None:
        app_settings.set_language(self.settings, code)
        translations.apply(code)

    def _update_status(self) -> None:
        page = self._page()
        if page is None:
            return
        model = page.model
        locale = QLocale()
        total = locale.toString(model.total)
        if page.in_bin:
            text = self.tr("%1 in the recycle bin").replace("%1", total)
        else:
            text = self.tr("%1 customers").replace("%1", total)
        if model.filter.search:
            text = (
                self.tr("%1 matching").replace("%1", locale.toString(model.matching)) + " · " + text
            )
        self.count_label.setText(text)
        self.sidebar.item(1).setText(
            self.tr("Recycle bin")
            + (f" ({self.bin_page.model.total})" if self.bin_page.model.total else "")
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guanjia"),
            self.tr(
                "Guanjia (客户管家) — customer management for small businesses, offline and private."
            ),
        )

    def closeEvent(self, event):
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.customers_page.splitter.saveState())
        for page in (self.customers_page, self.bin_page):
            page.save_columns()
        self.settings.sync()
        super().closeEvent(event)
