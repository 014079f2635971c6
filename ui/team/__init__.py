"""The staff list window (团队, issue 28)."""
