"""Lead scoring in the window (issue 28): the breakdown's words, the scoring settings dialog."""
