"""The customer card: who the customer is at a glance (name, number, stage, segment, open
complaints, tags), their key figures, contact details with copy buttons, and the other
fields in two columns. The detail panel shows it above the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from models.communities import customer_history, members
from models.complaints import complaint_list
from models.customers.custom_fields import list_fields
from models.customers.customer_list import BUILTIN_COLUMNS
from models.leads import scores
from models.membership import level_rules
from models.surveys import customer_answers
from models.tags.tags import tags_of
from ui import formatting, icons, labels, style
from ui.communities import community_labels
from ui.customers.card_parts import Badge, ElidedLabel, Figure, FlowLayout
from ui.events.labels import signup_status_label
from ui.leads import score_labels as lead_labels
from ui.membership.referrals_dialogs import IntroducedByLine, open_tree
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.surveys import score_labels
from ui.text import fill

EVENTS_SHOWN = 3  # the newest events named on the card

# Contact details, each with a copy button.
CONTACT_FIELDS = ("mobile", "wechat", "email", "company", "city")
# The row of key figures; all but the open complaints are kept on the customer row.
FIGURES = ("total_spend_cents", "purchase_count", "last_purchase_at", "last_contact_at",
           "next_followup_at", "open_complaints")  # fmt: skip
# Every other built-in field goes into the two-column grid, in the list's column order.
_SHOWN_ELSEWHERE = {"name", "number", "stage", "rfm_segment", "rfm_score", "tags",
                    "lead_grade", "lead_score", *CONTACT_FIELDS, *FIGURES}  # fmt: skip
GRID_FIELDS = tuple(k for k in BUILTIN_COLUMNS if k not in _SHOWN_ELSEWHERE)
WIDE_FIELDS = {"address", "notes"}  # long texts take both columns
STAGE_COLORS = {"lead": "STAGE_LEAD", "new": "STAGE_NEW", "active": "STAGE_ACTIVE",
                "dormant": "STAGE_DORMANT", "churned": "STAGE_CHURNED"}  # fmt: skip
COPIED_MS = 1500  # how long "Copied" shows beside a copy button


def day_text(value) -> str:
    """A date or date-time as the figures show it: the day."""
    return formatting.date_text(value) if isinstance(value, dt.date) else ""


class CustomerCard(Restyling, Retranslating, QWidget):
    """One customer at a glance. `show_customer(row)` with customers.get()'s dict."""

    editRequested = Signal()
    deleteRequested = Signal()
    restoreRequested = Signal()
    purgeRequested = Signal()
    complaintsRequested = Signal(int, str)
    purchasesRequested = Signal(int, str)  # the purchases page filtered to the customer
    copied = Signal(str)  # a contact detail was put on the clipboard

    def __init__(self, parent=None, in_bin: bool = False):
        super().__init__(parent)
        self.setObjectName("customer_card")
        self._in_bin = in_bin
        self._customer: dict | None = None
        self._open_complaints = 0

        # ---- header: name and commands, number, badges, tags
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.primary = QToolButton()
        self.primary.setObjectName("detail_primary")
        self.secondary = QToolButton()
        self.secondary.setObjectName("detail_secondary")
        for button in (self.primary, self.secondary):
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        if in_bin:
            self.primary.clicked.connect(self.restoreRequested)
            self.secondary.clicked.connect(self.purgeRequested)
        else:
            self.primary.clicked.connect(self.editRequested)
            self.secondary.clicked.connect(self.deleteRequested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.primary, 0, Qt.AlignTop)
        top.addWidget(self.secondary, 0, Qt.AlignTop)
        self.number = QLabel()
        self.number.setObjectName("detail_number")
        self.number.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._hint(self.number)

        self.stage_badge = Badge()
        self.stage_badge.setObjectName("detail_stage_badge")
        self.segment_badge = Badge(color_name="RFM_BADGE")
        self.segment_badge.setObjectName("detail_segment_badge")
        self.level_badge = Badge(color_name="RFM_BADGE")  # the member level (会员等级)
        self.level_badge.setObjectName("detail_level_badge")
        # Open complaints: a click shows them on the complaints page.
        self.complaint_badge = Badge(color_name="DANGER_BADGE", clickable=True)
        self.complaint_badge.setObjectName("detail_complaint_badge")
        self.complaint_badge.clicked.connect(self._complaints_clicked)
        # The last survey answer: its score and category, in the category's colour.
        self.survey_badge = Badge()
        self.survey_badge.setObjectName("detail_survey_badge")
        # A lead's grade and score (issue 28), and below the badges why: the breakdown.
        self.lead_badge = Badge(color_name="RFM_BADGE")
        self.lead_badge.setObjectName("detail_lead_badge")
        self.lead_why = QLabel()
        self.lead_why.setObjectName("detail_lead_why")
        self.lead_why.setWordWrap(True)
        self.lead_why.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._hint(self.lead_why)
        badges = FlowLayout()
        for badge in (self.stage_badge, self.lead_badge, self.segment_badge, self.level_badge,
                      self.complaint_badge, self.survey_badge):  # fmt: skip
            badges.add(badge)
        self.tags = FlowLayout()
        self.tag_badges: list[Badge] = []

        # ---- key figures, in two or three columns as the width allows
        self.figures = {key: Figure(key) for key in FIGURES}
        self.figures_grid = QGridLayout()
        self.figures_grid.setHorizontalSpacing(12)
        self.figures_grid.setVerticalSpacing(6)
        self._figure_columns = 0
        self._place_figures(2)

        # ---- contact details with copy buttons
        self.contacts = QGridLayout()
        self.contacts.setColumnStretch(1, 1)
        self.contacts.setVerticalSpacing(2)
        self.contact_captions: dict[str, QLabel] = {}
        self.contact_values: dict[str, ElidedLabel] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        for row, key in enumerate(CONTACT_FIELDS):
            caption = self._hint(QLabel())
            value = ElidedLabel()
            value.setObjectName(f"contact_{key}")
            button = QToolButton()
            button.setObjectName(f"copy_{key}")
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _c=False, key=key: self.copy(key))
            self.contacts.addWidget(caption, row, 0)
            self.contacts.addWidget(value, row, 1)
            self.contacts.addWidget(button, row, 2)
            self.contact_captions[key], self.contact_values[key] = caption, value
            self.copy_buttons[key] = button

        # ---- every other field, two columns, empty ones left out
        self.details = QGridLayout()
        self.details.setHorizontalSpacing(12)
        self.details.setVerticalSpacing(6)
        self.details.setColumnStretch(0, 1)
        self.details.setColumnStretch(1, 1)
        self.detail_values: dict[str, QLabel] = {}  # caption -> value label, as shown

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        head = QVBoxLayout()
        head.setSpacing(4)
        head.addLayout(top)
        head.addWidget(self.number)
        head.addLayout(badges)
        head.addWidget(self.lead_why)
        head.addLayout(self.tags)
        layout.addLayout(head)
        layout.addLayout(self.figures_grid)
        self.purchases_link = QToolButton()  # the customer's purchases, on their page
        self.purchases_link.setObjectName("detail_purchases")
        self.purchases_link.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.purchases_link.setAutoRaise(True)
        self.purchases_link.clicked.connect(self._purchases_clicked)
        self.purchases_link.setVisible(not in_bin)
        layout.addWidget(self.purchases_link, 0, Qt.AlignLeft)
        # The customer's communities (社群) and their role in each.
        self.communities = QLabel()
        self.communities.setObjectName("detail_communities")
        self.communities.setWordWrap(True)
        layout.addWidget(self.communities)
        # The events they signed up for, newest first, and what became of each.
        self.events = QLabel()
        self.events.setObjectName("detail_events")
        self.events.setWordWrap(True)
        layout.addWidget(self.events)
        # Who introduced the customer and how many they brought (转介绍); opens the tree.
        self.referrals = IntroducedByLine()
        self.referrals.treeRequested.connect(lambda cid: open_tree(self, cid))
        layout.addWidget(self.referrals)
        layout.addLayout(self.contacts)
        layout.addLayout(self.details)
        layout.addStretch(1)
        self.restyle()
        self.show_customer(None)

    # ------------------------------------------------------------ state

    @property
    def customer(self) -> dict | None:
        return self._customer

    def retranslate(self) -> None:
        self.show_customer(self._customer)

    def restyle(self) -> None:
        # Captions and figures follow the theme through their roles; icons and the
        # painted badges are drawn again.
        if not self._in_bin:
            self.primary.setIcon(icons.icon("edit"))
        for button in self.copy_buttons.values():
            button.setIcon(icons.icon("copy"))
        self.purchases_link.setIcon(icons.icon("purchases"))
        self.update()

    def _hint(self, label: QLabel) -> QLabel:
        return style.hint_text(label)

    # ------------------------------------------------------------ showing a customer

    def show_customer(self, customer: dict | None) -> None:
        self._customer = customer
        cid = customer["id"] if customer else None
        if self._in_bin:
            self.primary.setText(self.tr("Restore"))
            self.secondary.setText(self.tr("Delete for good"))
        else:
            self.primary.setText(self.tr("Edit"))
            self.secondary.setText(self.tr("Delete"))
        self.primary.setEnabled(customer is not None)
        self.secondary.setEnabled(customer is not None)
        customer = customer or {}
        self._open_complaints = (
            complaint_list.open_count_for_customer(cid) if cid is not None and not self._in_bin
            else 0
        )  # fmt: skip
        self.title.setText(customer.get("name", ""))
        placeholder = bool(customer.get("name_placeholder"))
        font = self.title.font()
        font.setItalic(placeholder)  # a name an import made up: "客户 + number"
        self.title.setFont(font)
        self.title.setToolTip(labels.placeholder_name_tip() if placeholder else "")
        self.purchases_link.setText(self.tr("Purchases and refunds…"))
        self.purchases_link.setEnabled(cid is not None)
        number = customer.get("number", "")
        self.number.setText(fill(self.tr("Customer No. %1"), number) if number else "")
        self.number.setVisible(bool(number))
        self._show_badges(customer)
        self._show_tags(cid)
        self._show_communities(cid)
        self.referrals.show_customer(cid)
        self._show_figures(customer)
        self._show_contacts(customer)
        self._show_details(customer)

    def _show_badges(self, customer: dict) -> None:
        stage = customer.get("stage", "")
        self.stage_badge.setText(labels.stage_label(stage))
        self.stage_badge.set_color_name(STAGE_COLORS.get(stage, "TAG_DEFAULT"))
        self.stage_badge.setToolTip(labels.field_label("stage"))
        self.stage_badge.setVisible(bool(stage))
        self._show_lead(customer)
        segment = customer.get("rfm_segment", "")
        self.segment_badge.setText(labels.segment_label(segment))
        tip = labels.field_label("rfm_segment")
        if customer.get("rfm_score"):
            tip += f" · {labels.field_label('rfm_score')} {customer['rfm_score']}"
        self.segment_badge.setToolTip(tip)
        self.segment_badge.setVisible(bool(segment))
        self._show_level(customer.get("id"))
        n = self._open_complaints
        if n == 1:
            self.complaint_badge.setText(self.tr("⚑ 1 open complaint"))
        else:
            self.complaint_badge.setText(fill(self.tr("⚑ %1 open complaints"), f"{n:,}"))
        self.complaint_badge.setToolTip(self.tr("Show them on the complaints page"))
        self.complaint_badge.setVisible(n > 0)
        self._show_survey(customer.get("id"))

    def _show_lead(self, customer: dict) -> None:
        """A live lead: its grade and score now, and the parts they add up from."""
        cid = customer.get("id")
        lead = cid is not None and customer.get("stage") == "lead" and not self._in_bin
        self.lead_badge.setVisible(lead)
        self.lead_why.setVisible(lead)
        if not lead:
            return
        explained = scores.explain(cid)
        self.lead_badge.setText(fill(self.tr("Lead %1 · %2"), explained.grade, explained.score))
        self.lead_badge.setToolTip(self.tr("Lead grade and score (线索评分)"))
        self.lead_why.setText(lead_labels.breakdown(explained.score, explained.parts))

    def _show_survey(self, customer_id: int | None) -> None:
        last = customer_answers.last_answer(customer_id) if customer_id is not None else None
        self.survey_badge.setVisible(last is not None)
        if last is None:
            return
        self.survey_badge.setText(score_labels.score_text(last))
        self.survey_badge.set_color_name(score_labels.CATEGORY_COLORS[last["category"]])
        self.survey_badge.setToolTip(fill(self.tr("Last survey answer: %1, %2"), last["survey"],
                                          formatting.datetime_text(last["answered_at"])))  # fmt: skip

    def _show_level(self, customer_id: int | None) -> None:
        level = level_rules.level_of(customer_id) if customer_id is not None else None
        if level is None:
            self.level_badge.setVisible(False)
            return
        self.level_badge.setText(("🔒 " if level["locked"] else "") + level["level"])
        tip = labels.field_label("member_level")
        if level["locked"]:
            tip += " · " + fill(self.tr("locked: %1"), level["lock_reason"])
        elif level["until"]:
            tip += " · " + fill(self.tr("grace until %1"), formatting.date_text(level["until"]))
        self.level_badge.setToolTip(tip)
        self.level_badge.setVisible(True)

    def _show_communities(self, customer_id: int | None) -> None:
        rows = members.communities_of(customer_id) if customer_id is not None else []
        roles, levels = community_labels.role_labels(), community_labels.level_labels()
        shown = ", ".join(f"{r['name']} ({self._role_level(r, roles, levels)})" for r in rows)
        self.communities.setText(fill(self.tr("Communities: %1"), shown) if rows else "")
        self.communities.setVisible(bool(rows))
        events = customer_history.events_of(customer_id, EVENTS_SHOWN + 1) if customer_id else []
        shown = ", ".join(f"{e['title']} ({signup_status_label(e['status'], e['walk_in'])})"
                          for e in events[:EVENTS_SHOWN])  # fmt: skip
        if len(events) > EVENTS_SHOWN:
            shown += " …"
        self.events.setText(fill(self.tr("Events: %1"), shown) if events else "")
        self.events.setVisible(bool(events))

    @staticmethod
    def _role_level(row: dict, roles: dict, levels: dict) -> str:
        """ "Admin · Core": the role, and the engagement level once computed."""
        parts = [community_labels.label(roles, row["role"])]
        if row["level"]:
            parts.append(community_labels.label(levels, row["level"]))
        return " · ".join(parts)

    def _show_tags(self, customer_id: int | None) -> None:
        self.tags.clear()
        self.tag_badges = []
        if customer_id is None:
            return
        for name, color in tags_of([customer_id], with_colors=True).get(customer_id, []):
            chip = Badge()
            chip.setObjectName("detail_tag")
            chip.setText(name)
            chip.set_color(color)
            self.tags.add(chip)
            self.tag_badges.append(chip)

    def _show_figures(self, customer: dict) -> None:
        f = self.figures
        spend = customer.get("total_spend_cents") or 0
        f["total_spend_cents"].set(formatting.money(spend) if customer else "",
                                   labels.field_label("total_spend_cents"))  # fmt: skip
        count = customer.get("purchase_count") or 0
        f["purchase_count"].set(formatting.number(count) if customer else "",
                                labels.field_label("purchase_count"))  # fmt: skip
        for key in ("last_purchase_at", "last_contact_at", "next_followup_at"):
            f[key].set(day_text(customer.get(key)), labels.field_label(key),
                       labels.value_text(customer, key))  # fmt: skip
        n = self._open_complaints
        figure = f["open_complaints"]
        figure.set(formatting.number(n) if customer else "", self.tr("Open complaints"))
        style.set_role(figure.value, "error" if n else "")
        figure.setVisible(not self._in_bin)

    def _show_contacts(self, customer: dict) -> None:
        for key in CONTACT_FIELDS:
            text = labels.value_text(customer, key) if customer else ""
            caption = labels.field_label(key)
            self.contact_captions[key].setText(caption)
            self.contact_values[key].setText(text)
            button = self.copy_buttons[key]
            button.setText(self.tr("Copy"))
            button.setToolTip(fill(self.tr("Copy %1"), caption))
            for widget in (self.contact_captions[key], self.contact_values[key], button):
                widget.setVisible(bool(text))

    def contact_text(self, key: str) -> str:
        """The contact detail as shown (a masked mobile stays masked)."""
        return self.contact_values[key].text()

    def copy(self, key: str) -> str:
        """Put the contact detail on the clipboard and say so beside its button."""
        text = self.contact_text(key)
        if not text:
            return ""
        QGuiApplication.clipboard().setText(text)
        button = self.copy_buttons[key]
        QToolTip.showText(button.mapToGlobal(QPoint(0, button.height())), self.tr("Copied"),
                          button, QRect(), COPIED_MS)  # fmt: skip
        self.copied.emit(text)
        return text

    def _show_details(self, customer: dict) -> None:
        while self.details.count():
            item = self.details.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.detail_values = {}
        if not customer:
            return
        rows = [(labels.field_label(k), labels.value_text(customer, k), k in WIDE_FIELDS)
                for k in GRID_FIELDS]  # fmt: skip
        custom = customer.get("custom", {})
        rows += [(f.name, custom.get(f.key, ""), False) for f in list_fields()]
        if customer.get("deleted_at"):
            rows.append((labels.field_label("deleted_at"),
                         labels.value_text(customer, "deleted_at"), False))  # fmt: skip
        if customer.get("erased_at"):
            rows.append((self.tr("Personal data erased"),
                         labels.value_text(customer, "erased_at"), False))  # fmt: skip
        row = column = 0
        for caption, text, wide in rows:
            if not text:
                continue
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            label = style.hint_text(QLabel(caption))
            label.setWordWrap(True)
            value = QLabel(str(text))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            box.addWidget(label)
            box.addWidget(value)
            if wide:
                if column == 1:
                    row, column = row + 1, 0
                self.details.addWidget(cell, row, 0, 1, 2)
                row += 1
            else:
                self.details.addWidget(cell, row, column)
                row, column = (row, 1) if column == 0 else (row + 1, 0)
            self.detail_values[caption] = value

    # ------------------------------------------------------------ figures' columns

    def _place_figures(self, columns: int) -> None:
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        for figure in self.figures.values():
            self.figures_grid.removeWidget(figure)
        for i, figure in enumerate(self.figures.values()):
            self.figures_grid.addWidget(figure, i // columns, i % columns)
        for c in range(3):
            self.figures_grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_figures(3 if event.size().width() >= 360 else 2)

    def _purchases_clicked(self) -> None:
        if self._customer:
            self.purchasesRequested.emit(self._customer["id"], self._customer["name"])

    def _complaints_clicked(self) -> None:
        if self._customer:
            self.complaintsRequested.emit(self._customer["id"], self._customer["name"])
