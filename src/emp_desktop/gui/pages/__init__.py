"""The pages of the main window. Each has `refresh()` (vault open) and `clear()` (locked)."""
