from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text):
    """Type any text, Chinese included (QTest's keyClicks aborts on non-ASCII)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, 0, Qt.NoModifier, ch))


def when_modal(qtbot, handler, timeout=5000):
    """Run handler(dialog) as soon as a modal dialog opens (exec() blocks the test)."""
    state = {"done": False}

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        state["done"] = True
        try:
            handler(dialog)
        except BaseException as exc:  # never leave a modal dialog open: the test would hang
            state["error"] = exc
            dialog.reject()
            raise

    QTimer.singleShot(0, poll)
    return state


def press(qtbot, window, key, modifiers):
    """A key press as the user makes it, to the active main window (offscreen does not
    re-activate the window when a modal dialog closes)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def check_model(qtmodeltester, model):
    """Put an item model under both of pytest-qt's model testers: Qt's own C++
    QAbstractItemModelTester (its findings are Qt warnings, which fail the test:
    qt_log_level_fail in pyproject.toml) and pytest-qt's Python port (which asserts).
    Both stay connected for the rest of the test: every later reset, insert or
    dataChanged is checked again, and both call fetchMore themselves."""
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
