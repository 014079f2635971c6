"""Screenshots of the main window in Chinese and English with demo data (look at them!).

Usage: .venv/bin/python scripts/screenshots.py [--db PATH] [--out DIR] [--customers N]
                                               [--theme light|dark|both]
Without --db a temporary database with N demo customers is made. The dark theme's
pictures are named with a "_dark" suffix (main_zh_CN_dark.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app_fixture import (  # noqa: E402 (beside this script; the path is set above)
    demo_database,
    sample_import_file,
    sample_purchase_file,
    start_application,
)
from screenshots_growth import shoot_growth  # noqa: E402
from screenshots_members import shoot_members  # noqa: E402
from screenshots_survey_scores import shoot_survey_scores  # noqa: E402
from screenshots_surveys import shoot_surveys  # noqa: E402

SUFFIX = [""]  # "_dark" while the dark theme's pictures are taken


def shot(widget, path: Path) -> None:
    """Save a picture of the widget, named for the theme in force."""
    widget.grab().save(str(path.with_name(f"{path.stem}{SUFFIX[0]}{path.suffix}")))


def shoot_import(app, window, out: Path, lang: str, tmp: Path) -> None:
    def settle():
        for _ in range(10):
            app.processEvents()
            time.sleep(0.05)

    wizard = window.imports.import_file(str(sample_import_file(tmp)))
    wizard.resize(1000, 640)
    settle()
    shot(wizard, out / f"import_file_{lang}.png")
    wizard.next()
    settle()
    shot(wizard, out / f"import_mapping_{lang}.png")
    wizard.next()
    wizard.preview_page.wait_for_check()
    settle()
    shot(wizard, out / f"import_preview_{lang}.png")
    wizard.next()
    settle()
    shot(wizard, out / f"import_result_{lang}.png")
    wizard.result_page.undo()
    wizard.accept()
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(window, 2000, 3, 8)
    dialog.show()
    settle()
    shot(dialog, out / f"export_{lang}.png")
    dialog.close()


def shoot_purchase_import(app, window, out: Path, lang: str, tmp: Path) -> None:
    """A shop's till export: one row per item, orders over several rows, one bad date."""
    path = sample_purchase_file(tmp)

    def settle():
        for _ in range(10):
            app.processEvents()
            time.sleep(0.05)

    wizard = window.imports.import_file(str(path), purchases=True)
    wizard.resize(1000, 640)
    wizard.next()
    settle()
    shot(wizard, out / f"purchase_import_mapping_{lang}.png")
    wizard.next()
    wizard.preview_page.wait_for_check()
    settle()
    shot(wizard, out / f"purchase_import_preview_{lang}.png")
    wizard.reject()


def shoot_followups(app, window, out: Path, lang: str) -> None:
    def settle():
        window.sidebar.wait_for_counts()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    window.navigation.show_agenda("today")
    page = window.followups_page
    page.table.selectRow(0)
    settle()
    shot(window, out / f"followups_today_{lang}.png")
    window.navigation.show_agenda("overdue")
    settle()
    shot(window, out / f"followups_overdue_{lang}.png")
    window.navigation.show_agenda("today")
    page.table.selectRow(0)
    dialog = page.complete_selected()
    if dialog is not None and hasattr(dialog, "grab"):
        if hasattr(dialog, "plan_next"):
            dialog.outcome.setPlainText("客户满意，下月再联系" if lang == "zh_CN" else "Happy")
            dialog.plan_next.setChecked(True)
        settle()
        shot(dialog, out / f"followup_complete_{lang}.png")
        dialog.reject()
    from ui.followups.dialogs import FollowupDialog

    dialog = FollowupDialog(window)
    dialog.show()
    settle()
    shot(dialog, out / f"followup_new_{lang}.png")
    dialog.reject()
    for name, dialog in (
        ("followup_rules", page.edit_rules()),
        ("followup_care", page.edit_care()),
        ("followup_contact", page.log_contact(page.model.row_data(0)["customer_id"], "冯燕")),
    ):
        settle()
        shot(dialog, out / f"{name}_{lang}.png")
        if name == "followup_care":
            dialog.tabs.setCurrentIndex(1)  # the festivals
            dialog.festivals.list.setCurrentRow(1)
            settle()
            shot(dialog, out / f"followup_care_festivals_{lang}.png")
        dialog.reject()
    # The care calendar months ahead: the next 端午 named, birthdays counted, its list.
    from models.followups import festival_care

    day = festival_care.next_date("dragon_boat")
    page.calendar.setCurrentPage(day.year, day.month)
    from PySide6.QtCore import QDate

    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    page.show_day(day)
    settle()
    shot(window, out / f"care_calendar_{lang}.png")
    window.navigation.show_agenda("today")
    cid = page.model.row_data(0)["customer_id"] if page.model.rowCount() else None
    if cid is not None:
        window.navigation.open_customer(cid)
        settle()
        shot(window, out / f"customer_timeline_{lang}.png")


