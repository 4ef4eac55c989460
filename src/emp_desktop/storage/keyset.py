"""Keyset pagination: the next page starts after the last row shown, not at an OFFSET.

`LIMIT 200 OFFSET 1000000` makes SQLite step over a million index entries (and decrypt
their pages) to find where page 5,000 begins; a seek on the sort column finds it in
a few page reads whatever the depth. The order is always `(column, id)` with the id as
tie-break, so that rows with equal values have one fixed order across pages.

A seek needs plain comparisons: SQLite does not seek on a row value `(column, id) > (?, ?)`
over an index on `column` (it scans every row with the same value, i.e. most of the
table when sorting on gender), and NULLs sort first ascending, last descending. So the
rows after an anchor are read as consecutive *segments*, each one indexed range:

ascending  (NULL first): [column = v, id > i] [column > v]              (v not NULL)
                         [column IS NULL, id > i] [column IS NOT NULL]  (v NULL)
descending (NULL last):  [column = v, id < i] [column < v] [column IS NULL]
                         [column IS NULL, id < i]                       (v NULL)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import InstrumentedAttribute, Session


@dataclass(frozen=True)
class Anchor:
    """The last row of the previous page: its sort value and its id."""

    value: Any
    id: int


def ordered(query: Select, column: Any, id_column: Any, descending: bool) -> Select:
    if descending:
        return query.order_by(column.desc(), id_column.desc())
    return query.order_by(column.asc(), id_column.asc())


def _segments(
    column: InstrumentedAttribute,
    id_column: InstrumentedAttribute,
    anchor: Anchor,
    descending: bool,
) -> list[tuple[list[ColumnElement[bool]], bool]]:
    """(conditions, whole order or id only) per segment after `anchor`, in page order."""
    v, i = anchor.value, anchor.id
    if not descending:
        if v is None:
            return [([column.is_(None), id_column > i], False), ([column.is_not(None)], True)]
        return [([column == v, id_column > i], False), ([column > v], True)]
    if v is None:
        return [([column.is_(None), id_column < i], False)]
    return [
        ([column == v, id_column < i], False),
        ([column < v], True),
        ([column.is_(None)], False),
    ]


def page_after(
    session: Session,
    query: Select,
    column: InstrumentedAttribute,
    id_column: InstrumentedAttribute,
    anchor: Anchor | None,
    descending: bool,
    limit: int,
) -> Sequence[Any]:
    """Up to `limit` rows of `query` (unordered, filters applied) after `anchor`."""
    if anchor is None:
        return session.execute(ordered(query, column, id_column, descending).limit(limit)).all()
    rows: list[Any] = []
    for conditions, whole_order in _segments(column, id_column, anchor, descending):
        segment = query.where(*conditions)
        if whole_order:
            segment = ordered(segment, column, id_column, descending)
        else:  # one value of the sort column (or NULL): the id alone orders it
            segment = segment.order_by(id_column.desc() if descending else id_column.asc())
        rows += session.execute(segment.limit(limit - len(rows))).all()
        if len(rows) >= limit:
            break
    return rows
