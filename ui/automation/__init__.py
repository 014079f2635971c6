"""The Automation page (自动化, issue 28): rules, their editor, dry run, run log, undo."""
