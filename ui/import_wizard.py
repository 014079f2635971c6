"""The import wizard's old address. It lives in ui/imports/ now; this module is here for
desktop/ (main_window imports ImportWizard and choose_file from it) until desktop/
imports ui.imports directly."""

from ui.imports import ImportWizard, choose_file

__all__ = ["ImportWizard", "choose_file"]
