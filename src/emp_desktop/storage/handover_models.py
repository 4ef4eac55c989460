"""ORM models of handovers between vaults: the vault's own receiving key and the
handovers it sent and received."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emp_desktop.storage.models import Base


class VaultKey(Base):
    """The age X25519 key pair this vault receives handovers with. The secret part lives
    only here, inside the SQLCipher-encrypted database — never in a file of its own."""

    __tablename__ = "vault_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    identity: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class HandoverSent(Base):
    __tablename__ = "handover_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    handover_id: Mapped[str] = mapped_column(String(36), unique=True)
    recipient: Mapped[str] = mapped_column(String(100))
    sent_at: Mapped[str] = mapped_column(String(32))
    closed_on: Mapped[str | None] = mapped_column(String(10))
    closed_to: Mapped[str | None] = mapped_column(String(120))


class HandoverReceived(Base):
    __tablename__ = "handover_received"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    handover_id: Mapped[str] = mapped_column(String(36), unique=True)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sender_code: Mapped[str] = mapped_column(String(16))
    sender_organisation: Mapped[str] = mapped_column(String(120), default="")
    received_at: Mapped[str] = mapped_column(String(32))
