"""Icons (issue 23, item 3): one module names every icon by its concept (ui/icons.py),
coloured from the application palette and re-coloured when the theme changes; icons on
the sidebar, the toolbars and the menus; empty lists show a muted icon above their
text; the application icon at every size Windows asks for."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from resources import ICONS_DIR
from ui import icons
from ui.sidebar import Sidebar

ROOT = Path(__file__).resolve().parents[2]
ICO_SIZES = {16, 20, 24, 32, 40, 48, 64, 96, 128, 256}


def ink(icon: QIcon, mode=QIcon.Normal, size: int = 32) -> QColor:
    """The colour most of an icon's opaque pixels have."""
    image = icon.pixmap(QSize(size, size), mode).toImage().convertToFormat(QImage.Format_ARGB32)
    seen = Counter(
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    )
    assert seen, "the icon drew nothing"
    return QColor(seen.most_common(1)[0][0])


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, rgb in ((QPalette.Window, (32, 33, 36)), (QPalette.WindowText, (232, 234, 237)),
                      (QPalette.Base, (24, 24, 27)), (QPalette.Text, (232, 234, 237)),
                      (QPalette.Button, (45, 46, 50)), (QPalette.ButtonText, (232, 234, 237)),
                      (QPalette.Highlight, (66, 133, 244)),
                      (QPalette.HighlightedText, (255, 255, 255))):  # fmt: skip
        palette.setColor(role, QColor(*rgb))
    palette.setColor(QPalette.Disabled, QPalette.WindowText, QColor(110, 110, 115))
    return palette


@pytest.fixture
def palette_restored(qapp):
    before = QApplication.palette()
    yield
    QApplication.setPalette(before)


def test_every_concept_draws_an_icon_in_the_palettes_text_colour(qapp):
    text = QApplication.palette().color(QPalette.Active, QPalette.WindowText)
    assert len(icons.GLYPHS) >= 60
    for name in icons.GLYPHS:
        made = icons.icon(name)
        assert not made.isNull(), name
        assert ink(made) == text, name
    for concept in ("dashboard", "followups_today", "followups_overdue", "followups_week",
                    "followups_later", "followups_done", "complaints", "customers",
                    "saved_view", "recycle_bin", "add", "edit", "delete", "tag", "contact",
                    "phone", "wechat", "email", "copy", "segment", "import", "export",
                    "backup", "restore", "undo", "redo", "settings", "help", "search",
                    "refresh", "save_chart", "calendar", "lock", "purchase", "followup",
                    "complaint", "note", "contact_log", "more"):  # fmt: skip
        assert concept in icons.GLYPHS, concept
    with pytest.raises(KeyError):
        icons.icon("no such concept")


def test_disabled_is_greyed_selected_takes_the_highlighted_text_colour(qapp, palette_restored):
    QApplication.setPalette(dark_palette())
    made = icons.icon("customers")
    assert ink(made) == QColor(232, 234, 237)
    assert ink(made, QIcon.Disabled) == QColor(110, 110, 115)
    assert ink(made, QIcon.Selected) == QColor(255, 255, 255)
    muted = ink(icons.muted_icon("customers"))  # between the text and the background
    assert 32 < muted.red() < 232 and 33 < muted.green() < 234
    assert icons.icon("customers") is made  # cached for this palette


def test_icons_are_recoloured_when_the_palette_turns_dark(qtbot, db, palette_restored):
    # A child styled by the application style sheet, as in the window: Qt sends such a
    # widget no PaletteChange, so the restyle has to come from the application's signal.
    holder = QWidget()
    qtbot.addWidget(holder)
    sidebar = Sidebar(holder)
    holder.show()  # polished: the style sheet fixes its palette
    qtbot.waitExposed(holder)
    row = sidebar.row_of(("page", Sidebar.CUSTOMERS))
    light = ink(sidebar.item(row).icon())
    assert light == QApplication.palette().color(QPalette.WindowText)

    QApplication.setPalette(dark_palette())  # what switching the theme does
    # Qt posts the widgets' PaletteChange; the sidebar re-sets its icons when it arrives
    dark = QColor(232, 234, 237)
    qtbot.waitUntil(lambda: ink(sidebar.item(row).icon()) == dark, timeout=3000)
    assert dark != light
    assert ink(icons.icon("customers")) == dark
    sidebar.wait_for_counts()


