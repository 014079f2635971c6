"""How an engagement level is computed, in the user's language, with the weights in
force (a help panel the community page places beside its member list), and the dialog
that changes the weights (validated; one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.communities import engagement
from models.communities.tables import ACTIVITY_KINDS
from models.errors import GuanjiaError
from ui import messages, style
from ui.buttons import button_box
from ui.communities.engagement_undo import WeightsChange, recompute_in_worker
from ui.text import fill


def kind_label(kind: str) -> str:
    return {
        "message": QCoreApplication.translate("Engagement", "Message in the group"),
        "post": QCoreApplication.translate("Engagement", "Post"),
        "answer": QCoreApplication.translate("Engagement", "Answered a question"),
        "invite": QCoreApplication.translate("Engagement", "Invited someone"),
        "attend": QCoreApplication.translate("Engagement", "Attended an event"),
        "organise": QCoreApplication.translate("Engagement", "Organised an event"),
        "purchase": QCoreApplication.translate("Engagement", "Bought after a community post"),
    }.get(kind, kind)


def _number(value) -> str:
    return f"{value:g}"


def help_text(weights: dict | None = None) -> str:
    """The rule in words (rich text), with `weights` (those in force by default)."""
    weights = engagement.weights() if weights is None else weights
    items = "".join(f"<li>{kind_label(k)}: {_number(weights[k])}</li>" for k in ACTIVITY_KINDS)
    love = fill(
        QCoreApplication.translate(
            "Engagement",
            "Each member's <b>love</b> is the weighted sum of their activity in this "
            "community over the last %1 days; older activity counts less: half after %2 "
            "days, a quarter after %3.",
        ),
        engagement.WINDOW_DAYS, engagement.HALF_LIFE_DAYS, 2 * engagement.HALF_LIFE_DAYS,
    )  # fmt: skip
    heading = QCoreApplication.translate("Engagement", "Weights of each activity:")
    ranks = fill(
        QCoreApplication.translate(
            "Engagement",
            "Members with love of at least %1 are ranked: the top %2 % are <b>core</b>, "
            "the next %3 % <b>active</b>, the rest <b>participants</b>. Members with less "
            "are <b>watchers</b> if they did anything in the window, else <b>silent</b>.",
        ),
        _number(engagement.WATCH_BELOW), round(engagement.CORE_SHARE * 100),
        round((engagement.ACTIVE_SHARE - engagement.CORE_SHARE) * 100),
    )  # fmt: skip
    trend = fill(
        QCoreApplication.translate(
            "Engagement",
            "The trend compares the level with the level %1 days ago (the same rule on the "
            "activity up to then). Levels are recomputed after every activity recorded or "
            "imported, when the weights change, and once a day as activity ages.",
        ),
        engagement.TREND_DAYS,
    )
    return f"<p>{love}</p><p>{heading}</p><ul>{items}</ul><p>{ranks}</p><p>{trend}</p>"


class EngagementHelp(QWidget):
    """The help text with a "Change weights…" button; `weights_changed` after a change."""

    weights_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("EngagementHelp")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.edit = QPushButton(self.tr("Change weights…"))
        self.edit.setObjectName("change_weights")
        self.edit.clicked.connect(self.change_weights)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.edit)
        self.refresh()

    def refresh(self) -> None:
        self.text.setText(help_text())

    def change_weights(self) -> None:
        if WeightsDialog(self).exec() == QDialog.Accepted:
            self.refresh()
            self.weights_changed.emit()


class WeightsDialog(QDialog):
    """One number per kind of activity (0 to 1000); OK stores them and recomputes the
    levels as one undo step on the window's stack."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("WeightsDialog")
        self.setWindowTitle(self.tr("Activity weights"))
        window = parent.window() if parent is not None else None
        self._undo = getattr(window, "undo_stack", None)
        self._refresh_all = getattr(window, "refresh_all", lambda *a: None)
        form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        current = engagement.weights()
        for kind in ACTIVITY_KINDS:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{kind}")
            spin.setDecimals(1)
            spin.setRange(0, engagement.WEIGHT_MAX)
            spin.setValue(current[kind])
            self.spins[kind] = spin
            form.addRow(kind_label(kind), spin)
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        style.error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        defaults = QPushButton(self.tr("Defaults"))
        defaults.setObjectName("weights_defaults")
        defaults.clicked.connect(self.use_defaults)
        self.buttons = button_box(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How much each activity adds to a member's love:")))
        layout.addLayout(form)
        layout.addWidget(defaults)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        return {kind: spin.value() for kind, spin in self.spins.items()}

    def use_defaults(self) -> None:
        for kind, spin in self.spins.items():
            spin.setValue(engagement.DEFAULT_WEIGHTS[kind])

    def accept(self) -> None:
        before = engagement.weights()
        new = self.values()
        if all(float(before[k]) == float(v) for k, v in new.items()):
            super().accept()  # nothing changed: no entry, no step
            return
        window = self.parent().window() if self.parent() is not None else self
        try:  # every level is recomputed: seconds on a large database
            recompute_in_worker(self)(lambda progress, cancel: engagement.set_weights(new))
        except GuanjiaError as exc:
            self.error.setText(messages.error_message(exc))
            self.error.show()
            return
        if self._undo is not None:  # undo and redo recompute in a worker too
            refresh = self._refresh_all
            self._undo.push(WeightsChange(before, lambda ids: refresh(),
                                          recompute_in_worker(window)))  # fmt: skip
        super().accept()
