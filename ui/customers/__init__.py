"""The customer table, its detail panel, the edit dialog and the recycle bin."""
