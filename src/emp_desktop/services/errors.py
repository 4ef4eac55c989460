"""Turns low-level failures into the typed errors the CLI and GUI know how to say."""

from __future__ import annotations

from emp_desktop.domain.errors import EmpError, VaultDamaged
from emp_desktop.storage.engine import is_damage


def as_emp_error(error: BaseException) -> EmpError | None:
    """The typed error for `error`, or None if it is not an expected failure."""
    if isinstance(error, EmpError):
        return error
    original = getattr(error, "orig", None) or error
    if is_damage(original):
        return VaultDamaged(detail="database beschadigd of gewijzigd")
    return None
