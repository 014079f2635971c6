"""The database file: connection, base model, bulk writes, preferences, safe file writing, the audit log, backups."""
