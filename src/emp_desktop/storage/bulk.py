"""Bulk inserts for generated demo data and benchmarks: Core executemany in chunks, one
transaction per chunk, so that a million contacts load in seconds, not hours."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from sqlalchemy import Engine, insert

from emp_desktop.storage.models import Base

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
            conn.execute(insert(Base.metadata.tables[table]), chunk)
        done += len(chunk)
        if progress:
            progress(done)
    return done


def highest_person_id(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM person").scalar_one()
