"""Vault actions: create, unlock, lock, change passphrase, recover, inspect, verify.

One function per user action. The GUI runs the slow ones (Argon2id, backups) off its
thread; the CLI calls them directly. Errors are the typed errors of domain.errors.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import func, select, text

from emp_desktop.domain import recovery_code as recovery
from emp_desktop.domain.errors import DiskFull, EmpError, VaultDamaged, WeakPassphrase
from emp_desktop.domain.passphrase import PassphraseAssessment, assess
from emp_desktop.services.dto import AuditLine, KdfInfo, VaultInfo, VerifyReport
from emp_desktop.storage import audit, keyslots, migrate, vault
from emp_desktop.storage.keyslots import PASSPHRASE_SLOT, RECOVERY_SLOT, KdfParams
from emp_desktop.storage.models import Base, VaultMeta
from emp_desktop.storage.throttle import UnlockThrottle
from emp_desktop.storage.vault import OpenVault, VaultPaths

APP_NAME = "EMP Desktop"


def default_vault_folder() -> Path:
    """`EMP_VAULT` if set, else the platform's user data folder."""
    configured = os.environ.get("EMP_VAULT")
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "kluis"


def vault_exists(folder: Path) -> bool:
    return VaultPaths(folder).exists()


def assess_passphrase(passphrase: str) -> PassphraseAssessment:
    return assess(passphrase)


def _require_strong(passphrase: str) -> None:
    verdict = assess(passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(advice=list(verdict.advice))


@dataclass
class CreatedVault:
    vault: OpenVault
    recovery_code: str


def create_vault(
    folder: Path, passphrase: str, *, kdf: KdfParams | None = None, pending: bool = False
) -> CreatedVault:
    """New vault with a passphrase slot and a recovery-code slot.

    With `pending` (CLI `init`, the wizard) the folder counts as a vault only after
    `confirm_created`, called once the recovery code is saved or shown: a kill before
    that leaves a folder that `init` simply makes again.
    `kdf` exists for the test suite only (cheap Argon2id); the CLI and GUI never pass it.
    """
    _require_strong(passphrase)
    code = recovery.generate()
    opened = vault.create(
        folder,
        passphrase,
        recovery.normalise(code),
        kdf or KdfParams.production(),
        pending=pending,
    )
    return CreatedVault(opened, code)


def confirm_created(folder: Path) -> None:
    """The recovery code has been written or shown: from now on the folder is a vault."""
    vault.finish_creation(folder)


def vault_unfinished(folder: Path) -> bool:
    return VaultPaths(folder).is_unfinished()


def unlock(folder: Path, passphrase: str) -> OpenVault:
    opened = vault.open_with(folder, passphrase, PASSPHRASE_SLOT)
    try:
        with opened.transaction() as session:
            audit.append(session, "unlock")
        opened.unaudited_unlock = False
    except DiskFull:
        # Reading, checking and backing up to another disk must still work on a full
        # vault disk; the caller says that this unlock is not in the audit trail.
        opened.unaudited_unlock = True
    except BaseException:
        opened.close()
        raise
    return opened


def newest_backup(folder: Path) -> Path | None:
    """The newest backup the vault knows of (its last one, or one in its backups folder)."""
    paths = VaultPaths(folder)
    try:
        slots = keyslots.load(paths.keyslots)
    except VaultDamaged:
        slots = None
    return paths.newest_backup(slots)


def seconds_until_next_attempt(folder: Path) -> int:
    return UnlockThrottle(VaultPaths(folder).attempts).seconds_to_wait()


def lock(opened: OpenVault) -> None:
    opened.close()


def change_passphrase(opened: OpenVault, current: str, new: str) -> None:
    """Rewraps the master key; the database is not touched."""
    _require_strong(new)
    slots = opened.keyslots
    keyslots.unwrap(slots.vault_id, slots.slot(PASSPHRASE_SLOT), current)  # proves `current`
    _rewrap_passphrase(opened, new)
    with opened.transaction() as session:
        audit.append(session, "passphrase_changed")


def _rewrap_passphrase(opened: OpenVault, new: str) -> None:
    slots = opened.keyslots
    kdf = slots.slot(PASSPHRASE_SLOT).kdf  # same cost; raising it is a deliberate act
    new_slot = keyslots.wrap(slots.vault_id, PASSPHRASE_SLOT, new, opened.master_key, kdf)
    opened.save_keyslots(slots.with_slot(new_slot))


def recover(folder: Path, code: str, new_passphrase: str) -> OpenVault:
    """Opens with the recovery code and sets a new passphrase."""
    _require_strong(new_passphrase)
    opened = vault.open_with(folder, recovery.normalise(code), RECOVERY_SLOT)
    try:
        _rewrap_passphrase(opened, new_passphrase)
        with opened.transaction() as session:
            audit.append(session, "passphrase_reset_with_recovery_code")
    except BaseException:
        opened.close()
        raise
    return opened


def set_organisation_name(opened: OpenVault, name: str) -> None:
    """Part of the region's identity on every report: a change is audited."""
    with opened.transaction() as session:
        existing = session.get(VaultMeta, "organisation_name")
        if existing is not None and existing.value == name.strip():
            return
        session.merge(VaultMeta(key="organisation_name", value=name.strip()))
        audit.append(session, "organisation_changed", detail={"naam": name.strip()})


def organisation_name(opened: OpenVault) -> str:
    with opened.transaction() as session:
        meta = session.get(VaultMeta, "organisation_name")
        return meta.value if meta else ""


MAX_LOGO_BYTES = 512 * 1024
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def set_logo(opened: OpenVault, png: bytes | None) -> None:
    """The organisation's logo for report covers (a PNG up to 512 KiB), or None to remove."""
    if png is not None and (not png.startswith(_PNG_MAGIC) or len(png) > MAX_LOGO_BYTES):
        raise InvalidLogo()
    with opened.transaction() as session:
        existing = session.get(VaultMeta, "logo_png")
        if png is None:
            if existing is not None:
                session.delete(existing)
                audit.append(session, "logo_changed", detail={"logo": "verwijderd"})
            return
        session.merge(VaultMeta(key="logo_png", value=base64.b64encode(png).decode("ascii")))
        digest = hashlib.sha256(png).hexdigest()[:16]
        audit.append(session, "logo_changed", detail={"logo": f"PNG {len(png)} bytes, {digest}"})


def logo(opened: OpenVault) -> bytes | None:
    with opened.transaction() as session:
        meta = session.get(VaultMeta, "logo_png")
        return base64.b64decode(meta.value) if meta else None


class InvalidLogo(EmpError):
    key = "invalid_logo"
    exit_code = 2


MAX_COORDINATOR_NAME = 80


def set_coordinator_name(opened: OpenVault, name: str) -> None:
    """The name the audit trail records as actor from now on (not the computer's login)."""
    name = " ".join(name.split())[:MAX_COORDINATOR_NAME]
    with opened.transaction() as session:
        if name:
            session.merge(VaultMeta(key=audit.COORDINATOR_KEY, value=name))
            audit.append(session, "coordinator_named")


def coordinator_name(opened: OpenVault) -> str:
    with opened.transaction() as session:
        meta = session.get(VaultMeta, audit.COORDINATOR_KEY)
        return meta.value if meta else ""


DEMO_META_KEY = "demo"


def mark_demo(opened: OpenVault) -> None:
    """The vault now holds synthetic data; every screen, manifest and report says so."""
    with opened.transaction() as session:
        session.merge(VaultMeta(key=DEMO_META_KEY, value="1"))


def holds_demo_data(opened: OpenVault) -> bool:
    with opened.transaction() as session:
        return session.get(VaultMeta, DEMO_META_KEY) is not None


def vault_folder(opened: OpenVault) -> Path:
    """The folder of the vault that is open (the demo vault's own, not the default)."""
    return opened.paths.folder


def vault_info(opened: OpenVault) -> VaultInfo:
    with opened.transaction() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }
        cipher = session.execute(text("PRAGMA cipher_version")).scalar_one()
    kdf = opened.keyslots.slot(PASSPHRASE_SLOT).kdf
    return VaultInfo(
        folder=opened.paths.folder,
        vault_id=opened.keyslots.vault_id,
        schema_revision=migrate.current_revision(opened.engine),
        head_revision=migrate.head_revision(),
        cipher_version=str(cipher),
        record_counts=counts,
        kdf=KdfInfo(**asdict(kdf)),
        database_bytes=opened.paths.database.stat().st_size,
    )