def test_sidebar_toolbars_and_menus_have_icons(qtbot, window):
    sidebar = window.sidebar
    for row in range(sidebar.count()):
        assert not sidebar.item(row).icon().isNull(), sidebar.item(row).text()
    page = window.customers_page
    for button in (*page.buttons.values(), page.tags_button, page.contact_button,
                   page.segment_button):  # fmt: skip
        assert not button.icon().isNull() and button.text(), button.objectName()
        # icon and text: the button is wide enough for both, nothing is cut
        assert button.width() >= button.sizeHint().width(), button.objectName()
    for button in (*window.bin_page.buttons.values(), *window.followups_page.buttons.values(),
                   window.complaints_page.button_new, window.complaints_page.button_export,
                   window.dashboard_page.refresh_button, window.dashboard_page.export_button):  # fmt: skip
        assert not button.icon().isNull(), button.objectName()
    menus = (window.menu_file, window.menu_edit, window.menu_followups,
             window.menu_complaints, window.menu_view, window.menu_settings)  # fmt: skip
    actions = [a for menu in menus for a in menu.actions() if not a.isSeparator()]
    assert len(actions) > 30
    assert [a.text() for a in actions if a.icon().isNull()] == []
    assert not window.act_quit.icon().isNull() and not window.act_undo.icon().isNull()


def test_empty_lists_show_a_muted_icon_above_their_text(qtbot, window):
    bin_page = window.bin_page
    window.sidebar.select(("page", Sidebar.BIN))
    qtbot.waitUntil(lambda: bin_page.isVisible())
    empty = bin_page.empty
    assert empty.isVisible() and empty.title.text() == "The recycle bin is empty"
    assert not empty.picture.pixmap().isNull()
    assert empty.geometry() == bin_page.table.viewport().rect()

    page = window.customers_page
    window.sidebar.select(("page", Sidebar.CUSTOMERS))
    assert not page.empty.isVisible()  # 600 customers
    page.search.setText("zzqqxx no such customer")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.empty.isVisible() and page.empty.title.text() == "No customer matches"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert not page.empty.isVisible()


def test_the_first_start_panel_shows_a_muted_icon(qtbot, db):
    from ui.get_started import GetStarted

    panel = GetStarted()
    qtbot.addWidget(panel)
    assert not panel.picture.pixmap().isNull()
    assert all(not b.icon().isNull() for b in panel.buttons.values())


def test_the_application_gets_its_icon(qapp):
    from desktop.app import create_application

    names = (qapp.organizationName(), qapp.applicationName(), qapp.applicationDisplayName())
    try:
        app = create_application()
        assert app is qapp
        made = app.windowIcon()
        assert not made.isNull()
        assert {s.width() for s in made.availableSizes()} >= {16, 32, 48, 256, 512}
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
        qapp.setApplicationDisplayName(names[2])
        qapp.setWindowIcon(QIcon())


def test_the_icon_files_hold_every_size_windows_needs():
    with Image.open(ICONS_DIR / "guanjia.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in ICO_SIZES}
        for size in ICO_SIZES:
            ico.size = (size, size)
            ico.load()
            picture = ico.convert("RGBA")
            assert picture.size == (size, size)
            # the blue tile fills the middle; its corners are rounded off (transparent)
            assert picture.getpixel((size // 2, size // 10))[3] == 255
            assert picture.getpixel((0, 0))[3] < 128
    for name, size in (("guanjia.png", 256), ("guanjia-512.png", 512)):
        with Image.open(ICONS_DIR / name) as png:
            assert png.size == (size, size)


def test_the_icon_script_writes_the_files(tmp_path):
    out = tmp_path / "icons"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_app_icon.py"), "--out", str(out)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == [
        "guanjia-512.png",
        "guanjia.ico",
        "guanjia.png",
    ]
    with Image.open(out / "guanjia.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in ICO_SIZES}


def test_qtawesome_uses_pyside6_and_never_tries_pyqt():
    probe = (
        "import builtins\n"
        "tried = []\n"
        "real = builtins.__import__\n"
        "def spy(name, *a, **k):\n"
        "    if name.split('.')[0] in ('PyQt5', 'PyQt6', 'PySide2'):\n"
        "        tried.append(name)\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = spy\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui import icons\n"
        "import qtpy\n"
        "assert not icons.icon('customers').isNull()\n"
        "print(qtpy.API_NAME, tried)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_API", "FORCE_QT_API")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.stdout.strip() == "PySide6 []"
