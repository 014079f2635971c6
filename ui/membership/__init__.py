"""The membership's window parts (issue 26): for now the sentences of its error codes."""
