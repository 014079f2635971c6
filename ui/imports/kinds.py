"""The wizard's view of each kind of import, by the kind's name (models/excel/
import_kinds.py): a new kind adds its view here."""

from __future__ import annotations

from models.excel.import_kinds import KINDS
from ui.imports.communities import CommunityDaysView, CommunityMembersView
from ui.imports.customers import CustomersView
from ui.imports.event_signups import EventSignupsView
from ui.imports.members import MembersView
from ui.imports.purchases import PurchasesView
from ui.imports.records import ComplaintsView, FollowupsView, InteractionsView
from ui.imports.survey_answers import SurveyAnswersView
from ui.imports.view import KindView

_VIEWS = {"customers": CustomersView, "purchases": PurchasesView, "followups": FollowupsView,
          "interactions": InteractionsView, "complaints": ComplaintsView,
          "community_members": CommunityMembersView,
          "community_days": CommunityDaysView,
          "event_signups": EventSignupsView, "members": MembersView,
          "survey_answers": SurveyAnswersView}  # fmt: skip


def view_for(name: str) -> KindView:
    """The view of the kind named `name` (ImportKind.name, ImportRun.kind)."""
    return _VIEWS[name](KINDS[name])
