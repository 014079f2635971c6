"""The commands of the Edit, Follow-ups and Complaints menus: each acts on the page
shown (a customer chosen there, or the list itself), and a return visit completed in
the agenda is recorded on its complaint."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from desktop.controllers.base import Controller
from models.complaints import complaint_list
from ui.customers.custom_fields_dialog import CustomFieldsDialog
from ui.sidebar import Sidebar


class EditingController(Controller):
    def __init__(self, window):
        super().__init__(window)
        self.navigation = window.navigation
        window.followups_page.complaintStepRequested.connect(self.complaint_visit)
        p, f, c = window.customers_page, window.followups_page, window.complaints_page
        self.act_new = self.action("new", self.new_customer, QKeySequence.New)
        self.act_edit = self.action("edit", p.edit_clicked, QKeySequence("Ctrl+E"))
        self.act_delete = self.action("delete", self._delete, QKeySequence.Delete)
        self.act_find = self.action("find", self._find, QKeySequence.Find)
        self.act_fields = self.action("custom_fields", self.edit_custom_fields)
        self.act_tag = self.action("tag_customers", self._bulk_tag, QKeySequence("Ctrl+T"))
        self.act_new_followup = self.action(
            "new_followup", self.new_followup, QKeySequence("Ctrl+Shift+N")
        )
        self.act_log_contact = self.action(
            "log_contact", self.log_contact, QKeySequence("Ctrl+Shift+L")
        )
        self.act_rules = self.action("touch_rules", lambda: f.edit_rules())
        self.act_care = self.action("care", lambda: f.edit_care())
        self.act_new_complaint = self.action("new_complaint", self.new_complaint)
        self.act_faq = self.action("faq", lambda: c.show_faq())
        self.act_complaint_settings = self.action("complaint_settings", lambda: c.edit_settings())

    def retranslate(self) -> None:
        self.act_new.setText(self.tr("New customer…"))
        self.act_edit.setText(self.tr("Edit customer…"))
        self.act_delete.setText(self.tr("Delete (to recycle bin)"))
        self.act_find.setText(self.tr("Find"))
        self.act_fields.setText(self.tr("Custom fields…"))
        self.act_tag.setText(self.tr("Add or remove tags…"))
        self.act_new_followup.setText(self.tr("Plan a follow-up…"))
        self.act_log_contact.setText(self.tr("Log a contact with the customer…"))
        self.act_rules.setText(self.tr("Stay-in-touch rules…"))
        self.act_care.setText(self.tr("Birthday and festival care…"))
        self.act_new_complaint.setText(self.tr("New complaint…"))
        self.act_faq.setText(self.tr("FAQ…"))
        self.act_complaint_settings.setText(self.tr("Complaint settings (SLA, categories)…"))

    # ------------------------------------------------------------ customers

    def new_customer(self) -> None:
        self.window.sidebar.select(("page", Sidebar.CUSTOMERS))
        self.window.customers_page.new_clicked()

    def _delete(self) -> None:
        if self.navigation.on_followups():
            return
        page = self.navigation.customer_page()
        if page.in_bin:
            page.purge_clicked()
        else:
            page.delete_clicked()

    def _find(self) -> None:
        self.navigation.customer_page().focus_search()

    def _bulk_tag(self) -> None:
        if self.navigation.customer_page().in_bin:
            return
        self.window.customers_page.bulk_tag()

    def edit_custom_fields(self) -> None:
        dialog = CustomFieldsDialog(self.window)
        dialog.exec()
        if dialog.changed:
            for page in (self.window.customers_page, self.window.bin_page):
                page.refresh(columns_changed=True)

    def selected_customer(self) -> tuple[int, str] | None:
        """(id, name) of the customer chosen on the page shown, if any."""
        if self.navigation.on_followups():
            rows = self.window.followups_page.selected_rows()
            return (rows[0]["customer_id"], rows[0]["customer_name"]) if rows else None
        page = self.navigation.customer_page()
        cid = page.current_id()
        if cid is None or page.in_bin:
            return None
        return cid, page.detail.customer["name"] if page.detail.customer else ""

    # ------------------------------------------------------------ follow-ups and complaints

    def new_followup(self):
        chosen = self.selected_customer()
        return self.window.followups_page.new_followup(chosen[0] if chosen else None)

    def log_contact(self):
        chosen = self.selected_customer()
        if chosen is None:
            self.say(self.tr("Select a customer first."), 5000)
            return None
        return self.window.followups_page.log_contact(*chosen)

    def new_complaint(self):
        chosen = self.selected_customer() if not self.navigation.on_complaints() else None
        self.navigation.show_complaints()
        return self.window.complaints_page.new_complaint(chosen[0] if chosen else None)

    def complaint_visit(self, complaint_id: int):
        """A return-visit follow-up completed from the agenda: record it on its complaint."""
        page = self.window.complaints_page
        self.navigation.show_complaints()
        page.show_customer(None)
        if not page.select_complaint(complaint_id):
            page.status.setCurrentIndex(0)  # all statuses
            page.select_complaint(complaint_id)
        return page.take_step("visit", complaint_list.get(complaint_id))
