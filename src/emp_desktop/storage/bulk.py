"""Bulk inserts for generated demo data and benchmarks: Core executemany in chunks, one
transaction per chunk, so that a million contacts load in seconds, not hours."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from sqlalchemy import Engine, insert

from emp_desktop.storage.registry_models import (
    AdviceQuestion,
    Contact,
    Identity,
    NameToken,
    Person,
    Registration,
)

TABLES = {
    "person": Person.__table__,
    "identity": Identity.__table__,
    "name_token": NameToken.__table__,
    "registration": Registration.__table__,
    "contact": Contact.__table__,
    "advice_question": AdviceQuestion.__table__,
}
CHUNK = 20_000


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(
    engine: Engine, table: str, rows: Iterable[dict], progress: Callable[[int], None] | None = None
) -> int:
    done = 0
    for chunk in _chunks(rows, CHUNK):
        with engine.begin() as conn:
            conn.execute(insert(TABLES[table]), chunk)
        done += len(chunk)
        if progress:
            progress(done)
    return done


def highest_person_id(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM person").scalar_one()
