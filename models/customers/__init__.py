"""Customer records, custom fields, the list's filter and queries, the search index."""
