"""The sidebar: the follow-up agenda (今天, 已逾期, ... with counts), Complaints (open and
escalated counts), Purchases, Members (会员), Communities, Events, Surveys (客户之声), Funnel (漏斗), Customers, the saved views (客户分群) with live counts, the recycle bin."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu

from models.complaints import complaint_list
from models.customers import customer_list
from models.followups import agenda
from models.tags import saved_views
from ui import icons, labels, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating
from ui.tasks import BackgroundReader

KindRole = Qt.UserRole + 1  # "page:<index>", "view:<view id>", "agenda:<bucket index>"


def _encode(kind) -> str:
    return f"{kind[0]}:{kind[1]}"


def kind_of(item) -> tuple[str, int]:
    """("page", index), ("view", view id), ("agenda", bucket index) or ("header", 0)."""
    kind, _sep, key = item.data(KindRole).partition(":")
    return kind, int(key)


class Sidebar(Restyling, Retranslating, QListWidget):
    pageRequested = Signal(int)
    viewRequested = Signal(int)  # a saved view id
    agendaRequested = Signal(str)  # a bucket of models.agenda
    renameViewRequested = Signal(int)
    updateViewRequested = Signal(int)
    deleteViewRequested = Signal(int)

    CUSTOMERS, BIN, COMPLAINTS, DASHBOARD, PURCHASES = 0, 1, 3, 4, 5  # the window's pages
    COMMUNITIES, EVENTS = 6, 7
    MEMBERS = 8  # 会员 (issue 26)
    SURVEYS = 9  # 客户之声 (issue 27)
    LEADS = 10  # 线索: the pool and assignment (issue 28)
    FUNNEL = 11  # 漏斗 (issue 28)
    AUTOMATION = 12  # 自动化 (issue 28)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFixedWidth(190)
        # Never a sideways scroll: the width follows the entries (_fit_width), and a very
        # long saved view's name elides.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.ElideRight)
        self.setIconSize(QSize(18, 18))
        style.set_role(self, "sidebar")
        self._views: list = []
        self._counts: dict[int, int] = {}
        self._bin_count = 0
        self.agenda_counts: dict[str, int] = {}
        self.complaint_counts: dict[str, int] = {}
        self._reader = BackgroundReader(self)
        self._reader.ready.connect(self._counts_ready)
        self._agenda_reader = BackgroundReader(self)
        self._agenda_reader.ready.connect(self._agenda_counts_ready)
        self.currentItemChanged.connect(self._current_changed)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.reload()

    # ------------------------------------------------------------ content

    def reload(self) -> None:
        """Re-read the saved views and rebuild the items (keeping the current one)."""
        current = self.current_kind()
        self._views = saved_views.list_views()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._item(("page", self.DASHBOARD)))
        header = self._item(("header", 0))
        header.setFlags(Qt.NoItemFlags)
        font = QFont(self.font())
        font.setBold(True)
        header.setFont(font)
        self.addItem(header)
        for index in range(len(agenda.BUCKETS)):
            self.addItem(self._item(("agenda", index)))
        self.addItem(self._item(("page", self.COMPLAINTS)))
        self.addItem(self._item(("page", self.PURCHASES)))
        self.addItem(self._item(("page", self.MEMBERS)))
        self.addItem(self._item(("page", self.COMMUNITIES)))
        self.addItem(self._item(("page", self.EVENTS)))
        self.addItem(self._item(("page", self.SURVEYS)))
        self.addItem(self._item(("page", self.LEADS)))
        self.addItem(self._item(("page", self.FUNNEL)))
        self.addItem(self._item(("page", self.AUTOMATION)))
        self.addItem(self._item(("page", self.CUSTOMERS)))
        for view in self._views:
            self.addItem(self._item(("view", view.id)))
        self.addItem(self._item(("page", self.BIN)))
        self.blockSignals(False)
        self.retranslate()
        self.restyle()
        if current is not None and not self.select(current, notify=False):
            self.select(("page", self.CUSTOMERS), notify=False)
        self.request_counts()
        self.request_agenda_counts()

    def _item(self, kind) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(KindRole, _encode(kind))
        return item

    def retranslate(self) -> None:
        locale = QLocale()
        names = {v.id: v.name for v in self._views}
        for row in range(self.count()):
            item = self.item(row)
            kind, key = kind_of(item)
            if kind == "header":
                item.setText(self.tr("Follow-ups"))
            elif kind == "agenda":
                bucket = agenda.BUCKETS[key]
                count = self.agenda_counts.get(bucket)
                shown = count is not None and (bucket != "done" and count > 0)
                suffix = f"  {locale.toString(count)}" if shown else ""
                item.setText(f"    {labels.bucket_label(bucket)}{suffix}")
                urgent = bucket in ("today", "overdue") and bool(count)
                item.setForeground(QBrush(QColor(style.OVERDUE)) if urgent else QBrush())
            elif kind == "page" and key == self.CUSTOMERS:
                item.setText(self.tr("Customers"))
            elif kind == "page" and key == self.COMPLAINTS:
                self._complaints_text(item, locale)
            elif kind == "page" and key == self.DASHBOARD:
                item.setText(self.tr("Dashboard"))
            elif kind == "page" and key == self.PURCHASES:
                item.setText(self.tr("Purchases"))
            elif kind == "page" and key == self.EVENTS:
                item.setText(self.tr("Events"))
            elif kind == "page" and key == self.COMMUNITIES:
                item.setText(self.tr("Communities"))
            elif kind == "page" and key == self.MEMBERS:
                item.setText(self.tr("Members"))
            elif kind == "page" and key == self.SURVEYS:
                item.setText(self.tr("Surveys"))
            elif kind == "page" and key == self.LEADS:
                item.setText(self.tr("Leads"))
            elif kind == "page" and key == self.FUNNEL:
                item.setText(self.tr("Funnel"))
            elif kind == "page" and key == self.AUTOMATION:
                item.setText(self.tr("Automation"))
            elif kind == "page":
                text = self.tr("Recycle bin")
                item.setText(text + (f" ({self._bin_count})" if self._bin_count else ""))
            else:
                count = self._counts.get(key)
                suffix = f"  {locale.toString(count)}" if count is not None else ""
                item.setText(f"    {names.get(key, '')}{suffix}")
                item.setToolTip(self.tr("Saved view: a search and tag filter"))
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the longest entry with its counts (at least 190 px, at most 320: a
        longer saved view's name elides)."""
        need = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8
        self.setFixedWidth(max(190, min(need, 320)))

    def restyle(self) -> None:
        """Each entry's icon, in the current palette's colours."""
        pages = {self.DASHBOARD: "dashboard", self.COMPLAINTS: "complaints",
                 self.CUSTOMERS: "customers", self.BIN: "recycle_bin",
                 self.PURCHASES: "purchases", self.COMMUNITIES: "communities",
                 self.EVENTS: "events", self.MEMBERS: "members",
                 self.SURVEYS: "surveys", self.LEADS: "leads",
                 self.FUNNEL: "funnel", self.AUTOMATION: "automation"}  # fmt: skip
        for row in range(self.count()):
            kind, key = kind_of(self.item(row))
            if kind == "header":
                name = "followups"
            elif kind == "agenda":
                name = f"followups_{agenda.BUCKETS[key]}"
            elif kind == "view":
                name = "saved_view"
            else:
                name = pages[key]
            self.item(row).setIcon(icons.icon(name))

    def _complaints_text(self, item, locale) -> None:
        counts = self.complaint_counts
        text = self.tr("Complaints")
        if counts.get("open"):
            text += f"  {locale.toString(counts['open'])}"
        if counts.get("escalated"):
            text += f"  ⚑{locale.toString(counts['escalated'])}"
        item.setText(text)
        item.setForeground(QBrush(QColor(style.ESCALATED)) if counts.get("escalated") else QBrush())
        item.setToolTip(
            self.tr("Open complaints; ⚑ escalated (urgent or past a deadline)")
            if counts.get("open") else ""
        )  # fmt: skip

    def set_bin_count(self, n: int) -> None:
        self._bin_count = n
        self.retranslate()

    def request_counts(self) -> None:
        views = list(self._views)
        if views:
            self._reader.request(lambda: {v.id: customer_list.count(v.filter) for v in views})

    def _counts_ready(self, counts: dict) -> None:
        self._counts = counts
        self.retranslate()

    def request_agenda_counts(self) -> None:
        """The agenda's and the complaints' counts, read together off the GUI thread."""
        self._agenda_reader.request(lambda: (agenda.counts(), complaint_list.open_counts()))

    def _agenda_counts_ready(self, counts: tuple) -> None:
        self.agenda_counts, self.complaint_counts = counts
        self.retranslate()

    @property
    def badge(self) -> int:
        """Follow-ups due today or overdue (and customers due a contact)."""
        return self.agenda_counts.get("today", 0) + self.agenda_counts.get("overdue", 0)

    def wait_for_counts(self) -> None:
        self._reader.wait()
        self._agenda_reader.wait()

    # ------------------------------------------------------------ selection

    def current_kind(self):
        item = self.currentItem()
        return kind_of(item) if item is not None else None

    def select(self, kind, notify: bool = True) -> bool:
        for row in range(self.count()):
            if kind_of(self.item(row)) == tuple(kind):
                if not notify:
                    self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return True
        return False

    def view_row(self, view_id: int) -> int:
        return self.row_of(("view", view_id))

    def row_of(self, kind) -> int:
        """The row of the item of `kind` (("page", Sidebar.BIN), ("agenda", 0), ...), or -1."""
        for row in range(self.count()):
            if kind_of(self.item(row)) == tuple(kind):
                return row
        return -1

    def _current_changed(self, item, _previous) -> None:
        if item is None:
            return
        kind, key = kind_of(item)
        if kind == "page":
            self.pageRequested.emit(key)
        elif kind == "agenda":
            self.agendaRequested.emit(agenda.BUCKETS[key])
        elif kind == "view":
            self.viewRequested.emit(key)

    def _menu(self, pos) -> None:
        item = self.itemAt(pos)
        if item is None or kind_of(item)[0] != "view":
            return
        view_id = kind_of(item)[1]
        menu = self.build_view_menu(view_id)
        menu.exec(self.viewport().mapToGlobal(pos))

    def build_view_menu(self, view_id: int) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("view_menu")
        menu.addAction(self.tr("Rename…"), lambda: self.renameViewRequested.emit(view_id))
        menu.addAction(
            self.tr("Update to the current search and tags"),
            lambda: self.updateViewRequested.emit(view_id),
        )
        menu.addSeparator()
        menu.addAction(self.tr("Delete view"), lambda: self.deleteViewRequested.emit(view_id))
        return menu
