"""The search language's help: every field in both languages, what it takes, examples
(a click puts one in the box) and which fields are slower (no index answers them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.customers.query.fields import all_fields
from ui.retranslating import Retranslating

EXAMPLES = (
    "标签:VIP 城市:杭州 消费>1000 生日:本月",
    "最近联系:>90天 投诉:未结",
    "(来源:微信 或 来源:转介绍) -标签:黑名单",
    "创建:2026-01..2026-03 阶段:活跃",
    '公司:"阿里 巴巴" 邮箱:空',
    "tag:VIP spend:1000..5000 last_purchase:<30天",
)


class QueryHelp(Retranslating, QDialog):
    exampleChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("query_help")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("query_help_fields")
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.examples_label = QLabel()
        self.examples = QListWidget()
        self.examples.setObjectName("query_help_examples")
        self.examples.addItems(EXAMPLES)
        self.examples.itemActivated.connect(lambda item: self.exampleChosen.emit(item.text()))
        self.examples.itemClicked.connect(lambda item: self.exampleChosen.emit(item.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.examples_label)
        layout.addWidget(self.examples)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.retranslate()

    def kind_text(self, kind: str) -> str:
        return {
            "tag": self.tr("a tag's name; 空/有: no tag / any tag"),
            "group": self.tr("a tag group's name: any tag of it"),
            "text": self.tr("text it contains; = the whole text; 空/有"),
            "choice": self.tr("one of its values (微信, 活跃, 女, ...)"),
            "money": self.tr("yuan: >1000, 1000..5000, 空"),
            "count": self.tr("a number: >=3, 2..5"),
            "past": self.tr(">90天 (longer ago), <30天 (within), 本月, 2026-01..2026-03, 空"),
            "future": self.tr("<7天 (within the next 7 days), 本周, 空 (none planned)"),
            "birthday": self.tr("今天, 本周, 本月, 下月, 3月, 12-01..01-31, <7天"),
            "rfm": self.tr("an RFM segment: 重要价值客户, ..."),
            "score": self.tr("an RFM score 1-5: >=4"),
            "complaint": self.tr("有, 无, 未结 (open), 逾期 (overdue)"),
            "community": self.tr("a community's name; 有/空"),
            "level": self.tr("a member level's name; 有/空"),
            "points": self.tr("points balance: >500"),
            "nps": self.tr("推荐者, 中立者, 贬损者 (latest NPS answer)"),
            "custom_text": self.tr("custom field: text it contains"),
            "custom_choice": self.tr("custom field: one of its choices"),
            "custom_number": self.tr("custom field: a number, >, <, a..b"),
            "custom_date": self.tr("custom field: a date or period"),
        }.get(kind, "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How to search"))
        self.intro.setText(self.tr(
            "Plain words search names, mobiles, companies, WeChat, email, notes and pinyin. "
            "Add field:value terms: all of them must match; 或 / OR between terms for any "
            "of them; - or 非 before a term for not; parentheses group; quotes keep spaces. "
            "Fields marked slower are answered without an index."))  # fmt: skip
        self.examples_label.setText(self.tr("Examples (click one to try it):"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("English"), self.tr("Takes"), self.tr("Speed")]
        )
        fields = all_fields()
        self.table.setRowCount(len(fields))
        for row, f in enumerate(fields):
            cells = (" / ".join(f.zh), " / ".join(f.en), self.kind_text(f.kind),
                     self.tr("slower") if f.slow else "")  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
