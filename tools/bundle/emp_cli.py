"""Entry script of the bundle's `emp-cli` (PyInstaller needs a file, not an entry point)."""

from emp_desktop.cli import main

raise SystemExit(main())
