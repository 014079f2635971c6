"""Tags and groups, the tag filter, bulk tagging, saved views."""
