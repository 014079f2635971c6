"""Schema step for surveys (issue 27, 客户之声): surveys and their answers (frozen once
released; declared here as they are at this version, never from the live models).

An answer's customer may be NULL (anonymous); deleting the customer for good sets it
NULL and blanks the comment (a trigger; the score stays); an erasure unlinks the answer and blanks its comment but keeps
the score, so past NPS does not change. One answer per customer, survey and time (a
partial unique index); an import's answers carry its id and their source row's key
(序号 and time), so the same file twice adds nothing."""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from models.schema.steps import text_field, v1_models


def v21_survey_models(db):
    Customer = v1_models(db)[3]

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Survey(Base):
        name = CharField()
        kind = CharField()  # nps, csat, ces, custom
        period_from = DateField(null=True)
        period_to = DateField(null=True)
        target = text_field()  # the target group in words
        target_tag = text_field()  # a tag name: `surveys targets` lists its customers
        # the target group's kind: "" (none, or the tag above), tag, view (a saved
        # view's id in target_ref), community (its id), buyers or complainants (a
        # period "YYYY-MM-DD..YYYY-MM-DD" in target_ref, either end may be empty)
        target_kind = text_field()
        target_ref = text_field()
        follow_passives = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
        archived_at = DateTimeField(null=True)
        created_at = DateTimeField()

    class SurveyAnswer(Base):
        survey_id = IntegerField()
        # NULL: anonymous (unmatched, erased, or the customer deleted for good)
        customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL", index=False)
        score = IntegerField()
        comment = text_field(TextField)
        answered_at = DateTimeField()
        month = CharField()  # answered_at's 'YYYY-MM': scores by month walk an index
        source = CharField(default="manual", constraints=[SQL("DEFAULT 'manual'")])
        import_run = IntegerField(null=True)
        row_key = text_field()  # an imported answer's 序号 + time: the same file adds nothing
        followup_id = IntegerField(null=True)  # the closed loop's follow-up
        tagged = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])  # gave 推荐者
        complaint_id = IntegerField(null=True)  # the complaint it was turned into
        created_at = DateTimeField()

    return Survey, SurveyAnswer


def step_22_surveys(db) -> None:
    db.create_tables(v21_survey_models(db))
    for sql in (
        "CREATE UNIQUE INDEX survey_name ON survey (name)",
        # every score reads this index alone; by month in its order, without a sort
        # (500k answers over 3 years: 0.9 s grouping by substr(answered_at), 0.1 s
        # here); customer_id in it: a segment joins the customer without the table
        "CREATE INDEX survey_answer_month ON survey_answer"
        " (survey_id, month, score, answered_at, customer_id)",
        "CREATE UNIQUE INDEX survey_answer_once ON survey_answer"
        " (survey_id, customer_id, answered_at) WHERE customer_id IS NOT NULL",
        "CREATE UNIQUE INDEX survey_answer_row ON survey_answer (survey_id, row_key)"
        " WHERE row_key <> ''",
        "CREATE INDEX survey_answer_customer ON survey_answer (customer_id)",
        # the window's answer list, newest first (the newest 1,000 of 500k: an index
        # walk, not a sort; ties by id, the rowid every index ends with)
        "CREATE INDEX survey_answer_time ON survey_answer (survey_id, answered_at)",
        # SQLite's trigger syntax (office mode needs its own): a customer deleted for
        # good (the foreign key's SET NULL) takes the answer's comment with them, as an
        # erasure does; the score stays anonymous so past NPS does not change.
        "CREATE TRIGGER survey_answer_forget AFTER UPDATE OF customer_id ON survey_answer"
        " WHEN OLD.customer_id IS NOT NULL AND NEW.customer_id IS NULL AND NEW.comment <> ''"
        " BEGIN UPDATE survey_answer SET comment = '' WHERE id = NEW.id; END",
    ):
        db.execute_sql(sql)
