"""Merging duplicate customers: every record moves to the survivor; undo by row images."""
