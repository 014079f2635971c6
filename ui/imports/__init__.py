"""Importing from spreadsheets: the wizard (wizard.py) and its pages, the same for every
kind of record; what differs per kind is its view (view.py, customers.py, purchases.py,
found by kinds.py)."""

from ui.imports.file_page import choose_file
from ui.imports.wizard import ImportWizard

__all__ = ["ImportWizard", "choose_file"]
