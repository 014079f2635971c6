"""Importing a member base through the window: File > Import members…, the wizard walked
as a user (mapping of 里诺's headers, the preview with its opening balances and refused
rows, the choice about unmatched customers, import), then undo from the result page:
the openings reversed by ledger entries and the check at zero."""

from pathlib import Path

from models import clock
from models.customers import customers
from models.membership import check
from models.membership.tables import MemberCard, MemberLevel, WalletEntry
from ui import file_dialogs

DATA = Path(__file__).parents[1] / "data" / "membership"


def _menu_action(window, text):
    return next(a for a in window.menu_file.actions() if a.text() == text)


def test_a_member_base_walked_through_the_wizard(qtbot, window, monkeypatch):
    for rank, name in enumerate(("银卡", "金卡")):
        MemberLevel.insert(name=name, rank=rank + 1, created_at=clock.now()).execute()
    wang = customers.create({"name": "王丽", "mobile": "13800000001"})
    path = DATA / "linuo_members.xlsx"
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    _menu_action(window, "Import members…").trigger()
    wizard = window.imports.import_wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    assert wizard.windowTitle() == "Import members"
    wizard.next()
    assert wizard.mapping_page.mapping()[:4] == ["card_no", "name", "mobile", "level"]
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    assert preview.summary.text().startswith(
        "3 cards to open (2 new customers) · 0 skipped · 0 with errors · opening points 1,500"
    ), preview.summary.text()
    assert preview.table.item(0, 1).text() == f"New card · customer #{wang}"
    preview.unmatched["error"].click()  # unknown customers refused instead
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and not preview.full_plan.options.create_customers, timeout=10000)  # fmt: skip
    assert "No customer “李强”" in preview.table.item(1, 1).text()
    preview.unmatched["create"].click()
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.create_customers, timeout=10000)  # fmt: skip
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    text = wizard.result_page.text.text()
    assert text.startswith("3 member cards opened (2 customers created), 0 skipped, 0 rows "
                           "with errors. Opening balances (期初): 1,500 points"), text  # fmt: skip
    assert MemberCard.select().count() == 3
    assert check.check_all().ok
    wizard.result_page.undo()
    text = wizard.result_page.text.text()
    assert text.startswith("Import undone: openings reversed by ledger entries (1,500 points"), text
    assert {c.status for c in MemberCard.select()} == {"disabled"}
    assert {w.kind for w in WalletEntry.select()} == {"opening", "reverse"}
    assert check.check_all().ok
    wizard.close()


def test_a_shared_name_picked_and_a_locked_level_kept_in_the_preview(
    qtbot, window, monkeypatch, tmp_path
):
    import openpyxl
    from PySide6.QtWidgets import QInputDialog

    from models.membership import cards, level_rules
    from models.membership.tables import Member

    gold = MemberLevel.insert(name="金卡", rank=2, created_at=clock.now()).execute()
    silver = MemberLevel.insert(name="银卡", rank=1, created_at=clock.now()).execute()
    first = customers.create({"name": "张三", "city": "杭州"})
    second = customers.create({"name": "张三", "city": "上海"})
    boss = customers.create({"name": "李四", "mobile": "13800000002"})
    cards.enroll(boss, "OLD9")
    level_rules.lock(boss, silver, "老板特批")
    path = tmp_path / "会员.xlsx"
    wb = openpyxl.Workbook()
    for row in (["会员卡号", "会员姓名", "手机号", "会员等级"], ["Z1", "张三", None, "金卡"],
                ["L1", "李四", "13800000002", "金卡"]):  # fmt: skip
        wb.active.append(row)
    wb.save(path)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    _menu_action(window, "Import members…").trigger()
    wizard = window.imports.import_wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    assert "2 customers are named “张三”" in preview.table.item(0, 1).text()
    assert preview.table.item(1, 1).text() == f"New card · customer #{boss} · level kept: locked"
    summary = preview.summary.text()
    assert "1 levels kept: locked" in summary and "1 names of several customers" in summary
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append(items)
        return items[0], True  # the first 张三

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    preview.table.cellDoubleClicked.emit(0, 1)
    assert asked[0] == [f"#{first} 张三 · 杭州", f"#{second} 张三 · 上海",
                        "None of them: skip the row"]  # fmt: skip
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.picks == {2: first}, timeout=10000)  # fmt: skip
    assert preview.table.item(0, 1).text() == f"New card · customer #{first}"
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert "1 levels kept: locked" in wizard.result_page.text.text()
    assert cards.find_customer_by_card("Z1") == first
    assert Member.get(Member.customer_id == boss).level_id == silver
    assert Member.get(Member.customer_id == first).level_id == gold
    assert check.check_all().ok
    wizard.close()
