"""Layout that fits: scripts/layout_check.py finds nothing cut at 1366x768 in either
language, and it does catch a cut text; the window opens maximised the first time, then
as it was left; file dialogs open in the folder last used for their kind of file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import layout_check  # noqa: E402 (scripts/ is not a package)

# Until the customer card (a rewrite of ui/customers/detail_panel.py and
# ui/followups/timeline.py) is merged, its old panel's cut buttons are reported and
# allowed here. Delete this list after the merge.


def run_check(lang: str, size: str = "1366x768", scale: str = "1") -> tuple[int, list[dict], str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "layout_check.py"),
         "--size", size, "--scale", scale, "--lang", lang],
        capture_output=True, text=True, env=env, timeout=600, cwd=ROOT,
    )  # fmt: skip
    findings = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done.returncode, findings, done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size,scale", [("1366x768", "1"), ("1920x1080", "1.5")])
def test_nothing_is_cut(lang, size, scale):
    code, findings, stderr = run_check(lang, size, scale)
    assert "layout_check:" in stderr, stderr[-3000:]  # it ran to its summary
    assert findings == [], "\n".join(json.dumps(f, ensure_ascii=False) for f in findings)
    assert code == 0


def test_the_check_catches_cut_texts(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    row = QHBoxLayout(top)
    button = QPushButton("A button with a long text")
    button.setObjectName("narrow_button")
    button.setFixedWidth(40)
    label = QLabel("A label that is far too long for its place")
    label.setObjectName("narrow_label")
    label.setFixedWidth(40)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["A very long column title"])
    table.setColumnWidth(0, 30)
    entries = QListWidget()
    entries.setObjectName("narrow_list")
    entries.addItem("Complaints  15  ⚑10 and more")
    entries.setFixedWidth(60)
    fine = QPushButton("OK")
    fine.setObjectName("fine_button")
    for widget in (button, label, table, entries, fine):
        row.addWidget(widget)
    top.resize(600, 200)
    top.show()
    qtbot.waitExposed(top)
    checker = layout_check.Checker("en", "600x200")
    checker.check("probe", top)
    found = {(f["kind"], f["widget"].split("/")[-1]) for f in checker.findings}
    assert ("button", "narrow_button") in found
    assert ("label", "narrow_label") in found
    assert any(kind == "header" for kind, _ in found)
    assert ("item", "narrow_list") in found
    assert not any(name == "fine_button" for _, name in found)
    for finding in checker.findings:  # the JSON keys other tools read (a contract)
        assert {"page", "widget", "text", "lang", "size"} <= finding.keys()
        assert (finding["page"], finding["lang"], finding["size"]) == ("probe", "en", "600x200")
    button.setFixedWidth(button.sizeHint().width())
    label.setFixedWidth(label.sizeHint().width() + 2)
    table.setColumnWidth(0, 300)
    entries.setFixedWidth(entries.sizeHintForColumn(0) + 2 * entries.frameWidth() + 4)
    qtbot.wait(10)
    again = layout_check.Checker("en", "600x200")
    again.check("probe", top)
    assert not [f for f in again.findings if f["kind"] in ("button", "label", "header", "item")]


def _window(qtbot, settings):
    from desktop import window_geometry
    from desktop.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window_geometry.show(window, settings)
    qtbot.waitUntil(window.isVisible)
    # The start-up reminders run in a worker; closing waits for them once they landed.
    qtbot.waitUntil(window.notices.service.timer.isActive, timeout=10000)
    return window


def test_window_opens_maximised_first_then_as_left(qtbot, demo_db):
    from desktop import settings as app_settings

    settings = app_settings.open_settings()
    first = _window(qtbot, settings)
    assert first.isMaximized()
    maximised = first.size()
    first.showNormal()
    first.resize(maximised.width() // 2, maximised.height() // 2)
    qtbot.waitUntil(lambda: not first.isMaximized())
    left = first.size()
    assert left != maximised
    first.close()
    second = _window(qtbot, app_settings.open_settings())
    assert not second.isMaximized()
    assert second.size() == left
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    second.close()
    third = _window(qtbot, app_settings.open_settings())
    assert third.isMaximized()  # left maximised, opens maximised
    third.close()


def test_file_dialogs_open_in_the_last_folder_of_their_kind(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings, QStandardPaths

    from ui import file_dialogs

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    file_dialogs.use_settings(settings)
    asked = []
    answer = {"path": ""}

    def fake_save(parent, caption, start, filters):
        asked.append(start)
        return answer["path"], filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_save)
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    try:
        file_dialogs.get_save_file_name("export", None, "Export", "客户.xlsx", "*.xlsx")
        assert asked[-1] == os.path.join(documents, "客户.xlsx")  # nothing used yet
        exports = tmp_path / "exports"
        exports.mkdir()
        answer["path"] = str(exports / "list.xlsx")
        file_dialogs.get_save_file_name("export", None, "Export", "a.xlsx", "*.xlsx")
        answer["path"] = ""  # cancelled: the folder stays
        file_dialogs.get_save_file_name("export", None, "Export", "b.xlsx", "*.xlsx")
        assert asked[-1] == str(exports / "b.xlsx")
        file_dialogs.get_open_file_name("import", None, "Import", "", "*.xlsx")
        assert asked[-1] == documents  # each kind its own folder
        file_dialogs.get_open_file_name("backup", None, "Backup", str(tmp_path), "*.gz")
        assert asked[-1] == str(tmp_path)  # a path the caller knows is kept
        # Kept in the settings: a new start opens there too.
        file_dialogs.use_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
        file_dialogs.get_save_file_name("export", None, "Export", "c.xlsx", "*.xlsx")
        assert asked[-1] == str(exports / "c.xlsx")
        exports.rmdir()  # a folder gone: Documents again
        file_dialogs.get_save_file_name("export", None, "Export", "d.xlsx", "*.xlsx")
        assert asked[-1] == os.path.join(documents, "d.xlsx")
    finally:
        file_dialogs.use_settings(None)


def test_qt_dialogs_speak_chinese(qapp):
    """Qt's own texts ("Look in:", "Cancel") come from qtbase_zh_CN in PySide6."""
    from PySide6.QtCore import QCoreApplication

    from desktop import translations

    translations.apply("zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        translations.apply("en")
