"""Safekeeping in the GUI: automatic backups (status, targets, at lock and close),
erasure on request and the monthly retention preview."""
