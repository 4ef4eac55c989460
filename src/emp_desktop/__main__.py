"""`python -m emp_desktop` starts the GUI, like the `emp-desktop` script."""

from emp_desktop.gui.app import main

raise SystemExit(main())
