"""The staff list (团队): who serves customers (issue 28)."""
