"""First start (issue 21, item 8): an empty database's customer list and dashboard say
what to do (import, add a customer, try the demo in a separate database), each a
button; the demo is built into a file of its own and the user's database stays as it
was."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from models.customers import customer_list
from models.customers.customer_filter import CustomerFilter
from models.demo import demo_database
from tests.gui.helpers import when_modal
from ui.sidebar import Sidebar


@pytest.fixture
def empty_window(qtbot, db):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow

    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.dashboard_page.board is not None, timeout=20000)
    return w


def test_an_empty_database_says_what_to_do_first(qtbot, empty_window):
    w = empty_window
    board = w.dashboard_page
    assert board.get_started.isVisible() and not board.figures.isVisible()
    w.sidebar.select(("page", Sidebar.CUSTOMERS))
    page = w.customers_page
    assert page.get_started.isVisible() and not page.splitter.isVisible()
    texts = {k: b.text() for k, b in page.get_started.buttons.items()}
    assert texts == {"import": "Import from Excel…", "add": "Add a customer…",
                     "demo": "Try the demo…"}  # fmt: skip
    for note in page.get_started.notes.values():  # wrapped notes are not cut off
        assert note.height() >= note.heightForWidth(note.width()) > 0
    # no customers in the recycle bin's page is not a first start
    assert w.bin_page.get_started is None

    # Add a customer… opens the new-customer dialog; once saved, the list is back
    def fill(dialog):
        dialog._edits["name"].setText("First Customer")
        dialog.accept()

    state = when_modal(qtbot, fill)
    qtbot.mouseClick(page.get_started.buttons["add"], Qt.LeftButton)
    assert state["done"] and "error" not in state
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert not page.get_started.isVisible() and page.splitter.isVisible()
    w.sidebar.select(("page", Sidebar.DASHBOARD))
    qtbot.waitUntil(lambda: board.board.kpis["customers"] == 1, timeout=20000)
    assert not board.get_started.isVisible() and board.figures.isVisible()


def test_a_search_with_no_match_is_not_a_first_start(qtbot, window):
    page = window.customers_page
    page.search.setText("zzzz-no-such-customer")
    qtbot.waitUntil(lambda: page.model.matching == 0, timeout=5000)
    assert page.model.total == 600
    assert not page.get_started.isVisible() and page.splitter.isVisible()


def test_import_from_the_empty_dashboard_opens_the_wizard(qtbot, empty_window):
    w = empty_window
    qtbot.mouseClick(w.dashboard_page.get_started.buttons["import"], Qt.LeftButton)
    imports = w.imports
    qtbot.waitUntil(lambda: imports.import_wizard is not None and imports.import_wizard.isVisible())
    imports.import_wizard.reject()


def test_the_demo_is_built_apart_and_leaves_the_own_database_alone(qtbot, empty_window, db_path):
    w = empty_window
    launcher = w.demo.launcher
    assert launcher.path.parent != db_path.parent  # in the data folder, not beside ours
    launcher.customers = 60
    opened = []
    launcher.open_window = lambda: opened.append(launcher.path)  # no second window here
    qtbot.mouseClick(w.dashboard_page.get_started.buttons["demo"], Qt.LeftButton)
    assert launcher.busy()
    qtbot.waitUntil(lambda: not launcher.busy(), timeout=60000)
    assert opened == [launcher.path] and launcher.path.exists()
    assert not launcher.path.with_name(launcher.path.name + ".building").exists()
    assert customer_list.count(CustomerFilter()) == 0  # ours: still empty

    # a second click opens the demo again without building it anew
    stamp = launcher.path.stat().st_mtime_ns
    launcher.start()
    qtbot.waitUntil(lambda: not launcher.busy(), timeout=30000)
    assert len(opened) == 2 and launcher.path.stat().st_mtime_ns == stamp


def test_the_demo_window_says_it_is_the_demo(qtbot, guanjia_home):
    from desktop import settings as app_settings
    from desktop.main_window import MainWindow
    from models.schema.opening import open_database
    from models.storage.db import close_database

    path = guanjia_home / "demo.db"
    assert demo_database.make(path, customers=30)
    assert not demo_database.make(path, customers=30)  # there already: left as it is
    open_database(path)
    try:
        assert demo_database.is_demo() and customer_list.count(CustomerFilter()) == 30
        w = MainWindow(app_settings.open_settings())
        qtbot.addWidget(w)
        w.show()
        assert "Demo database" in w.windowTitle()
        assert w.demo.label.isVisible()
        w.close()
    finally:
        close_database()


def test_a_cancelled_demo_build_leaves_nothing_behind(qtbot, empty_window):
    launcher = empty_window.demo.launcher
    launcher.customers = 20000  # long enough to cancel
    opened = []
    launcher.open_window = lambda: opened.append(1)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.progress is not None and launcher.progress.value() > 0,
                    timeout=30000)  # fmt: skip
    qtbot.mouseClick(launcher.progress.findChild(QPushButton), Qt.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not launcher.busy(), timeout=10000)
    assert opened == [] and not launcher.path.exists()
    assert list(launcher.path.parent.glob(launcher.path.name + "*")) == []
    QApplication.processEvents()
