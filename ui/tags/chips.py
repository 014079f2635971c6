"""Drawing tags as coloured chips: the table delegate, the state icons, chip buttons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QToolButton

from ui import style

TagsRole = Qt.UserRole + 10  # [(name, colour)] of a customer row

CHIP_PAD_X = 6
CHIP_GAP = 4


def text_color(background: str) -> QColor:
    """Black or white, whichever reads better on the chip colour."""
    c = QColor(background)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return QColor(style.CHIP_DARK_TEXT) if luminance > 150 else QColor(style.CHIP_LIGHT_TEXT)


@lru_cache(maxsize=256)
def state_icon(color: str, state: str) -> QIcon:
    """A dot in the tag's colour; with a tick when required, a bar when excluded."""
    size = 16
    pix = QPixmap(size, size)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    fill = {"include": QColor(style.CHIP_INCLUDE), "exclude": QColor(style.CHIP_EXCLUDE)}.get(
        state, QColor(color)
    )
    p.setPen(Qt.NoPen)
    p.setBrush(fill)
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    pen = QPen(QColor(style.BADGE_TEXT), 2)
    p.setPen(pen)
    if state == "include":
        p.drawPolyline([QPointF(4.5, 8), QPointF(7, 10.5), QPointF(11.5, 5.5)])
    elif state == "exclude":
        p.drawLine(5, 8, 11, 8)
    p.end()
    return QIcon(pix)


style.on_theme_change(state_icon.cache_clear)  # the include/exclude colours differ by theme


class TagChipDelegate(QStyledItemDelegate):
    """Paints a customer's tags (TagsRole) as rounded chips; '+N' when they do not fit."""

    def paint(self, painter, option, index):
        chips = index.data(TagsRole)
        if not chips:
            super().paint(painter, option, index)
            return
        qt_style = option.widget.style() if option.widget else None
        opt = option
        self.initStyleOption(opt, index)
        opt.text = ""
        if qt_style is not None:
            qt_style.drawControl(QStyle.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        fm = QFontMetrics(option.font)
        rect = option.rect.adjusted(3, 4, -3, -4)
        x = rect.left()
        for i, (name, color) in enumerate(chips):
            width = fm.horizontalAdvance(name) + 2 * CHIP_PAD_X
            rest = len(chips) - i
            more = f"+{rest}"
            reserve = fm.horizontalAdvance(more) + 2 * CHIP_PAD_X + CHIP_GAP if rest > 1 else 0
            if (i > 0 and x + width + reserve > rect.right()) or x + width > rect.right():
                more_width = fm.horizontalAdvance(more) + 2 * CHIP_PAD_X
                more_rect = QRectF(x, rect.top(), more_width, rect.height())
                self._chip(painter, fm, more_rect, more, style.CHIP_MORE)
                break
            self._chip(painter, fm, QRectF(x, rect.top(), width, rect.height()), name, color)
            x += width + CHIP_GAP
        painter.restore()

    @staticmethod
    def _chip(painter, fm, rect: QRectF, text: str, color: str) -> None:
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(text_color(color))
        painter.drawText(rect, Qt.AlignCenter, text)

    def sizeHint(self, option, index):
        chips = index.data(TagsRole) or []
        fm = QFontMetrics(option.font)
        width = sum(fm.horizontalAdvance(n) + 2 * CHIP_PAD_X + CHIP_GAP for n, _c in chips)
        return QSize(max(width + 6, 60), fm.height() + 10)


class ChipButton(QToolButton):
    """A removable chip: the tag's name and a ×; clicking it asks for its removal."""

    removeRequested = Signal()

    def __init__(self, text: str, color: str, parent=None, tooltip: str = ""):
        super().__init__(parent)
        self.setText(f"{text}  ✕")
        self.setToolTip(tooltip)
        self.setCursor(Qt.PointingHandCursor)
        style.set_chip_colour(self, color)
        self.clicked.connect(self.removeRequested)
