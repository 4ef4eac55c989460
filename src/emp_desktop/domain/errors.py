"""Typed errors every layer may raise; the CLI and GUI turn them into Dutch text.

The classes carry a message key and parameters, never personal data, so that an error
can be shown, logged or printed without leaking anything.
"""

from __future__ import annotations


class EmpError(Exception):
    """Base of all expected failures. `key` selects the user-facing text."""

    key = "error"
    exit_code = 1

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.key)


class WrongSecret(EmpError):
    key = "wrong_passphrase"
    exit_code = 3


class WrongRecoveryCode(WrongSecret):
    key = "wrong_recovery_code"


class TooManyAttempts(EmpError):
    """Unlocking is paused; `wait_seconds` says for how long."""

    key = "too_many_attempts"
    exit_code = 3


class VaultDamaged(EmpError):
    """The file is not what we wrote: corrupted, truncated or tampered with."""

    key = "vault_damaged"
    exit_code = 4


class KeySlotsDamaged(VaultDamaged):
    key = "keyslots_damaged"


class AuditChainBroken(VaultDamaged):
    key = "audit_broken"


class BackupDamaged(VaultDamaged):
    key = "backup_damaged"


class VaultInUse(EmpError):
    key = "vault_in_use"
    exit_code = 5


class VaultNotFound(EmpError):
    key = "vault_not_found"


class VaultExists(EmpError):
    key = "vault_exists"


class TargetNotEmpty(EmpError):
    key = "target_not_empty"


class VaultTooNew(EmpError):
    key = "vault_too_new"


class MigrationFailed(EmpError):
    key = "migration_failed"


class WeakPassphrase(EmpError):
    """Carries the advice keys from the passphrase policy."""

    key = "weak_passphrase"
    exit_code = 2


class VaultLocked(EmpError):
    key = "vault_locked"


class BackupTargetFull(EmpError):
    """A backup target has no room for a new backup; nothing was left behind on it."""

    key = "backup_target_full"
    exit_code = 8


class NoBackupTargets(EmpError):
    key = "no_backup_targets"
    exit_code = 2


class InvalidBackupSchedule(EmpError):
    key = "invalid_backup_schedule"
    exit_code = 2


class PersonNotFound(EmpError):
    key = "person_not_found"


class AlreadyErased(EmpError):
    key = "already_erased"


class ErasureReasonMissing(EmpError):
    key = "erasure_reason_missing"
    exit_code = 2


class InvalidRetentionPolicy(EmpError):
    key = "invalid_retention_policy"
    exit_code = 2


class ErasureReasonNamesPerson(ErasureReasonMissing):
    """The audit trail cannot be edited later, so a reason may never hold a name."""

    key = "erasure_reason_names_person"


class ReleaseRefused(EmpError):
    """Disclosure control cannot vouch for this release with the earlier ones (`detail`
    says why, in Dutch, without personal data): nothing leaves."""

    key = "release_refused"
    exit_code = 6


class OutputNotWritable(EmpError):
    """A chosen file or folder cannot be written (`path`, `reason` in Dutch)."""

    key = "output_not_writable"


class LogoUnreadable(EmpError):
    """The logo kept in the vault cannot be read as an image: the report cannot be made."""

    key = "logo_unreadable"


class VaultIncomplete(EmpError):
    """`init` or `restore` was interrupted: the folder never became a vault. Run it again."""

    key = "vault_incomplete"


class VaultRolledBack(VaultDamaged):
    """The database is older than its key slots say: a copy put back, or lost writes."""

    key = "vault_rolled_back"


class ConstraintViolated(EmpError):
    """The database refused a change (unique, foreign key, check): not damage."""

    key = "constraint_violated"


class DiskFull(EmpError):
    """No space left; `folder` is where, `needed_mb` roughly how much more is needed."""

    key = "disk_full"
    exit_code = 8
