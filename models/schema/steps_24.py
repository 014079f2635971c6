"""Schema step 24 (frozen once released): what survey comments say (issue 27, item 5).

- survey_theme: a theme pinned by the user for one survey, a name and its terms
  (comma-separated: 价格 -> 价格,贵,便宜); one name per survey.
- survey_theme_cache: per survey, the comments' words as last counted (models/surveys/
  themes.py): `fingerprint` sums up the survey's answers at that time (any answer
  added, removed or changed, or a comment blanked, changes it), `counts` the most
  frequent terms per category (JSON), `words` each comment's terms (a line per answer);
  recounting a survey re-cuts only the comments that changed.

Both go with their survey (ON DELETE CASCADE)."""

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
)


def step_24_survey_themes(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