def shoot_dashboard(app, window, out: Path, lang: str) -> None:
    page = window.dashboard_page
    for _ in range(400):  # the first refresh runs in a worker
        app.processEvents()
        if page.board is not None and not page.reader.busy():
            break
        time.sleep(0.05)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    shot(window, out / f"dashboard_{lang}.png")
    shot(page, out / f"dashboard_full_{lang}.png")
    dialog = window.customers_page.review_lifecycle()
    for _ in range(400):
        app.processEvents()
        if dialog.found is not None:
            break
        time.sleep(0.05)
    app.processEvents()
    shot(dialog, out / f"lifecycle_{lang}.png")
    dialog.close()


def shoot_events(app, window, out: Path, lang: str) -> None:
    """The events page with a salon (made once, if the demo has no events), and the
    check-in dialog finding people by pinyin initials."""
    import datetime as dt

    from models import clock
    from models.communities import events, signups
    from models.customers import customer_list
    from ui.events.dialogs import CheckinDialog
    from ui.sidebar import Sidebar

    if not events.listing(limit=1):
        ids = customer_list.matching_ids(customer_list.CustomerFilter())[:12]
        start = dt.datetime.combine(clock.today(), dt.time(14, 0))
        eid = events.create({"title": "周末咖啡沙龙", "starts_at": start, "kind": "salon",
                             "capacity": 10, "place": "门店二楼", "incentive": "coupon"})  # fmt: skip
        signups.signup(eid, ids)
        for cid in ids[:6]:
            signups.checkin(eid, cid)
        signups.feedback(eid, ids[0], 5, "很喜欢")
        events.create({"title": "新品线上讲座", "mode": "online", "kind": "talk",
                       "starts_at": start + dt.timedelta(days=14), "place": "https://meeting.example"})  # fmt: skip
        window.events_page.refresh()
    window.sidebar.select(("page", Sidebar.EVENTS))
    page = window.events_page
    page.refresh()
    page.events.selectRow(page.events.rowCount() - 1)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    shot(window, out / f"events_{lang}.png")
    eid = page.event_id()
    dialog = CheckinDialog(window, eid)
    signed = [r for r in signups.listing(eid) if r["status"] == "signed"]
    if signed:
        from models.values.search_text import name_pinyin

        dialog.search.setText(name_pinyin(signed[0]["name"])[2] or signed[0]["name"])
    dialog.show()
    app.processEvents()
    shot(dialog, out / f"event_checkin_{lang}.png")
    dialog.close()


def shoot_complaints(app, window, out: Path, lang: str) -> None:
    def settle():
        window.sidebar.wait_for_counts()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    window.navigation.show_complaints()
    page = window.complaints_page
    page.reload()
    page.table.selectRow(0)
    settle()
    shot(window, out / f"complaints_{lang}.png")
    page.tabs.setCurrentIndex(1)
    page.metrics.refresh(wait=True)
    settle()
    shot(window, out / f"complaints_metrics_{lang}.png")
    page.tabs.setCurrentIndex(0)
    row = page.model.row_data(0)
    dialog = page.new_complaint(row["customer_id"] if row else None)
    dialog.description.setPlainText("客户说衣服洗完缩水了" if lang == "zh_CN" else "衣服缩水")
    dialog.suggest()
    settle()
    shot(dialog, out / f"complaint_new_{lang}.png")
    dialog.reject()
    for name, dialog in (
        ("complaint_resolve", page.take_step("resolve", row)),
        ("complaint_settings", page.edit_settings()),
        ("complaint_faq", page.show_faq()),
    ):
        settle()
        shot(dialog, out / f"{name}_{lang}.png")
        dialog.reject()


