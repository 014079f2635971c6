"""Follow-ups, the agenda, reminders and care dates, stay in touch, logged contacts."""
