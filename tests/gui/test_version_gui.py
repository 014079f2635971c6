"""The version the user sees (issue 31): in the window title and in Help > About, in
English and Chinese."""

from desktop import translations
from desktop.version import version
from tests.gui.helpers import when_modal


def test_the_title_and_about_show_the_version(qtbot, window):
    assert window.windowTitle() == f"Guanjia — Customer Manager {version()}"
    seen = {}

    def read(dialog):
        seen["text"] = dialog.text()
        dialog.accept()

    state = when_modal(qtbot, read)
    window.act_about.trigger()
    assert state["done"]
    assert f"Version {version()}" in seen["text"]

    translations.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.windowTitle() == f"客户管家 {version()}", timeout=3000)
        state = when_modal(qtbot, read)
        window.act_about.trigger()
        assert f"版本 {version()}" in seen["text"]
    finally:
        translations.apply("en")
