"""ui/'s conventions: colours and style sheets only in ui/style/ (the design system),
language changes through the Retranslating mixin, translated texts filled by ui.text.fill."""

import ast
import importlib
import io
import pkgutil
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"
DESKTOP = ROOT / "desktop"

HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
NAMED = re.compile(
    r"QColor\(\s*[\"'][a-zA-Z]+[\"']"  # QColor("white")
    r"|\bQt\.(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|magenta|yellow"
    r"|gray|darkGray|lightGray)\b"
    r"|\brgba?\("
)


def ui_files(*, but: tuple[str, ...] = ()) -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.relative_to(ROOT).as_posix() not in but)


def widget_files() -> list[Path]:
    """ui/ and desktop/, but the design system itself (ui/style/)."""
    return sorted(
        p
        for folder in (UI, DESKTOP)
        for p in folder.rglob("*.py")
        if not p.relative_to(ROOT).as_posix().startswith("ui/style/")
    )


def test_colours_are_written_only_in_ui_style():
    """A colour is named once in ui/style/tokens.py (by what it means, for light and
    dark) and used by name, in ui/ and desktop/ alike."""
    found = []
    for path in widget_files():
        text = path.read_text(encoding="utf-8")
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type in (tokenize.STRING, tokenize.COMMENT) and HEX.search(tok.string):
                found.append(f"{path.relative_to(ROOT)}:{tok.start[0]}: {tok.string}")
        found += [
            f"{path.relative_to(ROOT)}: {m.group(0)}" for m in NAMED.finditer(text)
        ]  # fmt: skip
    assert found == [], "use a token of ui/style/tokens.py (add one there if need be)"


def test_no_style_sheets_outside_ui_style():
    """Widgets get their look from the one application style sheet, through their class
    and a role (ui.style.set_role), not from a style sheet of their own."""
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in widget_files()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "setStyleSheet" in line
    ]
    assert found == [], "use ui.style.set_role or a helper of ui.style"


def test_no_local_name_hides_the_style_module():
    """`style = option.widget.style()` in a module that uses `style.ERROR` breaks painting."""
    found = []
    for path in ui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Name) and node.id == "style"
                    and isinstance(node.ctx, ast.Store)) or (
                    isinstance(node, ast.arg) and node.arg == "style"):  # fmt: skip
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_no_widget_handles_language_change_itself():
    """Every ui/ widget re-applies its texts through ui.retranslating.Retranslating."""
    found = [
        str(p.relative_to(ROOT))
        for p in ui_files(but=("ui/retranslating.py",))
        if "LanguageChange" in p.read_text(encoding="utf-8")
    ]
    assert found == [], "derive from Retranslating and define retranslate() instead"


def _ui_modules():
    return [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages([str(UI)], "ui.")
        if not m.ispkg
    ]


def test_retranslating_comes_before_the_qt_class_and_has_retranslate():
    from PySide6.QtCore import QObject

    from ui.retranslating import Retranslating

    classes = {
        obj
        for module in _ui_modules()
        for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, Retranslating) and obj is not Retranslating
    }
    assert len(classes) >= 16
    for cls in classes:
        mro = cls.__mro__
        assert mro.index(Retranslating) < mro.index(QObject), cls  # else Qt's changeEvent wins
        assert cls.retranslate is not Retranslating.retranslate, cls


def test_the_mixin_retranslates_on_language_change_and_passes_the_event_on(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    from ui.retranslating import Retranslating

    class Base(QLabel):
        def __init__(self):
            super().__init__()
            self.seen: list = []

        def changeEvent(self, event):
            self.seen.append(event.type())
            super().changeEvent(event)

    class Widget(Retranslating, Base):
        def __init__(self):
            super().__init__()
            self.times = 0

        def retranslate(self) -> None:
            self.times += 1

    w = Widget()
    qtbot.addWidget(w)
    QCoreApplication.sendEvent(w, QEvent(QEvent.LanguageChange))
    assert (w.times, w.seen) == (1, [QEvent.LanguageChange])
    QCoreApplication.sendEvent(w, QEvent(QEvent.FontChange))
    assert (w.times, w.seen) == (1, [QEvent.LanguageChange, QEvent.FontChange])


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("Updated %1", ("10:30",), "Updated 10:30"),
        ("%2 of %1", (3, 7), "7 of 3"),
        ("“%1” into “%2”; “%1” gone", ("a", "b"), "“a” into “b”; “a” gone"),
        ("%1 and %10", tuple("abcdefghij"), "a and j"),
        ("%1 %2", ("%2", "x"), "%2 x"),  # a value is never filled in again
        ("%1 %2", ("a",), "a %2"),  # no value: the marker stays
        ("100%", (), "100%"),
    ],
)
def test_fill(text, values, expected):
    from ui.text import fill

    assert fill(text, *values) == expected


def test_translated_texts_are_filled_not_chained():
    """`fill(self.tr("... %1 ..."), value)`, not `.replace("%1", value)` chains."""
    # The agenda model's texts change with the item-model work running alongside.
    allowed = ("ui/followups/agenda_model.py",)
    found = []
    for path in ui_files(but=allowed):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and re.fullmatch(r"%\d+", str(node.args[0].value))
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "use ui.text.fill"
