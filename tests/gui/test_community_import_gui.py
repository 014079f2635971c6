"""Importing a group's member list through the window: File > Import community members…,
the community asked for, the wizard walked as a user (mapping, preview with its
choice of creating customers, import), then undo from the result page."""

import openpyxl
from PySide6.QtWidgets import QInputDialog

from models import clock
from models.communities.tables import Community, CommunityMember
from models.customers import customers
from models.customers.record import Customer
from ui import file_dialogs


def _xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _menu_action(window, text):
    return next(a for a in window.menu_file.actions() if a.text() == text)


def test_member_list_walked_through_the_wizard(qtbot, window, tmp_path, monkeypatch):
    now = clock.now()
    Community.create(name="旧群", created_at=now, updated_at=now, archived_at=now)
    group = Community.create(name="会员1群", created_at=now, updated_at=now).id
    wang = customers.create({"name": "老王", "mobile": "13800000001"})
    path = _xlsx(tmp_path / "群成员.xlsx", [
        ["昵称", "微信号", "手机", "入群时间", "成员类型", "入群方式"],
        ["王哥", "", "13800000001", "2026-11-01", "外部联系人", "通过扫描群二维码入群"],
        ["店长", "", "", "2026-11-01", "企业成员", ""],
        ["新朋友", "xin_wx", "", "2026-11-02", "外部联系人", "通过邀请链接入群"],
    ])  # fmt: skip
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    _menu_action(window, "Import community members…").trigger()
    assert asked == [[f"会员1群 (#{group})"]]  # the archived community is not offered
    wizard = window.imports.import_wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    assert wizard.windowTitle() == "Import community members"
    wizard.next()
    assert wizard.mapping_page.mapping() == ["nickname", "wechat", "mobile", "joined",
                                             "member_type", "came_by"]  # fmt: skip
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    assert preview.summary.text().startswith(
        "1 to join (0 new customers) · 0 already members · 1 staff · 1 matching no customer"
    ), preview.summary.text()
    assert preview.table.item(0, 1).text() == f"Joins · customer #{wang}"
    assert preview.table.item(1, 1).text() == "Staff (企业成员): not a customer"
    preview.unmatched["create"].click()  # the user lets unknown members become customers
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.create_customers, timeout=10000)  # fmt: skip
    assert preview.table.item(2, 1).text() == "Joins · new customer"
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    text = wizard.result_page.text.text()
    assert text.startswith("2 joined the community (1 customers created), 0 already members, "
                           "1 skipped, 0 rows with errors."), text  # fmt: skip
    created = Customer.get(Customer.wechat == "xin_wx")
    assert created.source == "community"
    assert {m.customer_id for m in CommunityMember.select()} == {wang, created.id}
    wizard.result_page.undo()
    assert wizard.result_page.text.text().startswith(
        "Import undone: 2 memberships and 1 customers removed."
    )
    assert CommunityMember.select().count() == 0
    wizard.close()


def test_an_ambiguous_name_reviewed_in_the_preview(qtbot, window, tmp_path, monkeypatch):
    now = clock.now()
    group = Community.create(name="会员2群", created_at=now, updated_at=now).id
    first = customers.create({"name": "张三", "city": "杭州"})
    second = customers.create({"name": "张三", "mobile": "13800000009", "city": "上海"})
    path = _xlsx(tmp_path / "重名.xlsx", [["昵称"], ["张三"]])
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append((label, items))
        return items[1], True  # the second candidate

    wizard = window.imports.import_into_community("community_members", group, str(path))
    qtbot.waitUntil(lambda: wizard.isVisible())
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    assert "2 customers are named “张三”" in preview.table.item(0, 1).text()
    assert not preview.isComplete()  # nothing to import until the row is settled
    monkeypatch.setattr(QInputDialog, "getItem", pick)
    preview.table.cellDoubleClicked.emit(0, 1)
    label, items = asked[0]
    assert label == "Row 2: “张三” is the name of several customers."
    assert items == [f"#{first} 张三 · 杭州", f"#{second} 张三 · 138****0009 · 上海",
                     "None of them: skip the row"]  # fmt: skip
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.picks == {2: second}, timeout=10000)  # fmt: skip
    assert preview.table.item(0, 1).text() == f"Joins · customer #{second}"
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert [m.customer_id for m in CommunityMember.select()] == [second]
    wizard.close()
