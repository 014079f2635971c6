"""The small parts the customer card is built of: painted badges, a flow layout that wraps
them, a label that elides with a tooltip, and a key figure (a number over its caption)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from ui import style
from ui.tags.chips import text_color


class Badge(QAbstractButton):
    """A coloured pill: a lifecycle stage, an RFM segment, a tag, open complaints.

    Its colour is read when it paints: `color_name` names a colour of ui.style (so a theme
    change shows at once), or `set_color` gives a tag's own colour. Clickable badges show a
    hand cursor and a border under the mouse; text too long for the panel is elided, with
    the whole text as tooltip."""

    PAD_X = 8

    def __init__(self, parent=None, color_name: str = "TAG_DEFAULT", clickable: bool = False):
        super().__init__(parent)
        self._color_name = color_name
        self._color = ""
        self._clickable = clickable
        self.setFocusPolicy(Qt.TabFocus if clickable else Qt.NoFocus)
        if clickable:
            self.setCursor(Qt.PointingHandCursor)
        self.setAttribute(Qt.WA_Hover, clickable)
        self.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)

    def set_color_name(self, name: str) -> None:
        self._color_name, self._color = name, ""
        self.update()

    def set_color(self, color: str) -> None:
        self._color = color
        self.update()

    def color(self) -> str:
        return self._color or getattr(style, self._color_name)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self.text()) + 2 * self.PAD_X + 2, fm.height() + 6)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(min(self.sizeHint().width(), 4 * fm.horizontalAdvance("…")), fm.height() + 6)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        color = self.color()
        radius = rect.height() / 2
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(rect, radius, radius)
        if self._clickable and (self.underMouse() or self.hasFocus()):
            painter.setPen(QPen(QColor(style.CHIP_HOVER_BORDER), 1))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(text_color(color))
        inner = QRectF(self.rect()).adjusted(self.PAD_X, 0, -self.PAD_X, 0)
        text = self.fontMetrics().elidedText(self.text(), Qt.ElideRight, round(inner.width()))
        painter.drawText(inner, Qt.AlignCenter, text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cut = self.width() < self.sizeHint().width()
        if cut or self.toolTip() == self.text():
            self.setToolTip(self.text() if cut else "")


class FlowLayout(QLayout):
    """Lays its widgets out left to right and wraps them onto the next line (Qt's flow
    layout example); an item wider than the line is narrowed to it."""

    def __init__(self, parent=None, spacing: int = 4):
        super().__init__(parent)
        self._items: list = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        """Remove and delete every widget of the layout."""
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.invalidate()

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), 1))
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class ElidedLabel(QLabel):
    """One line of text, cut with "…" when the panel is narrow, the whole in its tooltip.
    `text()` is always the whole text."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            3 * self.fontMetrics().horizontalAdvance("…"), super().minimumSizeHint().height()
        )

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.ElideRight, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())  # fmt: skip

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setToolTip(self.text() if self.is_elided() else "")

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if self.is_elided() else "")


class Figure(QWidget):
    """A key number of the customer: the value, bold, over its caption in small grey."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"figure_{key}")
        self.value = ElidedLabel()
        self.value.setObjectName(f"figure_{key}_value")
        font = self.value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        style.hint_text(self.caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set(self, value: str, caption: str, tooltip: str = "") -> None:
        self.value.setText(value or "—")
        self.caption.setText(caption)
        self.setToolTip(tooltip)
