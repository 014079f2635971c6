"""The Leads page: the pool (公海), one person's leads, assignment and reclaim (issue 28)."""