def verify_vault(opened: OpenVault) -> VerifyReport:
    """SQLCipher page HMACs, SQLite integrity, the audit chain, schema at head."""
    with opened.engine.connect() as conn:
        cipher_problems = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        integrity = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
    integrity_ok = [tuple(r) for r in integrity] == [("ok",)]
    problems: list[str] = []
    try:
        with opened.transaction() as session:
            entries = audit.verify(session)
    except VaultDamaged as error:
        entries = 0
        problems.append(f"audit:{error.params.get('entry')}")
    at_head = migrate.current_revision(opened.engine) == migrate.head_revision()
    return VerifyReport(not cipher_problems, integrity_ok, entries, at_head, tuple(problems))


def audit_log(
    opened: OpenVault, limit: int | None = None, subject: str | None = None
) -> list[AuditLine]:
    """Newest first; with `subject` (a pseudonym code) only the entries about that person."""
    with opened.transaction() as session:
        return [AuditLine(**asdict(r)) for r in audit.entries(session, limit, subject)]


def record_event(
    opened: OpenVault, action: str, detail: dict | None = None, subject: str | None = None
) -> None:
    with opened.transaction() as session:
        audit.append(session, action, subject=subject, detail=detail)


def recovery_slot_exists(opened: OpenVault) -> bool:
    return any(s.kind == RECOVERY_SLOT for s in opened.keyslots.slots)
