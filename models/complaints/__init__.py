"""Complaints from receipt to a satisfied return visit: workflow, deadlines, FAQ, metrics."""
