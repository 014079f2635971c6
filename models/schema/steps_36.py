"""Schema step 36 (issue 29 part 2, duplicates and merging; frozen once released).

- customer.merged_into: NULL, or the id of the customer this one was merged into. A
  merged-away customer is not deleted: lists and searches leave it out, and an old
  reference (an id, a re-import of the same file) is led to the survivor.
- customer_not_duplicate: the pairs someone said are not the same person (low id,
  high id); the duplicate finder never shows them again.
- customer_merge: one row per merge: the survivor, the merged ids, the before- and
  after-images of every row the merge touched (JSON), the audit entry; `undone_at` set
  once undone. Undo (the window's, `guanjia merge --undo`, the audit log's) reads it.
- Indexes on community_member.invited_by, import_change.customer and purchase.customer_id
  (its other indexes are partial: live purchases only), columns naming a customer that a
  merge reads twice and moves (without them, 40 s of scans at 3M purchases).

Steps 34-36 are other branches' (issue 25/28/29 part 1); the merge renumbers.
"""

from __future__ import annotations

STATEMENTS = (
    "ALTER TABLE customer ADD COLUMN merged_into INTEGER",
    "CREATE INDEX IF NOT EXISTS customer_merged_into ON customer (merged_into)"
    " WHERE merged_into IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS customer_not_duplicate ("
    " low_id INTEGER NOT NULL, high_id INTEGER NOT NULL, staff TEXT NOT NULL DEFAULT '',"
    " at DATETIME NOT NULL, PRIMARY KEY (low_id, high_id))",
    "CREATE TABLE IF NOT EXISTS customer_merge ("
    " id INTEGER PRIMARY KEY, keep_id INTEGER NOT NULL, merged TEXT NOT NULL,"
    " moved TEXT NOT NULL, images TEXT NOT NULL, at DATETIME NOT NULL,"
    " staff TEXT NOT NULL DEFAULT '', undone_at DATETIME)",
    "CREATE INDEX IF NOT EXISTS customer_merge_keep ON customer_merge (keep_id, id)",
    # a merge reads and moves the rows naming its customers: these two had no index
    "CREATE INDEX IF NOT EXISTS community_member_invited_by ON community_member (invited_by)"
    " WHERE invited_by IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS import_change_customer ON import_change (customer)",
    # purchase's customer indexes are partial (live purchases): a merge moves voided ones too
    "CREATE INDEX IF NOT EXISTS purchase_customer ON purchase (customer_id)",
)


def step_36_duplicates(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
