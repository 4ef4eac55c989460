"""The release register: what left the laptop, for which period, to whom, when, with
which file hashes — and the published cells themselves, so that every later release is
audited against everything published before. Also the per-recipient pseudonym keys."""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emp_desktop.storage.models import Base


class Release(Base):
    __tablename__ = "release"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile: Mapped[str] = mapped_column(String(32), index=True)
    period: Mapped[str] = mapped_column(String(8), index=True)
    recipient: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    threshold: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    files: Mapped[str] = mapped_column(Text)  # JSON {file name: sha256}
    tables: Mapped[str] = mapped_column(Text)  # JSON: the published (protected) tables
    # JSON {name, codes}: the region it was made for; NULL before revision 0009 (Eindhoven)
    region: Mapped[str | None] = mapped_column(Text, nullable=True)


class RecipientKey(Base):
    """HMAC key per recipient: they can link updates of one person, nobody can reverse it."""

    __tablename__ = "recipient_key"

    recipient: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[str] = mapped_column(String(32))
