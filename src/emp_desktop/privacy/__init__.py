"""Pseudonyms, disclosure control and export profiles: pure functions, no I/O (issue 5)."""
