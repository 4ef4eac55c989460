"""Protected tables to and from JSON, for the release register inside the vault."""

from __future__ import annotations

from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import ProtectedTable
from emp_desktop.privacy.tables import Table

_SEP = "\x1f"


def _key(parts: tuple[str, ...]) -> str:
    return _SEP.join(parts)


def protected_to_json(pt: ProtectedTable) -> dict:
    table = pt.table
    return {
        "name": table.name,
        "dimensions": list(table.dimensions),
        "unit": table.unit,
        "additive": table.additive,
        "categories": {d: list(c) for d, c in table.categories.items()},
        "counts": {_key(k): v for k, v in table.counts.items()},
        "cells": {_key(k): v for k, v in pt.cells.items()},
        "reasons": {_key(k): v for k, v in pt.reasons.items()},
        "release": pt.release,
    }


def protected_from_json(data: dict) -> ProtectedTable:
    def key(text: str) -> tuple[str, ...]:
        return tuple(text.split(_SEP))

    table = Table(
        data["name"],
        tuple(data["dimensions"]),
        {d: tuple(c) for d, c in data["categories"].items()},
        {key(k): v for k, v in data["counts"].items()},
        data["unit"],
        # Registered before tables said so: the stock tables of the Gemeente profile.
        data.get("additive", data["name"] not in profiles.STOCK_TABLES),
    )
    return ProtectedTable(
        table,
        {key(k): v for k, v in data["cells"].items()},
        {key(k): v for k, v in data["reasons"].items()},
        (),
        data["release"],
    )
