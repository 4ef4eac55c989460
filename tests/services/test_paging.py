"""Keyset paging of the person list and of Contacten: page after page gives exactly the
rows of one ordered list (ties, NULLs, both directions), and the municipality sort key
follows the Dutch name on every path that writes a person."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from emp_desktop.domain import municipalities
from emp_desktop.domain.registry import ContactInput, PersonInput, RegistrationInput
from emp_desktop.services import demo_service, registry_service, vault_service
from emp_desktop.services.registry_dto import PersonQuery, PersonRow
from emp_desktop.storage.registry_models import Person
from emp_desktop.storage.registry_repo import SORT_COLUMNS
from tests.conftest import PASSPHRASE

PAGE = 7  # small pages: many page boundaries fall inside runs of equal values


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    from tests.conftest import CHEAP_KDF

    folder = tmp_path_factory.mktemp("paging") / "kluis"
    vault = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF).vault
    demo_service.fill_demo(vault, 120, seed=3, contacts_per_person=2, today=date(2026, 11, 1))
    yield vault
    vault_service.lock(vault)


def _all_pages(vault, query: PersonQuery) -> list[PersonRow]:
    rows = registry_service.list_persons(vault, query, PAGE)
    while len(rows) % PAGE == 0 and rows:
        page = registry_service.list_persons(vault, query, PAGE, after_id=rows[-1].id)
        if not page:
            break
        rows += page
    return rows


def _value(row: PersonRow, sort: str) -> object:
    if sort == "municipality":
        return municipalities.sort_key(row.municipality)
    return getattr(row, sort)


def _reference(rows: list[PersonRow], sort: str, descending: bool) -> list[int]:
    """SQLite's order, written out: NULLs first ascending (last descending), id breaks ties."""

    def key(row: PersonRow) -> tuple:
        value = _value(row, sort)
        return (value is not None, value if value is not None else 0, row.id)

    return [r.id for r in sorted(rows, key=key, reverse=descending)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_pages_of_the_person_list_are_one_ordered_list(crowded, sort, descending) -> None:
    query = PersonQuery(sort=sort, descending=descending)
    paged = _all_pages(crowded, query)
    assert len(paged) == 120 == len({r.id for r in paged})
    assert [r.id for r in paged] == _reference(paged, sort, descending)


def test_pages_respect_the_filters(crowded) -> None:
    query = PersonQuery(open_state="open", sort="next_action_on", descending=True)
    paged = _all_pages(crowded, query)
    expected = registry_service.count_persons(crowded, query)
    assert len(paged) == expected > PAGE and not any(r.closed for r in paged)


def test_nulls_and_ties_are_crossed_in_both_directions(crowded) -> None:
    """The demo has persons without a next action (NULL) and many equal ages."""
    rows = _all_pages(crowded, PersonQuery(sort="next_action_on"))
    assert rows[0].next_action_on is None and rows[-1].next_action_on is not None
    ages = [r.age for r in rows]
    assert len(set(ages)) < len(ages)


def test_pages_of_contacten_are_newest_first_without_gaps(crowded) -> None:
    everything = registry_service.recent_contacts(crowded, 10_000)
    paged = registry_service.recent_contacts(crowded, PAGE)
    while page := registry_service.recent_contacts(crowded, PAGE, after_id=paged[-1][1].id):
        paged += page
    assert [c.id for _, c in paged] == [c.id for _, c in everything]
    keys = [(c.at, c.id) for _, c in paged]
    assert keys == sorted(keys, reverse=True) and len(keys) > 100


def test_a_new_contact_with_the_same_minute_keeps_one_order(crowded) -> None:
    first = registry_service.recent_contacts(crowded, 1)[0][1]
    person = registry_service.list_persons(crowded, PersonQuery(), 1)[0].id
    at = datetime.fromisoformat(first.at)
    registry_service.add_contact(crowded, person, ContactInput(at=at, mode="telefoon"))
    top = registry_service.recent_contacts(crowded, 2)
    after = registry_service.recent_contacts(crowded, 5, after_id=top[0][1].id)
    assert after[0][1].id == top[1][1].id  # equal moments: the higher id first, then on


def _stored_keys(vault) -> dict[str, set[str]]:
    with vault.transaction() as session:
        rows = session.execute(select(Person.municipality, Person.municipality_sort)).all()
    found: dict[str, set[str]] = {}
    for code, key in rows:
        found.setdefault(code, set()).add(key)
    return found


def test_every_write_path_stores_the_dutch_name_as_sort_key(crowded) -> None:
    ref = registry_service.register_person(
        crowded,
        PersonInput(gender="v", municipality="GM0796"),
        RegistrationInput(date=date(2025, 3, 1), forms=("seksueel",), melder="politie"),
    )
    assert _stored_keys(crowded)["GM0796"] == {"s hertogenbosch"}
    registry_service.update_person(crowded, ref.id, PersonInput(gender="v", municipality="GM0820"))
    for code, keys in _stored_keys(crowded).items():  # demo (bulk), new, updated
        assert keys == {municipalities.sort_key(code)}, code
    # Not the region's short name ("Nuenen c.a."): the same key whatever the region.
    assert municipalities.sort_key("GM0820") == "nuenen gerwen en nederwetten"


def test_code_search_reads_no_code_it_cannot_match(crowded) -> None:
    """A code prefix is a range, digits a contains-search, other letters no code at all:
    the same persons as a contains-search over every code would find."""
    from emp_desktop.domain.registry import pseudonym_code
    from emp_desktop.storage.registry_repo import CODE_CHARACTERS, CODE_PREFIX

    code = pseudonym_code(2026, 42)
    assert code.startswith(CODE_PREFIX) and set(code) <= CODE_CHARACTERS
    every = registry_service.list_persons(crowded, PersonQuery(), 1000)
    for typed in ("emp-2025-00", "2024-0", "-00", "EMP-"):
        rows = registry_service.list_persons(crowded, PersonQuery(text=typed), 1000)
        found = {r.id for r in rows}
        contains = {r.id for r in every if typed.upper() in r.code}
        assert contains and contains <= found, typed  # names/places may add persons
    assert registry_service.count_persons(crowded, PersonQuery(text="qqzx")) == 0
