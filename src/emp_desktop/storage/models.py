"""ORM models. The migrations in `migrations/versions` must produce exactly these tables;
tests/storage/test_migrations.py compares them."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class VaultMeta(Base):
    """Small key/value facts about the vault itself (organisation, audit head …)."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Append-only and hash-chained; triggers in the migration refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str | None] = mapped_column(String(64), index=True)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


from emp_desktop.storage import (  # noqa: E402,F401  (register the tables)
    care_models,
    handover_models,
    registry_models,
    release_models,
)
