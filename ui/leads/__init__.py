"""Leads in the window (issue 28): the Leads page (the pool, one person's leads,
assignment and reclaim); lead scoring's breakdown words and settings dialog."""
