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
    from ui.sidebar import Sidebar

    translations.apply("en")
    # These tests start from the customer list: opening there spares each test the
    # dashboard's charts and its computation in a worker (the dashboard's tests open it).
    w = MainWindow(app_settings.open_settings(), first_page=Sidebar.CUSTOMERS)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()  # keyboard shortcuts need the active window
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    # The start-up reminders run in a worker; tests begin once they have landed.
    qtbot.waitUntil(w.notices.service.timer.isActive, timeout=10000)
    yield w
    # Closed here, before the database fixture closes the file: closing waits for the
    # window's background work (the day's levels, the check) that still uses it.
    w.close()