def shoot_privacy(app, window, out: Path, lang: str, tmp: Path) -> None:
    """The privacy dialog, masked mobiles, the lock over the window, the start-up
    password, the erase warning, the encrypted-backup dialog. Leaves no password set."""
    from models.privacy import app_lock, masking
    from ui.backup_dialogs import EncryptedBackupDialog
    from ui.lock_screen import UnlockDialog

    def settle():
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)

    app_lock.set_password("screenshot")
    masking.set_mobiles_masked(True)
    window.privacy.apply_privacy()
    dialog = window.privacy.privacy_settings()
    settle()
    shot(dialog, out / f"privacy_{lang}.png")
    dialog.reject()
    window.sidebar.select(("page", 0))
    window.customers_page.table.selectRow(1)
    settle()
    shot(window, out / f"masked_{lang}.png")
    window.privacy.idle_lock.lock()
    window.privacy.idle_lock.overlays[0].panel.field.setText("wrong")
    window.privacy.idle_lock.overlays[0].panel.try_unlock()
    settle()
    shot(window, out / f"locked_{lang}.png")
    window.privacy.idle_lock.overlays[0].panel.field.setText("screenshot")
    window.privacy.idle_lock.overlays[0].panel.try_unlock()
    unlock = UnlockDialog()
    unlock.show()
    settle()
    shot(unlock, out / f"unlock_{lang}.png")
    unlock.reject()
    encrypted = EncryptedBackupDialog(window, str(tmp))
    encrypted.show()
    settle()
    shot(encrypted, out / f"encrypted_backup_{lang}.png")
    encrypted.reject()
    app_lock.clear_password("screenshot")
    masking.set_mobiles_masked(False)
    window.privacy.apply_privacy()
    settle()  # the refresh's background counts land before the window closes


def shoot_first_start(app, settings, out: Path, tmp: Path) -> None:
    """An empty database: the dashboard and the customer list say what to do first."""
    from desktop import translations
    from desktop.main_window import MainWindow
    from models.schema.opening import open_database
    from models.storage.db import close_database

    close_database()
    open_database(tmp / "empty.db")
    for lang in ("zh_CN", "en"):
        translations.apply(lang)
        window = MainWindow(settings)
        window.resize(1400, 820)
        window.show()
        page = window.dashboard_page
        for _ in range(400):
            app.processEvents()
            if page.board is not None and not page.reader.busy():
                break
            time.sleep(0.05)
        app.processEvents()
        shot(window, out / f"first_start_dashboard_{lang}.png")
        window.sidebar.select(("page", 0))
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)
        shot(window, out / f"first_start_customers_{lang}.png")
        window.close()
    close_database()


def shoot_purchases(app, window, out: Path, lang: str) -> None:
    """The purchases page (a refund shown against its purchase) and the refund dialog."""

    def settle():
        window.sidebar.wait_for_counts()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)

    window.navigation.show_purchases()
    page = window.purchases_page
    page.reload()
    row = next((r for r in page.model.rows if r["refund_of"] is None and not r["refunded_cents"]
                and r["amount_cents"] > 2000), None)  # fmt: skip
    if row is not None and lang == "zh_CN":  # one refund, made once (the demo keeps it)
        from models.purchases import corrections

        corrections.refund(row["id"], f"{row['amount_cents'] // 3 / 100:.2f}", reason="少发一件")
        page.reload()
    page.table.selectRow(1)
    page.wait_for_counts()
    settle()
    shot(window, out / f"purchases_{lang}.png")
    page.table.selectRow(2)
    dialog = page.refund_current()
    if dialog is not None:
        dialog.reason.setText("尺码不合适" if lang == "zh_CN" else "Wrong size")
        settle()
        shot(dialog, out / f"purchase_refund_{lang}.png")
        dialog.reject()


