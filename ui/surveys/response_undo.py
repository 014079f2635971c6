"""The undo step of a custom survey's response typed in the window: undo takes it back
(models.surveys.responses.delete, audited "undo"), redo records it again with the same
customer, time and answers (audited "answer")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import GuanjiaError
from models.surveys import responses
from ui.undo import Command


class ResponseStep(Command):
    def __init__(self, response_id: int, survey_id: int, customer_id, values: dict, at: str,
                 after_change, refused=None):  # fmt: skip
        super().__init__(QCoreApplication.translate("Surveys", "Record response"), after_change)
        self.response_id = response_id
        self.survey_id, self.customer_id = survey_id, customer_id
        self.values, self.at = dict(values), at
        self._refused = refused

    def ids(self):
        return [self.customer_id] if self.customer_id else []

    def _recorded(self, action: str, change) -> None:
        change()  # the models function writes its own audit entry in its transaction

    def apply(self):
        self.response_id = responses.record(self.survey_id, self.customer_id, self.values,
                                            self.at)  # fmt: skip

    def revert(self):
        responses.delete(self.response_id, action="undo")

    def redo(self):
        try:
            super().redo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def undo(self):
        try:
            super().undo()
        except GuanjiaError as exc:
            self._refuse(exc)

    def _refuse(self, exc: GuanjiaError) -> None:
        self.setObsolete(True)
        if self._refused is not None:
            self._refused(exc)
