"""The survey tables as the live program uses them (schema steps 22 and 24,
models/schema/steps_22.py and steps_24.py, made them); the rules live in the other modules of this
package."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, IntegerField, TextField

from models.storage.base import BaseModel

KINDS = ("nps", "csat", "ces", "custom")
# the score scale of each kind (custom: a 0-10 rating question)
SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7), "custom": (0, 10)}
SOURCES = ("manual", "import")


class Survey(BaseModel):
    name = CharField()
    kind = CharField()
    period_from = DateField(null=True)
    period_to = DateField(null=True)
    target = TextField(default="")
    target_tag = CharField(default="")
    target_kind = CharField(default="")  # models/surveys/targets.py: KINDS
    target_ref = CharField(default="")
    follow_passives = BooleanField(default=False)
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField()


class SurveyAnswer(BaseModel):
    survey_id = IntegerField()
    customer_id = IntegerField(null=True)
    score = IntegerField()
    comment = TextField(default="")
    answered_at = DateTimeField()
    month = CharField()  # answered_at's 'YYYY-MM' (scores by month)
    source = CharField(default="manual")
    import_run = IntegerField(null=True)
    row_key = CharField(default="")
    followup_id = IntegerField(null=True)
    tagged = BooleanField(default=False)
    complaint_id = IntegerField(null=True)  # the complaint it was turned into
    created_at = DateTimeField()

    class Meta:
        table_name = "survey_answer"


class SurveyQuestion(BaseModel):
    """A custom survey's question (schema step 24; written by models/surveys/questions.py,
    read here for the window's undo of a survey's add)."""

    survey_id = IntegerField()
    position = IntegerField()
    text = TextField()
    kind = CharField()
    options = TextField(default="")
    low = IntegerField(null=True)
    high = IntegerField(null=True)

    class Meta:
        table_name = "survey_question"


class SurveyTheme(BaseModel):
    """A theme pinned for a survey (schema step 24): a name and its terms, comma-joined."""

    survey_id = IntegerField()
    name = CharField()
    terms = TextField(default="")
    created_at = DateTimeField()

    class Meta:
        table_name = "survey_theme"
