"""Leads (潜在客户): the pool (公海), assignment by rule or by hand, reclaim (issue 28)."""
