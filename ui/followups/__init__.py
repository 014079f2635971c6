"""The follow-ups page, its dialogs, the calendar and the customer timeline."""
