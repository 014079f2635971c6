"""A member list past the community's capacity in the wizard: the preview says how many
will not fit; refused by default (the reason shown, nothing written), or, as chosen on
the preview page, put into the next group "XX 2群" or allowed past the capacity."""

from PySide6.QtWidgets import QInputDialog

from models import clock
from models.communities.tables import Community, CommunityMember
from models.customers import customers
from tests.gui.test_community_import_gui import _menu_action, _xlsx
from ui import file_dialogs


def _open_preview(qtbot, window, tmp_path, monkeypatch):
    now = clock.now()
    group = Community.create(name="会员1群", capacity=2, created_at=now, updated_at=now).id
    for i in range(3):
        customers.create({"name": f"新人{i}", "mobile": f"1390000000{i}"})
    path = _xlsx(tmp_path / "群成员.xlsx", [
        ["昵称", "手机", "入群时间"],
        *[[f"新人{i}", f"1390000000{i}", "2026-11-01"] for i in range(3)],
    ])  # fmt: skip
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (a[3][0], True))
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    _menu_action(window, "Import community members…").trigger()
    wizard = window.imports.import_wizard
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.full_plan is not None, timeout=10000)
    return group, wizard, preview


def test_refused_by_default_then_put_in_the_next_group(qtbot, window, tmp_path, monkeypatch):
    group, wizard, preview = _open_preview(qtbot, window, tmp_path, monkeypatch)
    assert preview.overflow["refuse"].isChecked()
    text = preview.summary.text()
    assert "1 will not fit: the community holds 2 and has 0 members." in text, text
    assert "the import will be refused" in text
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()  # Import: refused, the page stays, the reason said
    assert wizard.currentPage() is preview
    assert "would not fit" in preview.summary.text() and "Nothing was imported" in (
        preview.summary.text())  # fmt: skip
    assert CommunityMember.select().count() == 0
    preview.overflow["next_group"].click()
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.overflow == "next_group", timeout=10000)  # fmt: skip
    assert "they will join the next group" in preview.summary.text()
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    text = wizard.result_page.text.text()
    assert "1 of them joined the next group (1 groups started)." in text, text
    second = Community.get(Community.overflow_of == group)
    assert second.name == "会员1群 2群"
    assert CommunityMember.select().where(CommunityMember.community == group).count() == 2
    assert CommunityMember.select().where(CommunityMember.community == second.id).count() == 1
    wizard.result_page.undo()
    assert CommunityMember.select().count() == 0
    assert not Community.select().where(Community.id == second.id).exists()
    wizard.close()


def test_allowed_past_the_capacity(qtbot, window, tmp_path, monkeypatch):
    group, wizard, preview = _open_preview(qtbot, window, tmp_path, monkeypatch)
    preview.overflow["allow"].click()
    qtbot.waitUntil(lambda: preview.full_plan is not None
                    and preview.full_plan.options.overflow == "allow", timeout=10000)  # fmt: skip
    assert "the community will go past its capacity" in preview.summary.text()
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    assert CommunityMember.select().where(CommunityMember.community == group).count() == 3
    assert Community.select().count() == 1
    wizard.close()
