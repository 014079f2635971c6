"""The surveys' window parts (issue 27): the 客户之声 page, its tabs and dialogs, and the
sentences of the surveys' error codes."""
