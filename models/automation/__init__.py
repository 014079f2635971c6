"""Automation rules (自动化, issue 28 parts 5 and 6): "when <trigger> [and <conditions>]
then <actions>", acting through the domains' own functions; on its own floor above the
domains it acts on."""