def _make_communities() -> None:
    """Made once, if the demo has none: the demo's groups with their activity and an
    event (models/demo/demo_communities.py), and three groups by hand whose members
    have some activity, so levels, trends and the charts show something."""
    import datetime as dt

    from models import clock
    from models.communities import activity, communities, engagement, members
    from models.customers import customer_list
    from models.customers.customer_filter import CustomerFilter
    from models.demo.demo_communities import generate_communities

    if communities.list_communities():
        return
    generate_communities(seed=7)
    ids = customer_list.matching_ids(CustomerFilter())[:60]
    today = clock.today()
    for n, (name, platform, size) in enumerate(
        (
            ("宝妈交流群", "微信群", 40),
            ("VIP 会员群", "企业微信客户群", 12),
            ("周末跑团", "线下俱乐部", 8),
        )
    ):
        cid = communities.create({"name": name, "platform": platform, "goal_members": 50})
        chosen = ids[n * 20 : n * 20 + size]
        joined = today - dt.timedelta(days=80)
        members.join(cid, chosen[:1], role="owner", joined_on=joined)
        members.join(cid, chosen[1:3], role="backbone", joined_on=joined)
        members.join(cid, chosen[3:], joined_on=joined)
        for days_ago, kind, share in ((40, "message", 2), (3, "message", 3), (1, "post", 5),
                                      (10, "attend", 4), (0, "answer", 6)):  # fmt: skip
            who = [c for i, c in enumerate(chosen[:-2]) if i % share == 0]
            activity.record(cid, [(c, 1 + i % 4) for i, c in enumerate(who)], kind,
                            today - dt.timedelta(days=days_ago))  # fmt: skip
        members.leave(cid, chosen[-2:])
    engagement.recompute()


def _settle(app, ready=lambda: True, rounds: int = 400) -> None:
    for _ in range(rounds):
        app.processEvents()
        if ready():
            break
        time.sleep(0.05)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)


def shoot_communities(app, window, out: Path, lang: str) -> None:
    """The 社群 page (the communities over the first one's members), the members of the
    biggest hand-made group, and the metrics window of all communities."""
    _make_communities()
    window.sidebar.select(("page", window.sidebar.COMMUNITIES))
    page = window.communities_page
    page.refresh()
    page.table.selectRow(0)
    _settle(app)
    shot(window, out / f"communities_{lang}.png")
    names = [page.table.item(r, 0).text() if page.table.item(r, 0) else ""
             for r in range(page.table.rowCount())]  # fmt: skip
    row = names.index("宝妈交流群") if "宝妈交流群" in names else 0
    page.table.selectRow(row)
    _settle(app)
    shot(window, out / f"community_members_{lang}.png")
    view = window.navigation.show_community_metrics()
    view.resize(1200, 860)
    _settle(app, lambda: not view.reader.busy() and bool(view.charts))
    shot(view, out / f"community_metrics_{lang}.png")
    view.close()


