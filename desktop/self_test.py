"""`guanjia --self-test`: the built program checks itself (packaging/ runs it on every
build, tests/test_built_app.py from the sources too). It starts the way the window starts
(logging, translations, fonts, theme), opens the main window offscreen on a new database
in a new temporary folder (its own settings, logs and backups: the user's data folder and
database are never opened), lets it fill, and checks that

- a font with Chinese glyphs is there and chosen (else Chinese shows as boxes),
- the Chinese translation is loaded (the window title is in Chinese),
- the window title carries this program's version,
- a screenshot of the window can be written (self-test.png in that folder).

It prints what it found, one line each, and exits 0 when all is well, 1 otherwise."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QFont, QFontMetrics

from desktop import settings as app_settings
from desktop import translations
from desktop.app import choose_font, create_application, open_window, setup_logging
from desktop.session import DatabaseSession
from desktop.version import version
from ui import style

# What must render: the program's name and a customer's (rare and common characters).
CHINESE_SAMPLE = "客户管家张三李四"


def run(args) -> int:
    """Run the self-test; the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed: before Qt
    folder = Path(tempfile.mkdtemp(prefix="guanjia-self-test-"))
    os.environ["GUANJIA_HOME"] = str(folder)  # settings, logs, backups: this run's own
    os.environ.pop("GUANJIA_DB", None)
    try:
        return _check(folder)
    except Exception:  # a broken build: say what broke, exit 1
        print(traceback.format_exc(), file=sys.stderr, end="")
        print("self-test: FAILED", file=sys.stderr)
        return 1


def missing_glyphs(family: str | None, text: str = CHINESE_SAMPLE) -> str:
    """The characters of `text` the font `family` has no glyph for (all of them without
    a family)."""
    if not family:
        return text
    metrics = QFontMetrics(QFont(family))
    return "".join(ch for ch in text if not metrics.inFontUcs4(ord(ch)))


def _check(folder: Path) -> int:
    setup_logging()
    app = create_application()
    settings = app_settings.open_settings()
    translations.apply("zh_CN")  # the check looks at the Chinese interface
    family = choose_font(app)
    style.apply_theme("light")
    problems: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)

    say(
        f"self-test: Guanjia {version()} ({sys.platform}, Qt platform {app.platformName()}, "
        f"UTF-8 mode {sys.flags.utf8_mode})"
    )
    missing = missing_glyphs(family)
    say(f"font: {family or '-'}; " + (f"no glyphs for {missing}" if missing else "Chinese ok"))
    if missing:
        problems.append(
            QCoreApplication.translate(
                "SelfTest", "no font with Chinese characters: install a CJK font"
            )
        )

    session = DatabaseSession(folder / "guanjia.db")
    if not session.claim():
        problems.append(QCoreApplication.translate("SelfTest", "the new database is locked"))
    window = open_window(settings, session)
    if window is None:
        problems.append(QCoreApplication.translate("SelfTest", "the main window did not open"))
    else:
        window.resize(1280, 800)
        window.show()
        _settle(app, seconds=1.0)
        window.dashboard_page.wait()  # its figures, counted in the background
        _settle(app, seconds=0.5)
        title = window.windowTitle()
        say(f"window: {title}")
        if not any("\u4e00" <= ch <= "\u9fff" for ch in title):
            problems.append(
                QCoreApplication.translate(
                    "SelfTest", "the window title is not in Chinese: the translation did not load"
                )
            )
        if version() not in title:
            problems.append(
                QCoreApplication.translate(
                    "SelfTest", "the window title does not show the version %1"
                ).replace("%1", version())
            )
        shot = folder / "self-test.png"
        image = window.grab()
        if image.isNull() or not image.save(str(shot)):
            problems.append(
                QCoreApplication.translate("SelfTest", "cannot write the screenshot %1").replace(
                    "%1", str(shot)
                )
            )
        else:
            say(f"screenshot: {shot} ({image.width()}x{image.height()})")
        window.close()  # as the user closes it: its pages stop and wait for their work
    session.close()
    _finish_background_work()
    for problem in problems:
        print(f"self-test: {problem}", file=sys.stderr)
    say("self-test: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


def _finish_background_work() -> None:
    """Wait for any read still running in the background (a page's count the window
    started before it closed): a QThread destroyed while it runs aborts the program."""
    for thread in [obj for obj in gc.get_objects() if isinstance(obj, QThread)]:
        if thread.isRunning():
            thread.wait()


def _settle(app, seconds: float) -> None:
    """Let the window fill: its queued events, timers and background counts."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
