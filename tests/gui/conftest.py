import pytest


@pytest.fixture(autouse=True)
def english(qapp):
    """Tests read English texts; translators are process-wide, so reset them each time."""
    from desktop import translations

    translations.apply("en")
    yield
    translations.apply("en")


@pytest.fixture
def window(qtbot, demo_db):
    from desktop import settings as app_settings
    from desktop import translations
    from desktop.main_window import MainWindow

    translations.apply("en")
    w = MainWindow(app_settings.open_settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()  # keyboard shortcuts need the active window
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    # The start-up reminders run in a worker; tests begin once they have landed.
    qtbot.waitUntil(w.notices.service.timer.isActive, timeout=10000)
    # The dashboard is the first page; these tests start from the customer list.
    from ui.sidebar import Sidebar

    w.sidebar.select(("page", Sidebar.CUSTOMERS))
    return w
