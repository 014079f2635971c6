"""The search language in the window, around the customers page's search box: the parsed
query as chips that remove their term, a bad term underlined in red with why, the
completion popup on the term being typed, and the "?" help (also F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QInputMethodEvent, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.customers.customer_filter import CustomerFilter
from models.customers.query import box as query_box
from models.customers.query import completion
from models.customers.query.errors import QueryError
from models.customers.query.syntax import And, Not, Term, Word, parse
from ui import messages, style
from ui.customers.query_help import QueryHelp
from ui.retranslating import Retranslating


def current_token(text: str, cursor: int) -> tuple[int, str]:
    """(start, text) of the term the cursor ends: back to a space or a parenthesis."""
    start = cursor
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "()（）":
        start -= 1
    return start, text[start:cursor]


class QueryBar(Retranslating, QWidget):
    """Below the box: chips of the query's terms and the message of a bad term."""

    changed = Signal()  # the box's text was changed here (a chip removed, a completion)

    def __init__(self, box: QLineEdit, parent=None):
        super().__init__(parent)
        self.setObjectName("query_bar")
        self.box = box
        self.error: QueryError | None = None
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.message = QLabel()
        self.message.setObjectName("query_error")
        style.set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        chip_row = QHBoxLayout()
        chip_row.addLayout(self.chips)
        chip_row.addStretch(1)
        layout.addLayout(chip_row)
        layout.addWidget(self.message)

        self.help_button = QToolButton()
        self.help_button.setObjectName("button_query_help")
        self.help_button.setText("?")
        self.help_button.clicked.connect(self.show_help)
        self.help = None
        QShortcut(QKeySequence(Qt.Key_F1), box, self.show_help, context=Qt.WidgetShortcut)

        self.vocab: completion.Vocabulary | None = None
        self.completer = QCompleter(self)
        self.completer.setObjectName("query_completer")
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setWidget(box)
        self.completer.activated.connect(self.accept_completion)
        box.textEdited.connect(self._offer_completions)
        box.textChanged.connect(self.show_chips)
        self.retranslate()

    def retranslate(self) -> None:
        self.help_button.setToolTip(self.tr("How to search: fields and examples (F1)"))
        self.show_error(self.error)

    # ------------------------------------------------------------ completion

    def forget_vocabulary(self) -> None:
        """After tags, fields or communities changed: read them again when next needed."""
        self.vocab = None

    def completions(self) -> list[str]:
        text, cursor = self.box.text(), self.box.cursorPosition()
        if self.vocab is None:
            self.vocab = completion.vocabulary()
        return completion.complete(current_token(text, cursor)[1], self.vocab)

    def _offer_completions(self, _text: str) -> None:
        found = self.completions()
        self.completer.model().setStringList(found)
        if found:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def accept_completion(self, chosen: str) -> None:
        text, cursor = self.box.text(), self.box.cursorPosition()
        start, _token = current_token(text, cursor)
        self.box.setText(text[:start] + chosen + text[cursor:])
        self.box.setCursorPosition(start + len(chosen))
        self.changed.emit()

    # ------------------------------------------------------------ chips

    def chip_texts(self) -> list[str]:
        return [self.chips.itemAt(i).widget().text() for i in range(self.chips.count())]

    def show_chips(self, _text: str = "") -> None:
        while self.chips.count():
            self.chips.takeAt(0).widget().deleteLater()
        text = self.box.text()
        try:
            tree = parse(text)
        except QueryError:
            return
        items = tree.items if isinstance(tree, And) else (tree,) if tree is not None else ()
        if all(isinstance(item, Word) for item in items):
            return  # plain words: today's search, no chips
        for item in items:
            if not isinstance(item, (Word, Term, Not)):
                continue  # a group in parentheses stays in the box only
            chip = QToolButton()
            chip.setObjectName("query_chip")
            chip.setText(text[item.start : item.end] + "  ×")
            chip.setToolTip(self.tr("Remove this condition"))
            chip.clicked.connect(lambda _c=False, s=item.start, e=item.end: self.remove(s, e))
            self.chips.addWidget(chip)

    def remove(self, start: int, end: int) -> None:
        """Take the term at [start, end) out of the box and search again."""
        text = self.box.text()
        self.box.setText(" ".join((text[:start] + " " + text[end:]).split()))
        self.changed.emit()

    # ------------------------------------------------------------ errors

    def show_error(self, exc: QueryError | None) -> None:
        """Underline the bad term in red and say why; None clears it."""
        self.error = exc
        self.box.setProperty("queryError", exc is not None)
        if exc is None:
            self.message.hide()
            self._underline(None)
            return
        self.message.setText(messages.error_message(exc))
        self.message.show()
        self._underline((exc.start, exc.end))

    def _underline(self, span: tuple[int, int] | None) -> None:
        attributes = []
        if span is not None:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor(style.tokens().danger))
            fmt.setForeground(QColor(style.tokens().danger))
            start = min(span[0], len(self.box.text()))
            length = max(0, min(span[1], len(self.box.text())) - start)
            attributes.append(QInputMethodEvent.Attribute(
                QInputMethodEvent.TextFormat, start - self.box.cursorPosition(), length, fmt))  # fmt: skip
        QCoreApplication.sendEvent(self.box, QInputMethodEvent("", attributes))
        self.underlined = span

    # ------------------------------------------------------------ help

    def show_help(self) -> None:
        if self.help is None:
            self.help = QueryHelp(self.window())
            self.help.exampleChosen.connect(self._use_example)
        self.help.show()
        self.help.raise_()

    def _use_example(self, text: str) -> None:
        self.box.setText(text)
        self.changed.emit()


# errors of a term the cursor is still typing ("城市:", an open quote or parenthesis)
UNFINISHED = ("query_no_value", "query_unclosed_quote", "query_unclosed_paren", "query_dangling")


class SearchLanguage:
    """Mixed into CustomersPage (which provides search, query_bar, model, in_bin and
    set_filter): the box's text read as the search language."""

    def _apply_search(self, typing: bool = False) -> None:
        """Filter by the box (Return, a pause in typing, a chip or completion)."""
        self._debounce.stop()
        if self.in_bin:
            self.set_filter(self.model.filter.with_search(self.search.text()))
            return
        text = self.search.text()
        try:
            flt = query_box.filter_for(text, self.model.filter)
        except QueryError as exc:  # the list stays as it was
            if typing and exc.code in UNFINISHED and exc.end >= len(text.rstrip()):
                self.query_bar.show_error(None)  # still being typed: no scolding yet
            else:
                self.query_bar.show_error(exc)
            return
        self.query_bar.show_error(None)
        self.set_filter(flt)

    def _box_says(self, flt: CustomerFilter) -> bool:
        """True when the box's text reads as `flt` already (left as typed)."""
        try:
            return query_box.filter_for(self.search.text(), flt) == flt
        except QueryError:
            return False
