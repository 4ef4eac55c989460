"""Frozen data that crosses from services to the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class KdfInfo:
    algorithm: str
    memory_kib: int
    iterations: int
    parallelism: int


@dataclass(frozen=True)
class VaultInfo:
    folder: Path
    vault_id: str
    schema_revision: str | None
    head_revision: str
    cipher_version: str
    record_counts: dict[str, int]
    kdf: KdfInfo
    database_bytes: int


@dataclass(frozen=True)
class VerifyReport:
    cipher_ok: bool
    integrity_ok: bool
    audit_entries: int
    schema_at_head: bool
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.cipher_ok and self.integrity_ok and self.schema_at_head and not self.problems


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: str
    actor: str
    action: str
    subject: str | None
    detail: dict


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    created: str
    audited: bool = True  # False: made, but a full vault disk kept it out of the audit trail
