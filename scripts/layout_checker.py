"""The checks of scripts/layout_check.py: whether a widget's text fits (labels, buttons,
combos, tabs, groups, headers, list items), overlaps a sibling or lies outside its
window. One JSON line per finding; Qt is imported where it is used (the caller sets
the platform and scale before the application exists)."""

from __future__ import annotations

import json
from pathlib import Path


def widget_path(widget, top) -> str:
    """objectName or class of each widget from the window down to `widget`."""
    parts = []
    w = widget
    while w is not None and w is not top:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _text_width(font_metrics, text: str) -> int:
    return max((font_metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_need(label) -> int:
    from PySide6 import QtGui
    from PySide6.QtCore import Qt

    text = label.text()
    rich = label.textFormat() == Qt.RichText or (
        label.textFormat() == Qt.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        doc = QtGui.QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return int(doc.idealWidth() + 0.999)
    return _text_width(label.fontMetrics(), text)


class Checker:
    def __init__(self, lang: str, size: str, shots: str | None = None):
        self.shots = Path(shots) if shots else None
        if self.shots:
            self.shots.mkdir(parents=True, exist_ok=True)
        self.lang = lang
        self.size = size
        self.findings: list[dict] = []
        self.seen: set[tuple] = set()
        self.pages = 0

    def report(self, page, widget, top, kind, text, need, have, **more) -> None:
        name = widget_path(widget, top)
        key = (kind, name, text)
        if key in self.seen:  # the same cut on two pages is one finding
            return
        self.seen.add(key)
        finding = {"page": page, "widget": name, "text": text, "lang": self.lang,
                   "size": self.size, "kind": kind, "need": int(need), "have": int(have)}  # fmt: skip
        finding.update(more)
        self.findings.append(finding)
        print(json.dumps(finding, ensure_ascii=False), flush=True)

    def check(self, page: str, top) -> None:
        """Every visible widget of the window `top` (a main window or a dialog)."""
        from PySide6.QtWidgets import (
            QAbstractButton,
            QAbstractItemView,
            QComboBox,
            QGroupBox,
            QLabel,
            QListWidget,
            QTabBar,
            QWidget,
        )

        self.pages += 1
        if self.shots:
            name = "".join(c if c.isalnum() else "_" for c in page)
            top.grab().save(str(self.shots / f"{self.pages:02d}_{name}_{self.lang}.png"))
        self._check_window(page, top)
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or widget.isWindow() and widget is not top:
                continue
            if widget.window() is not top:
                continue
            if isinstance(widget, QLabel):
                self._check_label(page, top, widget)
            elif isinstance(widget, QAbstractButton):
                self._check_button(page, top, widget)
            elif isinstance(widget, QComboBox):
                self._check_combo(page, top, widget)
            elif isinstance(widget, QTabBar):
                self._check_tabs(page, top, widget)
            elif isinstance(widget, QGroupBox):
                self._check_group(page, top, widget)
            if isinstance(widget, QAbstractItemView):
                self._check_header(page, top, widget)
            if isinstance(widget, QListWidget):
                self._check_list(page, top, widget)
            self._check_children_placed(page, top, widget)

    def _check_list(self, page, top, view) -> None:
        """A list's entries (the sidebar, with its counts): each as wide as it needs, as
        far as the list shows without a sideways scroll."""
        room = view.viewport().width()
        for row in range(view.count()):
            item = view.item(row)
            if item.isHidden():
                continue
            need = view.sizeHintForIndex(view.indexFromItem(item)).width()
            if need > room + 1:
                self.report(page, view, top, "item", item.text().strip(), need, room, row=row)

    def _check_window(self, page, top) -> None:
        screen = top.screen().availableGeometry()
        frame = top.frameGeometry()
        if not screen.contains(frame):
            self.report(page, top, None, "outside", top.windowTitle(),
                        max(frame.width(), frame.height()),
                        max(screen.width(), screen.height()),
                        detail=f"window {frame.width()}x{frame.height()} on a screen of "
                        f"{screen.width()}x{screen.height()}")  # fmt: skip

    def _check_label(self, page, top, label) -> None:
        if (
            label.wordWrap()
            or not label.text()
            or label.pixmap() is not None
            and not (label.pixmap().isNull())
        ):
            return
        have = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
        need = _label_need(label)
        if need > have + 1:
            self.report(page, label, top, "label", label.text(), need, have)

    def _check_button(self, page, top, button) -> None:
        from PySide6.QtWidgets import QPushButton, QStyle, QToolButton

        if not button.text():
            return
        if isinstance(button, QToolButton) and button.toolButtonStyle() == 0:  # icon only
            return
        need, have = button.sizeHint().width(), button.width()
        if isinstance(button, QPushButton):  # its size hint is at least 80 wide: the text
            style = button.style()
            need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if not button.icon().isNull():
                need += button.iconSize().width() + 4
            need += 2 * style.pixelMetric(QStyle.PM_ButtonMargin, None, button)
            need += 2 * style.pixelMetric(QStyle.PM_DefaultFrameWidth, None, button)
            if button.menu() is not None:
                need += style.pixelMetric(QStyle.PM_MenuButtonIndicator, None, button)
        if need > have + 1:
            self.report(page, button, top, "button", button.text().replace("&", ""), need, have)

    def _check_combo(self, page, top, combo) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        text = combo.currentText()
        if not text:
            return
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo
        )
        have = field.width()
        if not combo.itemIcon(combo.currentIndex()).isNull():
            have -= combo.iconSize().width() + 4
        need = combo.fontMetrics().horizontalAdvance(text)
        if need > have + 1:
            self.report(page, combo, top, "combo", text, need, have)

    def _check_tabs(self, page, top, bar) -> None:
        from PySide6.QtWidgets import QStyle

        margin = bar.style().pixelMetric(QStyle.PM_TabBarTabHSpace, None, bar)
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            text = bar.tabText(i).replace("&", "")
            need = bar.fontMetrics().horizontalAdvance(text) + margin
            if not bar.tabIcon(i).isNull():
                need += bar.iconSize().width() + 4
            have = bar.tabRect(i).width()
            if need > have + 1 or not bar.rect().contains(bar.tabRect(i)):
                self.report(page, bar, top, "tab", text, need, have)

    def _check_group(self, page, top, group) -> None:
        title = group.title().replace("&", "")
        if not title:
            return
        need = group.fontMetrics().horizontalAdvance(title) + 16
        if group.isCheckable():
            need += 20
        if need > group.width():
            self.report(page, group, top, "group", title, need, group.width())

    def _check_header(self, page, top, view) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHeaderView

        header = getattr(view, "horizontalHeader", lambda: None)()
        if header is None:
            header = getattr(view, "header", lambda: None)()
        if not isinstance(header, QHeaderView) or not header.isVisible():
            return
        model = header.model()
        if model is None:
            return
        from ui.column_fit import title_width  # the one measure of a column title's need

        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, Qt.Horizontal, Qt.DisplayRole)
            if not text:
                continue
            text = str(text)
            need = title_width(header, section)
            have = header.sectionSize(section)
            if need > have + 1:
                self.report(page, header, top, "header", text, need, have, section=section)
        # Columns past the right edge: the default columns should fit the view's width.
        width = header.viewport().width() if header.viewport() else header.width()
        if header.length() > width + 1:
            beyond = [
                str(model.headerData(s, Qt.Horizontal, Qt.DisplayRole) or "")
                for s in range(header.count())
                if not header.isSectionHidden(s)
                and header.sectionViewportPosition(s) + header.sectionSize(s) > width + 1
            ]
            self.report(page, view, top, "scroll", ", ".join(beyond), header.length(), width)

    def _check_children_placed(self, page, top, parent) -> None:
        """Children inside their parent, and no two visible siblings overlapping."""
        from PySide6.QtWidgets import (
            QAbstractScrollArea,
            QFocusFrame,
            QRubberBand,
            QSizeGrip,
            QStackedWidget,
            QWidget,
        )

        container = parent.parentWidget()
        if isinstance(container, QAbstractScrollArea) and parent is container.viewport():
            return  # scrolled content is meant to be larger than the viewport
        if isinstance(parent, QStackedWidget):
            return
        children = [
            c
            for c in parent.children()
            if isinstance(c, QWidget)
            and not c.isWindow()
            and c.isVisible()
            and not isinstance(c, QFocusFrame | QRubberBand | QSizeGrip)
        ]
        inside = parent.rect()
        for child in children:
            g = child.geometry()
            if g.isEmpty():
                continue
            cut = g.intersected(inside)
            if cut.width() < g.width() - 1 or cut.height() < g.height() - 1:
                self.report(page, child, top, "outside", _text_of(child),
                            max(g.right(), g.bottom()), max(inside.right(), inside.bottom()),
                            detail=f"{g.x()},{g.y()} {g.width()}x{g.height()} in a parent "
                            f"of {inside.width()}x{inside.height()}")  # fmt: skip
        if isinstance(parent, QAbstractScrollArea):
            return  # its viewport, bars and corner are placed by the view itself
        for i, a in enumerate(children):
            if a.geometry().contains(inside):
                continue  # an overlay over the whole parent (the lock screen) is meant so
            for b in children[i + 1 :]:
                if b.geometry().contains(inside):
                    continue
                both = a.geometry().intersected(b.geometry())
                if both.width() > 2 and both.height() > 2:
                    self.report(page, b, top, "overlap", _text_of(b) or _text_of(a),
                                both.width() * both.height(), 0,
                                detail=f"overlaps {a.objectName() or type(a).__name__}")  # fmt: skip


def _text_of(widget) -> str:
    text = getattr(widget, "text", None)
    if callable(text):
        try:
            value = text()
        except TypeError:
            return ""
        return value if isinstance(value, str) else ""
    return ""
