"""The surveys' window parts (issue 27): for now the sentences of their error codes."""
