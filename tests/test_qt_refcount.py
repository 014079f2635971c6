"""Guards against the PySide6 6.12.0 / Python 3.11 crash (None/bool reference leaks abort
the process after a few thousand calls) and keeps PySide6 and pytest-qt pinned together."""

import sys
from importlib.metadata import version

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal


class NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 100

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 10

    def data(self, index, role=Qt.DisplayRole):
        return None


class Emitter(QObject):
    fired = Signal(bool)


def test_pinned_pyside6_is_one_known_to_work():
    pyside = version("PySide6-Essentials")
    assert version("shiboken6") == pyside
    if sys.version_info[:2] == (3, 11):
        assert not pyside.startswith("6.12."), "PySide6 6.12 aborts on Python 3.11 (none_dealloc)"
    assert version("pytest-qt") == "4.5.0"  # upgrade together with PySide6


def test_many_none_returns_and_void_calls_do_not_crash(qapp):
    model = NoneModel()
    calls = 0
    for row in range(100):
        for col in range(10):
            for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.DecorationRole):
                assert model.data(model.index(row, col), role) is None
                calls += 1
    emitter = Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    for i in range(5000):
        emitter.fired.emit(i % 2 == 0)
        model.layoutChanged.emit()  # void signal, many times
    assert calls == 3000 and len(seen) == 5000
