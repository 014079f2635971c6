"""Moving between the window's pages: the sidebar and the pages in step (customers,
recycle bin, the agenda's buckets, complaints, dashboard, saved views), the pages'
requests to open a customer or a filtered list, the saved views kept in the sidebar,
and the count of the list shown in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.controllers.base import Controller
from models.customers import customers
from models.customers.customer_filter import CustomerFilter
from models.errors import GuanjiaError
from models.followups.agenda import BUCKETS
from models.tags import saved_views
from ui import formatting, messages
from ui.communities.metrics_view import CommunityMetricsView
from ui.customers.page import CustomersPage
from ui.sidebar import Sidebar
from ui.text import fill


def agenda_index(bucket: str) -> int | None:
    return BUCKETS.index(bucket) if bucket in BUCKETS else None


def selected_count(view) -> int:
    """How many rows of `view` are selected, read from the selection's ranges (all of a
    million rows selected is one range: no index is made per row)."""
    spans = sorted((r.top(), r.bottom()) for r in view.selectionModel().selection())
    count, reached = 0, -1
    for top, bottom in spans:
        if bottom > reached:
            count += bottom - max(top, reached + 1) + 1
            reached = bottom
    return count


class Navigator(Controller):
    def __init__(self, window):
        super().__init__(window)
        w = window
        self.active_view: int | None = None  # the saved view being shown, if any
        w.sidebar.pageRequested.connect(self.show_page)
        w.sidebar.viewRequested.connect(self.show_view)
        w.sidebar.agendaRequested.connect(self.show_agenda)
        w.sidebar.renameViewRequested.connect(self.rename_view)
        w.sidebar.updateViewRequested.connect(self.update_view)
        w.sidebar.deleteViewRequested.connect(self.delete_view)
        w.dashboard_page.openCustomers.connect(self.show_customers_filtered)
        w.funnel_page.openCustomers.connect(self.show_customers_filtered)
        w.dashboard_page.openAgenda.connect(self.show_agenda)
        w.dashboard_page.openComplaints.connect(self.show_complaints_filtered)
        w.dashboard_page.openPurchases.connect(self.show_purchases_period)
        w.dashboard_page.openCommunityMetrics.connect(lambda: self.show_community_metrics())
        # the NPS/CSAT card opens the Surveys page when the sidebar lists one
        w.dashboard_page.set_surveys_page(self.surveys_page() is not None)
        w.dashboard_page.openSurveys.connect(self.show_surveys)
        for page in (w.followups_page, w.complaints_page, w.customers_page, w.bin_page,
                     w.purchases_page):  # fmt: skip
            page.openCustomerRequested.connect(self.open_customer)
        for page in (w.customers_page, w.bin_page):
            page.countsChanged.connect(lambda *_a: self.update_status())
            page.table.selectionModel().selectionChanged.connect(self._selection_changed)
            page.complaintsRequested.connect(self.show_customer_complaints)
            page.purchasesRequested.connect(self.show_customer_purchases)
        w.followups_page.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for model in (w.followups_page.model, w.complaints_page.model):
            model.modelReset.connect(self._list_changed)
        w.purchases_page.countsChanged.connect(self._list_changed)
        w.customers_page.filterChanged.connect(self._filter_changed)
        w.customers_page.saveViewRequested.connect(lambda: self.save_view())
        w.customers_page.tagsEdited.connect(self._tags_edited)

        self.act_today = self.action(
            "today", lambda: self.show_agenda("today"), QKeySequence("Ctrl+0")
        )
        self.act_complaints = self.action(
            "complaints", self.show_complaints, QKeySequence("Ctrl+Shift+K")
        )
        self.act_save_view = self.action("save_view", lambda: self.save_view())
        self.act_clear_filter = self.action("clear_filter", self._clear_filter)
        self.act_reset_columns = self.action(
            "reset_columns", lambda: self.customer_page().reset_columns()
        )
        self.act_community_metrics = self.action(
            "community_metrics", lambda: self.show_community_metrics()
        )
        self.metrics_windows: list = []  # the community metrics windows open

    def retranslate(self) -> None:
        self.act_today.setText(self.tr("Today's follow-ups"))
        self.act_complaints.setText(self.tr("Complaints"))
        self.act_save_view.setText(self.tr("Save as view…"))
        self.act_clear_filter.setText(self.tr("Clear search and tag filter"))
        self.act_reset_columns.setText(self.tr("Reset columns"))
        self.act_community_metrics.setText(self.tr("Community metrics…"))

    # ------------------------------------------------------------ the page shown

    def customer_page(self) -> CustomersPage:
        """The customer page shown, or the live one when another page is shown."""
        page = self.window.pages.currentWidget()
        return page if isinstance(page, CustomersPage) else self.window.customers_page

    def on_followups(self) -> bool:
        return self.window.pages.currentWidget() is self.window.followups_page

    def on_purchases(self) -> bool:
        return self.window.pages.currentWidget() is self.window.purchases_page

    def on_complaints(self) -> bool:
        return self.window.pages.currentWidget() is self.window.complaints_page

    def _selection_changed(self, *_args) -> None:
        self.update_status()  # the page shown decides what it says

    def _list_changed(self) -> None:
        if self.on_followups() or self.on_complaints() or self.on_purchases():
            self.update_status()

    def show_page(self, index: int) -> None:
        self.active_view = None
        self.window.pages.setCurrentIndex(index)
        self.update_status()

    @staticmethod
    def surveys_page() -> int | None:
        """The Surveys page's index in the sidebar's page list; None while there is none."""
        return getattr(Sidebar, "SURVEYS", None)

    def show_surveys(self) -> None:
        page = self.surveys_page()
        if page is not None:
            self.window.sidebar.select(("page", page))

    def show_agenda(self, bucket: str = "today") -> None:
        """Show the follow-ups page on a bucket (today, overdue, week, later, done)."""
        self.active_view = None
        index = agenda_index(bucket)
        sidebar = self.window.sidebar
        if index is not None and sidebar.current_kind() != ("agenda", index):
            sidebar.select(("agenda", index), notify=False)
        self.window.followups_page.set_bucket(bucket)
        self.window.pages.setCurrentWidget(self.window.followups_page)
        self.update_status()

    def show_complaints(self) -> None:
        self.active_view = None
        if self.window.sidebar.current_kind() != ("page", Sidebar.COMPLAINTS):
            self.window.sidebar.select(("page", Sidebar.COMPLAINTS), notify=False)
        self.window.pages.setCurrentWidget(self.window.complaints_page)
        self.update_status()

    def show_complaints_filtered(self, spec: dict) -> None:
        self.show_complaints()
        self.window.complaints_page.show_filtered(spec)

    def show_purchases(self) -> None:
        self.active_view = None
        if self.window.sidebar.current_kind() != ("page", Sidebar.PURCHASES):
            self.window.sidebar.select(("page", Sidebar.PURCHASES), notify=False)
        self.window.pages.setCurrentWidget(self.window.purchases_page)
        self.update_status()

    def show_customer_purchases(self, customer_id: int, name: str = "") -> None:
        """A customer's purchases: the purchases page filtered to them."""
        self.show_purchases()
        self.window.purchases_page.show_customer(customer_id, name)

    def show_purchases_period(self, first, last) -> None:
        """The purchases of a period (the dashboard's sales chart and card)."""
        self.show_purchases()
        self.window.purchases_page.show_period(first, last)

    def show_customers_filtered(self, flt) -> None:
        """The live customers a dashboard chart stands for."""
        self.window.sidebar.select(("page", Sidebar.CUSTOMERS))
        self.window.customers_page.set_filter(flt)

    def show_community_metrics(self, community_ids=()) -> CommunityMetricsView:
        """A window of the metrics of `community_ids` (none: all communities); a
        double-click on a customer it lists shows that customer here."""
        view = CommunityMetricsView(community_ids, self.window)
        view.setAttribute(Qt.WA_DeleteOnClose)
        view.openCustomerRequested.connect(self.open_customer)
        view.showInListRequested.connect(self.show_customers_from_metrics)
        view.destroyed.connect(lambda _o=None, v=view: self._metrics_closed(v))
        self.metrics_windows.append(view)
        view.show()
        return view

    def show_customers_from_metrics(self, flt) -> None:
        """A metrics window's "Show in customer list": this window, the list filtered."""
        self.show_customers_filtered(flt)
        self.window.raise_()
        self.window.activateWindow()

    def _metrics_closed(self, view) -> None:
        if view in self.metrics_windows:
            self.metrics_windows.remove(view)

    def show_customer_complaints(self, customer_id: int, name: str = "") -> None:
        self.show_complaints()
        self.window.complaints_page.show_customer(customer_id, name)

    def open_customer(self, customer_id: int) -> None:
        """Show a customer (from a duplicate warning): clear the search if needed, select it."""
        try:
            in_bin = customers.get(customer_id)["deleted_at"] is not None
        except Exception:
            return
        page = self.window.bin_page if in_bin else self.window.customers_page
        self.window.sidebar.select(("page", Sidebar.BIN if in_bin else Sidebar.CUSTOMERS))
        if not page.select_customer(customer_id):
            page.set_filter(CustomerFilter())  # the search or tags may hide it
            page.select_customer(customer_id)

    def _clear_filter(self) -> None:
        self.window.sidebar.select(("page", Sidebar.CUSTOMERS))
        self.window.customers_page.set_filter(CustomerFilter())

    def update_status(self) -> None:
        """The status bar's count of the list shown: how many the list holds, of how
        many when a search or filter narrows it, and how many are selected."""
        self.window.count_label.setText(self.status_text())
        self.window.sidebar.set_bin_count(self.window.bin_page.model.total)

    def status_text(self) -> str:
        number = formatting.number
        if self.window.pages.currentWidget() in (self.window.events_page,
                                                 self.window.members_page,
                                                 self.window.surveys_page,
                                                 self.window.automation_page):  # fmt: skip
            return ""  # the events and members pages show their own counts
        if self.on_purchases():
            total = self.window.purchases_page.model.total
            if total is None:
                return ""
            return fill(self.tr("%1 purchases and refunds"), number(total))
        if self.on_complaints():
            model = self.window.complaints_page.model
            if model.narrowed:
                return fill(self.tr("%1 of %2 complaints (filtered)"),
                            number(model.total), number(model.unfiltered))  # fmt: skip
            return fill(self.tr("%1 complaints"), number(model.total))
        if self.on_followups():
            page = self.window.followups_page
            text = fill(self.tr("%1 follow-ups"), number(page.model.total))
            selected = selected_count(page.table)
            if selected > 1:
                text += " · " + fill(self.tr("%1 follow-ups selected"), number(selected))
            return text
        page = self.customer_page()
        model = page.model
        total, matching = number(model.total), number(model.matching)
        narrowed = model.filter.narrows
        if page.in_bin and narrowed:
            text = fill(self.tr("%1 of %2 in the recycle bin (filtered)"), matching, total)
        elif page.in_bin:
            text = fill(self.tr("%1 in the recycle bin"), total)
        elif narrowed:
            text = fill(self.tr("%1 of %2 customers (filtered)"), matching, total)
        else:
            text = fill(self.tr("%1 customers"), total)
        selected = selected_count(page.table)
        if selected > 1:
            text += " · " + fill(self.tr("%1 customers selected"), number(selected))
        return text

    # ------------------------------------------------------------ saved views

    def show_view(self, view_id: int) -> None:
        """Show a saved view: the customers page with the view's search and tags."""
        try:
            view = saved_views.get_view(view_id)
        except GuanjiaError:
            self.window.sidebar.reload()
            return
        self.window.pages.setCurrentIndex(0)
        self.window.customers_page.set_filter(view.filter)
        self.active_view = view_id
        self.update_status()

    def _filter_changed(self) -> None:
        if self.active_view is not None:
            try:
                flt = saved_views.get_view(self.active_view).filter
                still = flt == self.window.customers_page.filter
            except GuanjiaError:
                still = False
            if not still:  # the user moved away from the view: Customers is current now
                self.active_view = None
                self.window.sidebar.select(("page", Sidebar.CUSTOMERS), notify=False)
        self.update_status()

    def _tags_edited(self) -> None:
        self.window.refresh_all()
        self.window.sidebar.reload()

    def _view_error(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Saved views"), messages.error_message(exc),
            parent=self.window,
        )  # fmt: skip
        box.setObjectName("view_error")
        box.exec()

    def _ask_name(self, title: str, text: str = "") -> str | None:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("view_name_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the view:"))
        dialog.setTextValue(text)
        return dialog.textValue() if dialog.exec() else None

    def save_view(self, name: str | None = None) -> int | None:
        """Save the customers page's search and tag filter as a view in the sidebar."""
        if name is None:
            name = self._ask_name(self.tr("Save as view"))
            if name is None:
                return None
        try:
            view_id = saved_views.save_view(name, self.window.customers_page.filter)
        except GuanjiaError as exc:
            self._view_error(exc)
            return None
        self.window.sidebar.reload()
        self.window.sidebar.select(("view", view_id), notify=False)
        self.active_view = view_id
        return view_id

    def rename_view(self, view_id: int, name: str | None = None) -> bool:
        if name is None:
            name = self._ask_name(self.tr("Rename view"), saved_views.get_view(view_id).name)
            if name is None:
                return False
        try:
            saved_views.rename_view(view_id, name)
        except GuanjiaError as exc:
            self._view_error(exc)
            return False
        self.window.sidebar.reload()
        return True

    def update_view(self, view_id: int) -> None:
        saved_views.update_view(view_id, self.window.customers_page.filter)
        self.window.sidebar.reload()
        self.window.sidebar.select(("view", view_id), notify=False)
        self.active_view = view_id

    def delete_view(self, view_id: int, confirm: bool = True) -> bool:
        name = saved_views.get_view(view_id).name
        if confirm:
            box = QMessageBox(
                QMessageBox.Question,
                self.tr("Saved views"),
                self.tr("Delete the view “%1”? Its customers are not touched.").replace("%1", name),
                parent=self.window,
            )
            box.setObjectName("confirm_view")
            box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
            if box.exec() != QMessageBox.Yes:
                return False
        saved_views.delete_view(view_id)
        if self.active_view == view_id:
            self.active_view = None
        self.window.sidebar.reload()
        return True
