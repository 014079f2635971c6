"""The activity weights dialog and the engagement help panel: real widgets, a real
database; the change is one undo step that puts the old weights and levels back."""

import datetime as dt

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from models import clock
from models.communities import engagement
from models.communities.tables import Community, CommunityActivity, CommunityMember
from models.customers import customers
from models.storage.audit import AuditEntry
from ui.communities.engagement_help import EngagementHelp, WeightsDialog, help_text
from ui.communities.engagement_undo import record_activity

NOW = dt.datetime(2026, 12, 1, 10, 0)


class Window(QWidget):
    def __init__(self):
        super().__init__()
        self.undo_stack = QUndoStack(self)
        self.refreshed = 0

    def refresh_all(self):
        self.refreshed += 1


def community_with_two(db):
    clock.set_now(NOW)
    c = Community.create(name="群", created_at=NOW, updated_at=NOW).id
    ids = []
    for name, kind in (("买家", "purchase"), ("话痨", "message")):
        cid = customers.create({"name": name})
        CommunityMember.create(community=c, customer=cid, joined_on=dt.date(2026, 1, 1),
                               created_at=NOW)  # fmt: skip
        CommunityActivity.create(community=c, customer=cid, day=NOW.date(), kind=kind,
                                 count=7, created_at=NOW)  # fmt: skip
        ids.append(cid)
    engagement.recompute()
    return ids


def level(cid):
    return CommunityMember.get(CommunityMember.customer == cid).level


def test_weights_dialog_changes_recomputes_and_undoes(qtbot, db):
    buyer, talker = community_with_two(db)
    assert (level(buyer), level(talker)) == ("core", "participant")  # 42 against 7
    window = Window()
    qtbot.addWidget(window)
    dialog = WeightsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.spins["purchase"].value() == 6 and dialog.spins["organise"].value() == 8
    dialog.spins["purchase"].setValue(0.5)  # 3.5 against 7
    dialog.spins["post"].setValue(-5)  # the box keeps to 0 .. 1000
    assert dialog.spins["post"].value() == 0
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    assert engagement.weights()["purchase"] == 0.5 and engagement.weights()["post"] == 0
    assert (level(buyer), level(talker)) == ("participant", "core")
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert engagement.weights()["purchase"] == 6 and engagement.weights()["post"] == 3
    assert (level(buyer), level(talker)) == ("core", "participant")
    assert window.refreshed == 1
    window.undo_stack.redo()
    assert engagement.weights()["purchase"] == 0.5
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-3:] == ["settings", "undo", "redo"]
    # nothing changed: no entry, no step
    again = WeightsDialog(window)
    qtbot.addWidget(again)
    again.accept()
    assert window.undo_stack.count() == 1
    # defaults
    again = WeightsDialog(window)
    qtbot.addWidget(again)
    again.use_defaults()
    assert again.values() == {k: float(v) for k, v in engagement.DEFAULT_WEIGHTS.items()}


def test_help_panel_shows_the_weights_in_force(qtbot, db):
    community_with_two(db)
    engagement.set_weights({"invite": 9})
    panel = EngagementHelp()
    qtbot.addWidget(panel)
    text = panel.text.text()
    assert "Invited someone: 9" in text and "Message in the group: 1" in text
    assert "90 days" in text and "10 %" in text and "25 %" in text
    assert help_text({**engagement.DEFAULT_WEIGHTS, "post": 2.5}).count("Post: 2.5") == 1


def test_recording_activity_from_the_window_is_one_undo_step(qtbot, db):
    buyer, talker = community_with_two(db)
    c = Community.get().id
    window = Window()
    qtbot.addWidget(window)
    record_activity(window.undo_stack, lambda ids: None, c, [(talker, 50)], "发言")
    assert (level(buyer), level(talker)) == ("participant", "core")
    window.undo_stack.undo()
    assert (level(buyer), level(talker)) == ("core", "participant")
    assert CommunityActivity.get(CommunityActivity.customer == talker).count == 7
    window.undo_stack.redo()
    assert CommunityActivity.get(CommunityActivity.customer == talker).count == 57
    assert [e.target for e in AuditEntry.select().order_by(AuditEntry.id)][-3:] == [
        "community",
        "community",
        "community",
    ]


def test_weights_change_and_its_undo_recompute_off_the_gui_thread(qtbot, db, monkeypatch):
    import threading

    buyer, talker = community_with_two(db)
    window = Window()
    qtbot.addWidget(window)
    threads = []
    real = engagement.set_weights

    def set_weights(values, action="settings"):  # the real change, its thread noted
        threads.append((action, threading.current_thread() is threading.main_thread()))
        return real(values, action)

    monkeypatch.setattr(engagement, "set_weights", set_weights)
    dialog = WeightsDialog(window)
    qtbot.addWidget(dialog)
    dialog.spins["purchase"].setValue(0.5)
    dialog.accept()
    window.undo_stack.undo()
    assert (level(buyer), level(talker)) == ("core", "participant")
    window.undo_stack.redo()
    assert (level(buyer), level(talker)) == ("participant", "core")
    assert threads == [("settings", False), ("undo", False), ("redo", False)]
    assert window.refreshed == 2
