"""guanjia leads: leads (潜在客户, issue 28). This branch adds the scoring commands
(desktop/cli/lead_scores.py); the lead pool's list, assign and reclaim join them here."""

from __future__ import annotations

from desktop.cli.lead_scores import add_commands


def register(commands) -> None:
    leads = commands.add_parser("leads", help="leads (潜在客户): scores and grades")
    sub = leads.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    add_commands(sub)
