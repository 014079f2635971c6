"""Schema versions: numbered upgrade steps, run in order inside one transaction.

Each step is frozen once released: it declares the tables as they were at that
version (never the current models), so an old database always upgrades the same way.
"""

from __future__ import annotations

from models.errors import DatabaseOpenError
from models.schema import (
    steps,
    steps_7_12,
    steps_13_17,
    steps_18,
    steps_19,
    steps_20,
    steps_21,
    steps_22,
    steps_23,
    steps_24,
    steps_25,
    steps_26,
    steps_27,
    steps_28,
    steps_29,
    steps_30,
    steps_31,
    steps_32,
    steps_33,
    steps_34,
    steps_35,
    steps_36,
)
from models.schema.steps import v1_models
from models.storage.db import SCHEMA_VERSION, schema_version

# In order: a database at version N has run the first N.
STEPS = [
    steps.step_1_customers,
    steps.step_2_sort_and_search_indexes,
    steps.step_3_tags,
    steps.step_4_import_history,
    steps.step_5_followups,
    steps.step_6_complaints,
    steps_7_12.step_7_purchases,
    steps_7_12.step_8_purchase_days,
    steps_7_12.step_9_rfm_columns,
    steps_7_12.step_10_audit_log,
    steps_7_12.step_11_erasure,
    steps_7_12.step_12_import_kinds,
    steps_13_17.step_13_purchase_corrections,
    steps_13_17.step_14_sort_keys,
    steps_13_17.step_15_complaint_deadlines,
    steps_13_17.step_16_record_imports,
    steps_13_17.step_17_care_dates,
    steps_18.step_18_communities,
    steps_19.step_19_community_metrics,
    steps_20.step_20_membership,
    steps_21.step_21_community_summaries,
    steps_22.step_22_surveys,
    steps_23.step_23_survey_page,
    steps_24.step_24_survey_themes,
    steps_25.step_25_points_tasks_again,
    steps_26.step_26_customer_summaries,
    steps_27.step_27_staff_and_lead_pool,
    steps_28.step_28_lead_scores,
    steps_29.step_29_funnel_costs,
    steps_30.step_30_automation,
    steps_31.step_31_automation_indexes,
    steps_32.step_32_funnel_milestones,
    steps_33.step_33_lead_speed,
    steps_34.step_34_kept_counts,
    steps_35.step_35_quiet_tag_events,
    steps_36.step_36_duplicates,
]
LATEST = len(STEPS)
# storage/ refuses a backup from a newer schema without importing the steps.
assert LATEST == SCHEMA_VERSION, "add the new step's number to storage/db.py SCHEMA_VERSION"


current_version = schema_version  # storage/ reads it too, without the steps


def _set_version(db, version: int) -> None:
    SchemaInfo = v1_models(db)[0]
    SchemaInfo.insert(key="version", value=str(version)).on_conflict(
        conflict_target=[SchemaInfo.key], update={SchemaInfo.value: str(version)}
    ).execute()


def upgrade(db, target: int = LATEST) -> int:
    """Run every step above the database's version up to `target`, all in one transaction."""
    version = current_version(db)
    if version > LATEST:
        raise DatabaseOpenError(
            f"this database was made by a newer Guanjia (schema {version}, this program knows {LATEST})",
            version=version,
        )
    if version >= target:
        return version
    with db.atomic():
        for number in range(version + 1, target + 1):
            STEPS[number - 1](db)
            _set_version(db, number)
    return target
