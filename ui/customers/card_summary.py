"""What the detail panel shows when no single customer is chosen: the list's own summary
(how many it shows, its search and filters in words, what to do next), or, with several
customers selected, how many and what can be done to all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from models.customers.customer_filter import CustomerFilter
from ui import labels, style
from ui.customers.community_filter import community_words, ids_words
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.text import fill


def count_text(n: int) -> str:
    """A count with thousands separators: 1,234,567."""
    return f"{n:,}"


class ListSummary(Restyling, Retranslating, QWidget):
    """The list in words (`show_list`) or the selection and its bulk actions (`show_selection`)."""

    newRequested = Signal()
    bulkTagRequested = Signal()
    deleteRequested = Signal()
    restoreRequested = Signal()
    purgeRequested = Signal()

    def __init__(self, parent=None, in_bin: bool = False):
        super().__init__(parent)
        self.setObjectName("list_summary")
        self._in_bin = in_bin
        self._list: tuple = (0, 0, CustomerFilter(in_bin=in_bin), {})  # show_list's arguments
        self._selected = 0  # customers selected; 0: the list is shown
        self.headline = QLabel()
        self.headline.setObjectName("summary_headline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.filters = QLabel()
        self.filters.setObjectName("summary_filters")
        self.filters.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("summary_hint")
        self.hint.setWordWrap(True)
        for label in (self.headline, self.filters, self.hint):
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.buttons: dict[str, QPushButton] = {}
        names = ("restore", "purge") if in_bin else ("new", "tags", "delete")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(10)
        layout.addWidget(self.headline)
        layout.addWidget(self.filters)
        layout.addWidget(self.hint)
        signals = {
            "new": self.newRequested,
            "tags": self.bulkTagRequested,
            "delete": self.deleteRequested,
            "restore": self.restoreRequested,
            "purge": self.purgeRequested,
        }
        for name in names:
            button = QPushButton()
            button.setObjectName(f"summary_{name}")
            button.clicked.connect(signals[name])
            self.buttons[name] = button
            layout.addWidget(button, 0, Qt.AlignLeft)
        layout.addStretch(1)
        self.restyle()
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("New customer…"),
            "tags": self.tr("Add or remove tags…"),
            "delete": self.tr("Delete"),
            "restore": self.tr("Restore"),
            "purge": self.tr("Delete for good"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        if self._selected:
            self.show_selection(self._selected)
        else:
            self.show_list(*self._list)

    def restyle(self) -> None:
        style.hint_text(self.hint)

    # ------------------------------------------------------------ the list

    def show_list(self, matching: int, total: int, flt: CustomerFilter,
                  tag_names: dict[int, str]) -> None:  # fmt: skip
        """How many customers the list shows, of how many, and why (`tag_names`: id -> name
        of the tags the filter names)."""
        self._list = (matching, total, flt, dict(tag_names))
        self._selected = 0
        words = self.filter_words(flt, tag_names)
        if total == 0:
            headline = (self.tr("The recycle bin is empty") if self._in_bin
                        else self.tr("No customers yet"))  # fmt: skip
        elif words and matching == 0:
            headline = self.tr("No customer matches")
        elif words:
            headline = fill(self.tr("Filtered: %1 of %2 customers"),
                            count_text(matching), count_text(total))  # fmt: skip
        elif self._in_bin:
            headline = fill(self.tr("%1 customers in the recycle bin"), count_text(total))
        elif total == 1:
            headline = self.tr("1 customer")
        else:
            headline = fill(self.tr("%1 customers"), count_text(total))
        self.headline.setText(headline)
        self.filters.setText("\n".join(f"• {w}" for w in words))
        self.filters.setVisible(bool(words))
        if self._in_bin:
            hint = self.tr("Select a customer to restore them or delete them for good.")
        else:
            hint = self.tr(
                "Select a customer to see their card and timeline. Ctrl+N adds a customer; "
                "File › Import from Excel (Ctrl+I) brings in a whole list."
            )
        if words and matching == 0:
            hint = self.tr("Change the search or clear the filters to see customers again.")
        self.hint.setText(hint)
        self._show_buttons({"new"})

    def update_list(self, matching: int, total: int, flt: CustomerFilter,
                    tag_names: dict[int, str]) -> None:  # fmt: skip
        """Keep what the list shows; shown now unless a selection is."""
        self._list = (matching, total, flt, dict(tag_names))
        if not self._selected:
            self.show_list(*self._list)

    def show_list_again(self) -> None:
        self.show_list(*self._list)

    @property
    def mode(self) -> str:
        """ "list" or "selection"."""
        return "selection" if self._selected else "list"

    def filter_words(self, flt: CustomerFilter, tag_names: dict[int, str]) -> list[str]:
        """The search and filters of the list, one phrase each."""
        words = []
        if flt.search.strip():
            words.append(fill(self.tr("Search: “%1”"), flt.search.strip()))
        required = "、".join(tag_names.get(t, "?") for t in flt.tags)
        if required and flt.any_tags and len(flt.tags) > 1:
            words.append(fill(self.tr("Tagged with any of %1"), required))
        elif required:
            words.append(fill(self.tr("Tagged %1"), required))
        if flt.not_tags:
            left_out = "、".join(tag_names.get(t, "?") for t in flt.not_tags)
            words.append(fill(self.tr("Not tagged %1"), left_out))
        if flt.not_contacted_days:
            words.append(fill(self.tr("Not contacted in %1 days"), str(flt.not_contacted_days)))
        if flt.no_next_followup:
            words.append(self.tr("No follow-up planned"))
        if flt.rfm_segment:
            words.append(fill(self.tr("RFM segment: %1"), labels.segment_label(flt.rfm_segment)))
        if flt.lead_grade:
            words.append(fill(self.tr("Lead grade %1"), flt.lead_grade))
        for key, value in flt.where:
            if key == "source":
                words.append(fill(self.tr("Source: %1"), labels.source_label(value) or "—"))
            elif key == "stage":
                words.append(fill(self.tr("Lifecycle stage: %1"), labels.stage_label(value) or "—"))
            else:
                words.append(fill(self.tr("Created in %1"), value))
        community = community_words(flt)
        if community:
            words.append(fill(self.tr("Community: %1"), community))
        if flt.has_ids:
            words.append(ids_words(flt))
        return words

    # ------------------------------------------------------------ several selected

    def show_selection(self, count: int) -> None:
        """`count` (two or more) customers selected: what can be done to all of them."""
        self._selected = count
        self.headline.setText(fill(self.tr("%1 customers selected"), count_text(count)))
        self.filters.hide()
        self.hint.setText(self.tr(
            "These apply to all of them. Ctrl+click adds or removes one customer, "
            "Shift+click a range."
        ))  # fmt: skip
        self._show_buttons({"tags", "delete", "restore", "purge"})

    def _show_buttons(self, shown: set[str]) -> None:
        for name, button in self.buttons.items():
            button.setVisible(name in shown)
