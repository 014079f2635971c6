"""The issue 28 pages for scripts/screenshots.py: the Leads page (the pool), the Team and
Lead scoring dialogs, the Funnel page with its chart, the Automation page and a rule in
its editor."""

from __future__ import annotations

import time
from pathlib import Path


def _settle(app, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.05)


def shoot_growth(app, window, out: Path, lang: str, shot) -> None:
    from models.automation import rules
    from ui.automation.editor import RuleEditor
    from ui.leads.settings_dialog import LeadScoringDialog
    from ui.team.team_dialog import TeamDialog

    window.sidebar.select(("page", window.sidebar.LEADS))
    window.leads_page.reload_choices()
    _settle(app)
    shot(window, out / f"leads_{lang}.png")
    team = TeamDialog(window, window.undo_stack)
    team.show()
    _settle(app)
    shot(team, out / f"team_{lang}.png")
    team.close()
    scoring = LeadScoringDialog(window, window.undo_stack)
    scoring.show()
    _settle(app)
    shot(scoring, out / f"lead_scoring_{lang}.png")
    scoring.close()

    window.sidebar.select(("page", window.sidebar.FUNNEL))
    page = window.funnel_page
    page.refresh()
    page.wait()
    _settle(app, 20)
    shot(window, out / f"funnel_{lang}.png")

    window.sidebar.select(("page", window.sidebar.AUTOMATION))
    window.automation_page.refresh()
    _settle(app)
    shot(window, out / f"automation_{lang}.png")
    editor = RuleEditor(rules.listing()[0], parent=window)
    editor.show()
    _settle(app)
    shot(editor, out / f"rule_editor_{lang}.png")
    editor.close()
