"""Lead scoring (线索评分, issue 28): the model the business sets (model.py), a score from a lead's facts (scoring.py), the stored scores and grades (scores.py)."""
