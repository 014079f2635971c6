"""What to do first, shown by the customer list and the dashboard while the database has
no customers: import an Excel file, add a customer, or try the demo (a separate
database of made-up customers, opened in a second window). It goes once there are
customers; until the first-run welcome arrives, this is how a new user starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui import icons, style
from ui.restyling import Restyling
from ui.retranslating import Retranslating


class GetStarted(Restyling, Retranslating, QFrame):
    WIDTH = 720
    importRequested = Signal()
    addRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("get_started")
        style.set_role(self, "card")
        self.picture = QLabel()  # a large muted icon above the title
        self.picture.setObjectName("get_started_picture")
        self.title = QLabel()
        style.set_role(self.title, "title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        # Box layouts, not a grid: a grid gives a wrapped note only one line's height.
        rows = QVBoxLayout()
        rows.setSpacing(10)
        for key, signal in (
            (("import", self.importRequested), ("add", self.addRequested),
             ("demo", self.demoRequested))
        ):  # fmt: skip
            button = QPushButton()
            button.setObjectName(f"get_started_{key}")
            button.setMinimumWidth(200)
            button.clicked.connect(signal)
            note = QLabel()
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
            self.buttons[key], self.notes[key] = button, note
            row = QHBoxLayout()
            row.setSpacing(16)
            row.addWidget(button, 0, Qt.AlignTop)
            row.addWidget(note, 1)
            rows.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(rows)
        self.setFixedWidth(self.WIDTH)
        self.restyle()
        self.retranslate()

    def restyle(self) -> None:
        self.picture.setPixmap(icons.muted_pixmap("empty_customers"))
        for key, name in (("import", "excel"), ("add", "new_customer"), ("demo", "demo")):
            self.buttons[key].setIcon(icons.icon(name))

    def retranslate(self) -> None:
        self.title.setText(self.tr("No customers yet"))
        self.intro.setText(self.tr("Start with your own customer list, or look around first."))
        self.buttons["import"].setText(self.tr("Import from Excel…"))
        self.notes["import"].setText(
            self.tr("Bring in the list you keep in Excel or WPS (.xlsx, .xls, .csv).")
        )
        self.buttons["add"].setText(self.tr("Add a customer…"))
        self.notes["add"].setText(self.tr("Type in your first customer by hand."))
        self.buttons["demo"].setText(self.tr("Try the demo…"))
        self.notes["demo"].setText(
            self.tr(
                "Opens a second window on a separate demo database of made-up customers. "
                "Your own database stays as it is."
            )
        )
        self._fit()

    def _fit(self) -> None:
        # A parent that centres this frame asks its size hint, not its height for the
        # width: the height the wrapped notes need at the fixed width, set outright
        # (again once shown, when the style sheet's fonts apply).
        edge = self.contentsMargins()  # the frame's border
        inner = self.layout().heightForWidth(self.WIDTH - edge.left() - edge.right())
        self.setFixedHeight(inner + edge.top() + edge.bottom())

    def showEvent(self, event):
        self._fit()
        super().showEvent(event)
