"""The main window's controllers, one per concern; each builds its own actions."""
