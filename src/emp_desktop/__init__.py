"""EMP Desktop: offline, encrypted registration for zorgcoördinatie mensenhandel."""

__version__ = "0.1.0"
