"""The release register: what left the laptop, for which period, to whom, when, with
which file hashes — and the published cells themselves, so that every later release is
audited against everything published before. Also the frozen data of every released
quarter and the per-recipient pseudonym keys."""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from emp_desktop.storage.models import Base

PENDING, CONFIRMED = "pending", "confirmed"


class Release(Base):
    """One release. It is registered `pending` before its files take their final names and
    `confirmed` after; a pending one counts as published for every later audit (a crash in
    between may have left the files with the recipient)."""

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
    status: Mapped[str] = mapped_column(String(16), server_default=CONFIRMED)
    revision: Mapped[int] = mapped_column(Integer, server_default="1")
    supersedes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: record extract
    # JSON: the tables of the quarters a year released before them planned for them; they
    # count as published from now on, and each quarter, when released, is exactly its plan.
    plan: Mapped[str | None] = mapped_column(Text, nullable=True)
    # JSON {name, codes}: the region it was made for; NULL before revision 0009 (Eindhoven)
    region: Mapped[str | None] = mapped_column(Text, nullable=True)


class FrozenQuarter(Base):
    """The coded records a quarter's releases counted, frozen by the first release that
    covered the quarter (a quarter, or its year). Every later release of the year family
    counts these, so releases never disagree with each other; what arrived or changed
    since is the correction pool."""

    __tablename__ = "frozen_quarter"

    quarter: Mapped[str] = mapped_column(String(8), primary_key=True)
    release_id: Mapped[int] = mapped_column(Integer)
    frozen_at: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text)  # JSON {kind: [record, …]}


class RecipientKey(Base):
    """HMAC key per recipient: they can link updates of one person, nobody can reverse it."""

    __tablename__ = "recipient_key"

    recipient: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[str] = mapped_column(String(32))
