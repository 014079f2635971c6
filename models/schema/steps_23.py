"""Schema step 23 (issue 27, the Surveys page): a survey's target group by kind
(`target_kind`: "" for none or the tag of `target_tag`, tag, view, community, buyers,
complainants; `target_ref`: a saved view's or community's id, or a period
"YYYY-MM-DD..YYYY-MM-DD" with either end empty), the complaint a detractor's answer was
turned into, and the answer list's index (newest first within a survey: an index walk,
not a sort). Frozen once released."""

from __future__ import annotations


def step_23_survey_page(db) -> None:
    for sql in (
        "ALTER TABLE survey ADD COLUMN target_kind VARCHAR(255) NOT NULL DEFAULT ''",
        "ALTER TABLE survey ADD COLUMN target_ref VARCHAR(255) NOT NULL DEFAULT ''",
        "ALTER TABLE survey_answer ADD COLUMN complaint_id INTEGER",
        "CREATE INDEX survey_answer_time ON survey_answer (survey_id, answered_at)",
    ):
        db.execute_sql(sql)
