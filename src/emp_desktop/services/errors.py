"""Turns low-level failures into the typed errors the CLI and GUI know how to say."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from emp_desktop.domain.errors import (
    ConstraintViolated,
    DiskFull,
    EmpError,
    OutputNotWritable,
    ReleaseRefused,
    VaultDamaged,
)
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


_OS_REASONS = {
    errno.ENOENT: "de map bestaat niet",
    errno.ENOTDIR: "een deel van het pad is een bestand",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EISDIR: "dit is een map",
    errno.EEXIST: "er staat al een bestand of map met die naam",
}


@contextmanager
def writing(path: object) -> Iterator[None]:
    """An OSError while writing a chosen file or folder becomes OutputNotWritable, with
    the reason in Dutch (the operating system's own text is English)."""
    try:
        yield
    except OSError as error:
        reason = _OS_REASONS.get(error.errno or 0, f"systeemfout {error.errno}")
        raise OutputNotWritable(path=str(path), reason=reason) from None


@contextmanager
def privacy_refusals() -> Iterator[None]:
    """Disclosure control raises ValueError (DisclosureControlFailed among them) when it
    cannot vouch for a release — tables that do not fit earlier releases, a period released
    with other numbers. Its texts are Dutch and hold no personal data; they become the
    reason of a typed refusal (exit 6) instead of an unexpected error."""
    try:
        yield
    except ValueError as error:
        raise ReleaseRefused(detail=str(error).rstrip(".")) from None
