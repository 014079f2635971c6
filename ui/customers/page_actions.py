"""The customer list's commands (a mixin of CustomersPage): new, edit, delete to the
recycle bin, restore, delete for good, erase, empty the bin, the table's context menu,
and bulk tag changes, each an undo step. They use the page's model, table and undo
stack, and translate in the page's context (CustomersPage, named outright: a mixin's self.tr
would be read under another)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
)

from models.communities import members
from models.customers import customer_list, customers
from models.customers.customer_filter import CustomerFilter
from models.customers.duplicates import Group
from models.errors import Cancelled, GuanjiaError, ValidationError
from models.membership import auto_points
from models.merging import merging
from models.privacy import erasure
from models.tags import tagging
from ui import messages
from ui.communities.dialogs import CommunityChooserDialog
from ui.communities.undo import recorded_step
from ui.customers.duplicates_dialog import DuplicatesDialog
from ui.customers.edit_dialog import CustomerDialog
from ui.customers.merge_undo import MergeCustomers
from ui.tags.bulk_dialog import BulkTagDialog
from ui.tasks import run_with_progress
from ui.text import fill
from ui.undo import AddCustomer, EditCustomer, MoveToBin, RestoreFromBin, TagCustomers

log = logging.getLogger(__name__)

# Bulk tag changes above this many customers run behind a progress bar with Cancel.
BACKGROUND_ABOVE = 2000


class CustomerActions:
    """Mixed into CustomersPage (which provides model, table, _undo, in_bin, buttons)."""

    # ------------------------------------------------------------ bulk tagging

    def _runner(self, n: int, label: str | None = None):
        """How to run a change of n customers: in the background with a progress bar and
        Cancel when large, directly when small."""
        if n > BACKGROUND_ABOVE:
            label = label or fill(
                QCoreApplication.translate("CustomersPage", "Changing the tags of %1 customers…"),
                str(n),
            )
            return lambda fn: run_with_progress(self, label, fn)
        return lambda fn: fn(lambda _f: None, threading.Event())

    def bulk_tag(self, remove_first: bool = False, dialog: BulkTagDialog | None = None) -> bool:
        if self.in_bin:
            return False
        ids = self.selected_ids()
        if dialog is None:
            dialog = BulkTagDialog(len(ids), self.model.matching, self, remove_first)
            if dialog.exec() != BulkTagDialog.Accepted:
                return False
        target = self.model.filter if dialog.all_matching else ids
        return self.change_tags(target, dialog.to_add(), dialog.to_remove())

    def change_tags(self, target, add_names, remove_names) -> bool:
        """Add/remove tags on ids or on every customer a filter matches; undoable."""
        n = self.model.matching if isinstance(target, CustomerFilter) else len(target)
        run = self._runner(n)
        try:
            _matched, change = run(
                lambda progress, cancel: tagging.tag_customers(
                    target, add_names, remove_names, progress=progress, cancel=cancel
                )
            )
        except Cancelled:
            return False
        except GuanjiaError as exc:
            self._show_error(exc)
            return False
        if not change.empty:
            size = sum(len(v) for v in [*change.added.values(), *change.removed.values()])
            self._undo.push(TagCustomers(change, self._changed, self._runner(size)))
        self._changed()  # one refresh of every page, the browser (new tags) and counts
        return True

    def add_to_community(self, dialog: CommunityChooserDialog | None = None) -> bool:
        """The selected customers (or, with none selected, all the list matches) join a
        community chosen in a dialog: one undo step."""
        if self.in_bin:
            return False
        ids = self.selected_ids() or customer_list.matching_ids(self.model.filter)
        if dialog is None:
            dialog = CommunityChooserDialog(self, len(ids))
            if dialog.exec() != CommunityChooserDialog.Accepted:
                return False
        community_id = dialog.community_id()
        text = QCoreApplication.translate("CustomersPage", "Add to community")
        try:
            with recorded_step(self._undo, text, [community_id], self._changed):
                result = members.join(community_id, ids, role=dialog.role())
        except GuanjiaError as exc:
            self._show_error(exc)
            return False
        if result.already or result.overflow:
            QMessageBox.information(self, text, fill(QCoreApplication.translate(
                "CustomersPage", "Joined: %1. Members already: %2. Did not fit (the group is "
                "full): %3."), len(result.joined), len(result.already), len(result.overflow)))  # fmt: skip
        self._changed()
        return True

    # ------------------------------------------------------------ actions

    def _changed(self, ids=()) -> None:
        """After any change: refresh every page (the main window connects dataChanged)."""
        self.dataChanged.emit()
        if ids and not self.in_bin:
            self.select_customer(ids[0])

    def _show_error(self, exc: Exception) -> None:
        QMessageBox.warning(
            self,
            QCoreApplication.translate("CustomersPage", "Cannot save"),
            messages.error_message(exc),
        )

    def new_clicked(self) -> None:
        dialog = CustomerDialog(self)
        if dialog.exec() != CustomerDialog.Accepted:
            if dialog.open_existing_id is not None:
                self.openCustomerRequested.emit(dialog.open_existing_id)
            return
        try:
            cid = customers.create(dialog.values())
        except GuanjiaError as exc:
            self._show_error(exc)
            return
        step = AddCustomer(cid, self._changed)
        self._with_merge(step, dialog.merge_into_id, cid)
        self._changed([cid])

    def _with_merge(self, step, existing: int | None, cid: int) -> None:
        """Push the save's undo step; with the form's "merge into existing customer",
        the saved record is then merged into the customer whose mobile or email it
        repeats, and both are one undo step."""
        if existing is None:
            self._undo.push(step)
            return
        self._undo.beginMacro(step.text())
        self._undo.push(step)
        try:
            done = merging.merge(existing, [cid])
        except GuanjiaError as exc:
            self._show_error(exc)
        else:
            self._undo.push(MergeCustomers(done, None, self._changed, self._show_error))
        self._undo.endMacro()
        self._changed([existing, cid])
        self.openCustomerRequested.emit(existing)

    def edit_clicked(self) -> None:
        cid = self.current_id()
        if cid is None or self.in_bin:
            return
        try:
            before = customers.snapshot(cid)
        except GuanjiaError as exc:
            self._show_error(exc)
            return
        dialog = CustomerDialog(self, customers.get(cid))
        if dialog.exec() != CustomerDialog.Accepted:
            if dialog.open_existing_id is not None:
                self.openCustomerRequested.emit(dialog.open_existing_id)
            return
        try:
            earned = auto_points.edit_customer(cid, dialog.values())  # 完善资料's points
        except GuanjiaError as exc:
            self._show_error(exc)
            return
        self._with_merge(EditCustomer(before, self._changed, earned), dialog.merge_into_id, cid)
        self._changed([cid])

    def delete_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or self.in_bin:
            return
        customers.move_to_bin(ids)
        self._undo.push(MoveToBin(ids, self._changed))
        self._changed()

    def restore_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.in_bin:
            return
        customers.restore_from_bin(ids)
        self._undo.push(RestoreFromBin(ids, self._changed))
        self._changed()

    def purge_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.in_bin:
            return
        count = len(ids)  # a name, not a call: lupdate skips a plural whose count is a call
        text = QCoreApplication.translate(
            "CustomersPage", "Delete %n customer(s) for good? This cannot be undone.", "", count
        )
        if not self._confirm(text):
            return
        customers.purge(ids)
        self._undo.clear()  # earlier steps may refer to customers that no longer exist
        self._changed()

    def erase_clicked(self, confirm: bool = True) -> bool:
        """Erase the selected customer's personal data (models.erasure), after a plain
        warning: it is for good, history included, and older backups still hold it."""
        ids = self.selected_ids()
        if len(ids) != 1:
            if ids:
                QMessageBox.information(self, QCoreApplication.translate("CustomersPage", "Erase personal data"),
                                        QCoreApplication.translate("CustomersPage", "Choose one customer to erase."))  # fmt: skip
            return False
        cid = ids[0]
        customer = customers.get(cid)
        if customer["erased_at"] is not None:  # said before the warning, not after
            self._show_error(ValidationError("customer", "already_erased", "already erased"))
            return False
        name = customer["name"]
        if confirm:
            box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("CustomersPage", "Erase personal data"), fill(QCoreApplication.translate("CustomersPage",
                "Erase the personal data of %1?\n\n"
                "Their name, mobile, WeChat, email, company, address, birthday, notes and "
                "custom fields go, and so do the texts of their follow-ups, contacts, "
                "complaints and purchases, in the import history and the audit log too. "
                "Their tags, purchases and counts stay, as customer #%2, so the figures do "
                "not change; their survey answers lose their comment and their link to the "
                "customer, and their scores stay as anonymous numbers, so past NPS does not "
                "change.\n\nThis cannot be undone. Backups made before now still hold "
                "the data until they are rotated away."), name, str(cid)),
                parent=self)  # fmt: skip
            box.setObjectName("confirm_erase")
            erase = box.addButton(
                QCoreApplication.translate("CustomersPage", "Erase for good"),
                QMessageBox.DestructiveRole,
            )
            box.addButton(QMessageBox.Cancel)
            box.setDefaultButton(QMessageBox.Cancel)
            box.exec()
            if box.clickedButton() is not erase:
                return False
        try:
            run_with_progress(self, QCoreApplication.translate("CustomersPage", "Erasing personal data…"),
                              lambda _p, _c: erasure.erase(cid), cancellable=False)  # fmt: skip
        except GuanjiaError as exc:
            self._show_error(exc)
            return False
        self._undo.clear()  # earlier steps hold the erased values and could bring them back
        self._changed([cid])
        return True

    def empty_bin_clicked(self) -> None:
        ids = customers.bin_ids()
        if not ids:
            return
        count = len(ids)  # a name, not a call: lupdate skips a plural whose count is a call
        text = QCoreApplication.translate(
            "CustomersPage",
            "Empty the recycle bin: delete %n customer(s) for good? This cannot be undone.",
            "",
            count,
        )
        if not self._confirm(text):
            return
        customers.purge(ids)
        self._undo.clear()
        self._changed()

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Warning,
            QCoreApplication.translate("CustomersPage", "Delete for good"),
            text,
            parent=self,
        )
        box.setObjectName("confirm_purge")
        box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        return box.exec() == QMessageBox.Yes

    def _double_clicked(self, _index) -> None:
        if self.in_bin:
            return
        self.edit_clicked()

    def _table_menu(self, pos) -> None:
        menu = QMenu(self)
        if self.in_bin:
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Restore"), self.restore_clicked
            )
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Delete for good"), self.purge_clicked
            )
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Erase personal data…"),
                self.erase_clicked,
            )
        else:
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "New customer"), self.new_clicked
            )
            menu.addAction(QCoreApplication.translate("CustomersPage", "Edit"), self.edit_clicked)
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Delete"), self.delete_clicked
            )
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Add or remove tags…"), self.bulk_tag
            )
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Add to community…"),
                self.add_to_community,
            )
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Erase personal data…"),
                self.erase_clicked,
            )
            menu.addSeparator()  # duplicates (issue 29)
            menu.addAction(
                QCoreApplication.translate("CustomersPage", "Find duplicates…"),
                self.find_duplicates,
            )
            merge = menu.addAction(
                QCoreApplication.translate("CustomersPage", "Merge selected…"),
                self.merge_selected,
            )
            merge.setEnabled(len(self.selected_ids()) > 1)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def find_duplicates(self, find_now: bool = True) -> DuplicatesDialog:
        """The duplicates review, finding in a worker (progress and Cancel)."""
        dialog = DuplicatesDialog(self._undo, self._changed, self, find_now=find_now)
        dialog.open()
        return dialog

    def merge_selected(self) -> DuplicatesDialog | None:
        """The review with the selected customers as the one group (the first kept)."""
        ids = self.selected_ids()
        if len(ids) < 2:
            return None
        dialog = DuplicatesDialog(self._undo, self._changed, self, find_now=False)
        dialog.set_groups([Group(tuple(ids), "", 0.0)])
        dialog.open()
        return dialog
