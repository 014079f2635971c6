"""FilterBar: the active tag filter as removable chips above the customer table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import style
from ui.retranslating import Retranslating
from ui.tags.chips import ChipButton
from ui.text import fill


class FilterBar(Retranslating, QWidget):
    stateRequested = Signal(int, str)  # tag id, "off" when a chip is removed
    anyChanged = Signal(bool)
    clearRequested = Signal()
    saveViewRequested = Signal()
    conditionCleared = Signal(str)  # "community" or "ids": its chip was removed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.label = QLabel()
        self.mode = QComboBox()
        self.mode.setObjectName("tag_mode")
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(lambda i: self.anyChanged.emit(i == 1))
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_filter")
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clearRequested)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_view")
        self.save_button.clicked.connect(self.saveViewRequested)
        self.chips: dict[int, ChipButton] = {}
        self.condition_chips: dict[str, ChipButton] = {}
        self._flt = None
        self._infos: dict = {}
        self._conditions: list = []
        self._retranslate_texts()
        self.hide()

    def retranslate(self) -> None:
        self._retranslate_texts()
        if self._flt is not None:
            self.set_filter(self._flt, self._infos, self._conditions)

    def _retranslate_texts(self) -> None:
        self.label.setText(self.tr("Tags:"))
        self.mode.setItemText(0, self.tr("all of them"))
        self.mode.setItemText(1, self.tr("any of them"))
        self.clear_button.setText(self.tr("Clear filter"))
        self.save_button.setText(self.tr("Save as view…"))
        self.save_button.setToolTip(self.tr("Keep this search and tag filter in the sidebar"))

    def set_filter(self, flt, infos: dict, conditions=()) -> None:
        """Show `flt` (a CustomerFilter); `infos` maps tag id -> TagInfo; `conditions`
        are other conditions as removable chips, (key, words): "community", "ids"."""
        self._flt, self._infos, self._conditions = flt, infos, list(conditions)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (
                self.label,
                self.mode,
                self.clear_button,
                self.save_button,
            ):
                widget.hide()
                widget.deleteLater()
        self.chips = {}
        self.condition_chips = {}
        self._layout.addWidget(self.label)
        for tag_id in flt.tags:
            self._chip(tag_id, infos, excluded=False)
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(1 if flt.any_tags else 0)
        self.mode.blockSignals(False)
        self._layout.addWidget(self.mode)
        self.mode.setVisible(len(flt.tags) > 1)
        for tag_id in flt.not_tags:
            self._chip(tag_id, infos, excluded=True)
        for key, words in self._conditions:
            self._condition_chip(key, words)
        self._layout.addStretch(1)
        self._layout.addWidget(self.clear_button)
        self._layout.addWidget(self.save_button)
        self.label.setVisible(flt.has_tags)
        self.clear_button.setVisible(flt.has_tags)
        self.setVisible(flt.narrows)

    def _condition_chip(self, key: str, words: str) -> None:
        text = fill(self.tr("Community: %1"), words) if key == "community" else words
        tip = (self.tr("Only these customers (a chart's bar or point). Not kept in a saved "
                       "view. Click to remove.") if key == "ids"
               else self.tr("Only customers of this community condition. Click to remove."))  # fmt: skip
        chip = ChipButton(text, style.TAG_DEFAULT, self, tooltip=tip)
        chip.setObjectName(f"filter_condition_{key}")
        chip.removeRequested.connect(lambda k=key: self.conditionCleared.emit(k))
        self.condition_chips[key] = chip
        self._layout.addWidget(chip)

    def _chip(self, tag_id: int, infos: dict, excluded: bool) -> None:
        info = infos.get(tag_id)
        name = info.name if info is not None else f"#{tag_id}"
        if excluded:
            text = fill(self.tr("not %1"), name)
            color = style.CHIP_EXCLUDE
            tip = self.tr("Customers with this tag are left out. Click to remove.")
        else:
            text = name
            color = info.color if info is not None else style.TAG_DEFAULT
            tip = self.tr("Only customers with this tag. Click to remove.")
        chip = ChipButton(text, color, self, tooltip=tip)
        chip.setObjectName(f"filter_chip_{tag_id}")
        chip.removeRequested.connect(lambda t=tag_id: self.stateRequested.emit(t, "off"))
        self.chips[tag_id] = chip
        self._layout.addWidget(chip)
