"""Leads (潜在客户, issue 28): the pool (公海), assignment by rule or by hand, reclaim
(pool.py, assignment.py ...); lead scoring: the model the business sets (model.py), a
score from a lead's facts (scoring.py), the stored scores and grades (scores.py)."""
