"""The kinds of record the import engine knows (import_engine.ImportKind), by name: a
new kind is one more module in the tuple below."""

from __future__ import annotations

from models.errors import NotFoundError
from models.excel import (
    community_day_import,
    community_member_import,
    complaint_import,
    event_signup_import,
    followup_import,
    importer,
    interaction_import,
    member_import,
    purchase_import,
    survey_answer_import,
)
from models.excel.import_types import ImportKind

KINDS: dict[str, ImportKind] = {
    kind.name: kind
    for kind in (importer.KIND, purchase_import.KIND, followup_import.KIND,
                 interaction_import.KIND, complaint_import.KIND,
                 community_member_import.KIND, community_day_import.KIND,
                 event_signup_import.KIND, member_import.KIND,
                 survey_answer_import.KIND)
}  # fmt: skip


def kind_named(name: str) -> ImportKind:
    found = KINDS.get(name)
    if found is None:
        raise NotFoundError(f"no import kind {name!r}", code="import_kind_unknown", kind=name)
    return found
