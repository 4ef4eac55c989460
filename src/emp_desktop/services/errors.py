"""Turns low-level failures into the typed errors the CLI and GUI know how to say."""

from __future__ import annotations

import re
from pathlib import Path

from emp_desktop.domain.errors import ConstraintViolated, DiskFull, EmpError, VaultDamaged
from emp_desktop.storage.engine import is_constraint, is_damage, is_disk_full

# "UNIQUE constraint failed: person.code" names a rule and columns, never a value.
_CONSTRAINT = re.compile(r"(UNIQUE|FOREIGN KEY|CHECK|NOT NULL) constraint failed(: [\w., ]+)?")


def as_emp_error(error: BaseException, folder: Path | None = None) -> EmpError | None:
    """The typed error for `error`, or None if it is not an expected failure.

    `folder` is where a full disk is reported when the error itself does not say.
    """
    if isinstance(error, EmpError):
        return error
    original = getattr(error, "orig", None) or error
    if is_disk_full(original):
        where = getattr(original, "filename", None)
        place = Path(where).parent if where else folder
        return DiskFull(folder=place or "…", needed_mb=64)
    if is_constraint(original):
        found = _CONSTRAINT.search(str(original))
        return ConstraintViolated(detail=found.group(0) if found else "regel van de database")
    if is_damage(original):
        return VaultDamaged(detail="database beschadigd of gewijzigd")
    return None
