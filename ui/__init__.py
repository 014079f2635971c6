"""Qt widgets, dialogs and item models over models/ (never SQL)."""