def shoot_sign_in_sheet(app, window, out: Path, lang: str) -> None:
    """The sign-in sheet of the event shown, as its PDF's first page draws it (the same
    QTextDocument on an A4 page at 96 dpi)."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

    from models.communities import events, signups
    from ui.events.sign_in_sheet import sheet_html, sheet_rows

    eid = window.events_page.event_id()
    if eid is None:
        return
    margin, width, height = 57, 794, 1123  # A4 at 96 dpi, 15 mm margins
    doc = QTextDocument()
    doc.setHtml(sheet_html(events.get(eid), sheet_rows(signups.listing(eid))))
    doc.setPageSize(QSizeF(width - 2 * margin, height - 2 * margin))
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(margin, margin)
    doc.drawContents(painter, QRectF(0, 0, width - 2 * margin, height - 2 * margin))
    painter.end()
    image.save(str(out / f"sign_in_sheet_{lang}{SUFFIX[0]}.png"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="light")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="guanjia-shots-")
    demo_database(args.customers, args.db, tmp)
    from PySide6.QtWidgets import QApplication

    from desktop import translations
    from desktop.main_window import MainWindow

    app, settings = start_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from models.schema.opening import open_database
    from ui import style

    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    for theme in themes:
        style.apply_theme(theme)
        SUFFIX[0] = "_dark" if theme == "dark" else ""
        for lang in ("zh_CN", "en"):
            translations.apply(lang)
            window = MainWindow(settings)
            window.resize(1400, 820)
            window.show()
            shoot_dashboard(app, window, out, lang)
            window.sidebar.select(("page", 0))  # the customer list
            page = window.customers_page
            page.table.selectRow(0)
            for _ in range(5):
                app.processEvents()
                time.sleep(0.05)
            shot(window, out / f"main_{lang}.png")
            page.search.setText("张")
            page._apply_search()
            page.table.selectRow(0)
            app.processEvents()
            shot(window, out / f"search_{lang}.png")

            def settle(page=page, window=window):
                page.wait_for_counts()
                window.sidebar.wait_for_counts()
                for _ in range(5):
                    app.processEvents()
                    time.sleep(0.05)

            # Tags: two required, one excluded, with the search; a saved view in the sidebar.
            from models.tags import saved_views
            from models.tags import tags as tag_store

            by_name = {t.name: t.id for t in tag_store.list_tags()}
            wanted = [by_name.get(n) for n in ("VIP", "高消费", "可能流失")]
            if all(wanted):
                flt = page.filter.with_tags(wanted[:2], wanted[2:], any_tags=True)
                page.set_filter(flt)
                if not saved_views.list_views():
                    saved_views.save_view("张姓 VIP" if lang == "zh_CN" else "Zhang VIP", flt)
                window.sidebar.reload()
                settle()
                shot(window, out / f"tags_{lang}.png")
            page.set_filter(page.filter.with_tags((), ()))
            from ui.tags.bulk_dialog import BulkTagDialog

            page.table.selectRow(0)
            bulk = BulkTagDialog(1, page.model.matching, window)
            bulk.add_editor.add("VIP")
            bulk.add_editor.add("新标签")
            bulk.show()
            settle()
            shot(bulk, out / f"bulk_tag_{lang}.png")
            bulk.close()
            from ui.customers.edit_dialog import CustomerDialog

            dialog = CustomerDialog(window, None)
            dialog._edits["name"].setText("王小明")
            dialog._edits["mobile"].setText("12345")
            dialog._edits["email"].setText("wang@")
            dialog.accept()  # shows the validation messages in place
            dialog.show()
            app.processEvents()
            shot(dialog, out / f"dialog_errors_{lang}.png")
            dialog.close()
            window.sidebar.setCurrentRow(window.sidebar.count() - 1)
            app.processEvents()
            shot(window, out / f"bin_{lang}.png")
            window.sidebar.select(("page", 0))
            shoot_followups(app, window, out, lang)
            shoot_complaints(app, window, out, lang)
            shoot_events(app, window, out, lang)
            shoot_sign_in_sheet(app, window, out, lang)
            shoot_purchases(app, window, out, lang)
            shoot_communities(app, window, out, lang)
            shoot_members(app, window, out, lang, shot)
            shoot_survey_scores(app, out, lang, shot)
            shoot_surveys(app, window, out, lang, shot)
            shoot_growth(app, window, out, lang, shot)
            window.sidebar.select(("page", 0))
            shoot_import(app, window, out, lang, Path(tmp))
            shoot_purchase_import(app, window, out, lang, Path(tmp))
            made = window.backups.back_up_now()
            dialog = window.backups.restore_backup()
            dialog.pick(made.path)
            for _ in range(200):
                app.processEvents()
                if dialog.chosen is not None:
                    break
                time.sleep(0.05)
            shot(dialog, out / f"restore_{lang}.png")
            dialog.reject()
            keep_dialog = window.backups.backup_settings()
            app.processEvents()
            shot(keep_dialog, out / f"backup_settings_{lang}.png")
            keep_dialog.reject()
            # The damaged-database dialog (shown for a sound file here: the offer is real).
            damaged = window.backups.show_damaged(["Page 2: btreeInitPage() returns error code 11"])
            for _ in range(200):
                app.processEvents()
                if damaged.restore_button.isEnabled():
                    break
                time.sleep(0.05)
            shot(damaged, out / f"damaged_{lang}.png")
            damaged.reject()
            audit_dialog = window.privacy.show_audit_log()
            for _ in range(200):
                app.processEvents()
                if audit_dialog.table.rowCount() and not audit_dialog.reader.busy():
                    break
                time.sleep(0.05)
            shot(audit_dialog, out / f"audit_{lang}.png")
            audit_dialog.reject()
            shoot_privacy(app, window, out, lang, Path(tmp))
            window.close()
        shoot_first_start(app, settings, out, Path(tmp))
        open_database(args.db or os.path.join(tmp, "demo.db"))  # the demo, for the next theme
    QApplication.processEvents()
    print(f"screenshots in {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
