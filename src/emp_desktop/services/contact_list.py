"""The Contacten list: every contact moment, newest first, found by code, words, mode
or year, with a count of what the filters match."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from emp_desktop.services.registry_dto import ContactView
from emp_desktop.storage import keyset
from emp_desktop.storage.registry_models import Contact, Person
from emp_desktop.storage.vault import OpenVault


@dataclass(frozen=True)
class ContactQuery:
    """`search`: the start of a pseudonym code (EMP-2025-…) or words in the note or in
    'with whom'; empty fields filter nothing."""

    search: str = ""
    mode: str | None = None
    year: int | None = None

    @property
    def filtered(self) -> bool:
        return bool(self.search.strip() or self.mode or self.year)


def _filtered(statement: Select, query: ContactQuery) -> Select:
    if query.mode:
        statement = statement.where(Contact.mode == query.mode)
    if query.year is not None:
        # A range on the indexed text column: jjjj-mm-ddTuu:mm sorts as it reads.
        statement = statement.where(
            Contact.at.between(f"{query.year}-01-01", f"{query.year}-12-31T99")
        )
    for word in query.search.lower().split():
        statement = statement.where(
            or_(
                func.lower(Person.code).startswith(word),
                func.lower(Contact.note).contains(word),
                func.lower(Contact.with_whom).contains(word),
            )
        )
    return statement


def count_contacts(opened: OpenVault, query: ContactQuery) -> int:
    statement = select(func.count(Contact.id)).join(Person, Person.id == Contact.person_id)
    with opened.transaction() as session:
        return session.scalar(_filtered(statement, query)) or 0


def list_contacts(
    opened: OpenVault, query: ContactQuery, after: ContactView | None = None, limit: int = 200
) -> list[tuple[str, ContactView]]:
    """The next page after the contact `after` (keyset paging, see storage.keyset): page
    5,000 costs what page 1 costs."""
    statement = _filtered(
        select(Person.code, Contact).join(Person, Person.id == Contact.person_id), query
    )
    anchor = None if after is None else keyset.Anchor(after.at, after.id)
    with opened.transaction() as session:
        rows = keyset.page_after(session, statement, Contact.at, Contact.id, anchor, True, limit)
        return [
            (code, ContactView(c.id, c.at, c.mode, c.with_whom, c.duration_minutes, c.note))
            for code, c in rows
        ]


def first_page(
    opened: OpenVault, query: ContactQuery, limit: int = 200
) -> tuple[int, list[tuple[str, ContactView]]]:
    """The count and the first rows (off the GUI thread: counting a million takes a while)."""
    return count_contacts(opened, query), list_contacts(opened, query, None, limit)
