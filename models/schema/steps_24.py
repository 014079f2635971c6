"""Schema step 24 (frozen once released): what survey comments say (issue 27, item 5).

- survey_theme: a theme pinned by the user for one survey, a name and its terms
  (comma-separated: 价格 -> 价格,贵,便宜); one name per survey.
- survey_theme_cache: per survey, the comments' words as last counted (models/surveys/
  themes.py): `fingerprint` sums up the survey's answers at that time (any answer
  added, removed or changed, or a comment blanked, changes it), `counts` the most
  frequent terms per category (JSON), `words` each comment's terms (a line per answer);
  recounting a survey re-cuts only the comments that changed.

- survey_question: a custom survey's questions in order (issue 27, item 1): `kind`
  single, multiple (choices in `options`, one a line), rating (a scale `low`-`high`) or
  text.
- survey_response and survey_response_item: a custom survey's answers, one response per
  customer (NULL: anonymous) and time, an item per answered question: `choice` (one row
  per option chosen), `number` (a rating) or `text`. NPS, CSAT and CES answers stay in
  survey_answer. A customer deleted for good leaves the response anonymous and its
  texts blank (a trigger, as step 22 does for comments).

All go with their survey (ON DELETE CASCADE)."""

from __future__ import annotations

STATEMENTS = (
    "CREATE TABLE survey_theme ("
    " id INTEGER PRIMARY KEY,"
    " survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,"
    " name VARCHAR(255) NOT NULL,"
    " terms TEXT NOT NULL DEFAULT '',"
    " created_at DATETIME NOT NULL)",
    "CREATE UNIQUE INDEX survey_theme_name ON survey_theme (survey_id, name)",
    "CREATE TABLE survey_theme_cache ("
    " survey_id INTEGER PRIMARY KEY REFERENCES survey (id) ON DELETE CASCADE,"
    " fingerprint TEXT NOT NULL,"
    " computed_at DATETIME NOT NULL,"
    " counts TEXT NOT NULL,"
    " words TEXT NOT NULL)",
    "CREATE TABLE survey_question ("
    " id INTEGER PRIMARY KEY,"
    " survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " kind VARCHAR(20) NOT NULL,"
    " options TEXT NOT NULL DEFAULT '',"
    " low INTEGER,"
    " high INTEGER)",
    "CREATE UNIQUE INDEX survey_question_position ON survey_question (survey_id, position)",
    "CREATE TABLE survey_response ("
    " id INTEGER PRIMARY KEY,"
    " survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,"
    " customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL,"
    " answered_at DATETIME NOT NULL,"
    " source VARCHAR(20) NOT NULL DEFAULT 'manual',"
    " row_key TEXT NOT NULL DEFAULT '',"
    " created_at DATETIME NOT NULL)",
    "CREATE UNIQUE INDEX survey_response_once ON survey_response"
    " (survey_id, customer_id, answered_at) WHERE customer_id IS NOT NULL",
    "CREATE INDEX survey_response_survey ON survey_response (survey_id, answered_at)",
    "CREATE INDEX survey_response_customer ON survey_response (customer_id)",
    "CREATE TABLE survey_response_item ("
    " id INTEGER PRIMARY KEY,"
    " response_id INTEGER NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,"
    " question_id INTEGER NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,"
    " choice TEXT NOT NULL DEFAULT '',"
    " number INTEGER,"
    " text TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX survey_response_item_question ON survey_response_item"
    " (question_id, choice, number)",
    "CREATE INDEX survey_response_item_response ON survey_response_item (response_id)",
    "CREATE TRIGGER survey_response_forget AFTER UPDATE OF customer_id ON survey_response"
    " WHEN OLD.customer_id IS NOT NULL AND NEW.customer_id IS NULL"
    " BEGIN UPDATE survey_response_item SET text = '' WHERE response_id = NEW.id"
    " AND text <> ''; END",
)


def step_24_survey_themes(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
