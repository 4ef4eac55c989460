"""k-anonymity for the record extract by full-domain generalisation plus suppression.

Every quasi-identifier has a hierarchy: a list of functions, level 0 the identity and each
next level coarser, the last one mapping everything to "*". The search walks the level
vectors in order of total generalisation (then lexicographically, so the outcome is
deterministic) and takes the first vector for which dropping the records in classes smaller
than k stays within the suppression budget. Suppressed records are dropped rather than
starred: a '*' row would form its own class that might itself be smaller than k.

Generalising never splits a class, so the number of suppressed records only falls as levels
rise; the first vector found therefore has the least total generalisation possible.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

Hierarchy = Sequence[Callable[[str], str]]
Combo = tuple[str, ...]


@dataclass(frozen=True)
class KAnonResult:
    records: list[dict[str, str]]
    levels: dict[str, int]
    suppressed: int
    k: int
    quasi_identifiers: tuple[str, ...]


def is_k_anonymous(
    records: Sequence[Mapping[str, str]], quasi_identifiers: Sequence[str], k: int
) -> bool:
    classes = Counter(tuple(r[q] for q in quasi_identifiers) for r in records)
    return all(size >= k for size in classes.values())


def k_anonymize(
    records: Sequence[Mapping[str, str]],
    quasi_identifiers: tuple[str, ...],
    hierarchies: Mapping[str, Hierarchy],
    k: int = 5,
    max_suppressed_share: float = 0.05,
) -> KAnonResult:
    """The least-generalised k-anonymous version of `records` (see the module docstring).

    With fewer than k records no release is k-anonymous except the empty one, which is
    returned with every record counted as suppressed.
    """
    _validate(quasi_identifiers, hierarchies, k, max_suppressed_share)
    qis = tuple(quasi_identifiers)
    combos = Counter(tuple(r[q] for q in qis) for r in records)
    budget = int(max_suppressed_share * len(records))
    for levels in _level_vectors([len(hierarchies[q]) for q in qis]):
        mapping = _generalise(combos, qis, hierarchies, levels)
        sizes: Counter[Combo] = Counter()
        for combo, count in combos.items():
            sizes[mapping[combo]] += count
        suppressed = sum(size for size in sizes.values() if size < k)
        if suppressed <= budget:
            return _result(records, qis, mapping, sizes, levels, suppressed, k)
    top = tuple(len(hierarchies[q]) - 1 for q in qis)
    return KAnonResult([], dict(zip(qis, top, strict=True)), len(records), k, qis)


def _validate(
    qis: Sequence[str], hierarchies: Mapping[str, Hierarchy], k: int, share: float
) -> None:
    if k < 1:
        raise ValueError("k moet minstens 1 zijn")
    if not 0 <= share < 1:
        raise ValueError("Het aandeel te onderdrukken records ligt tussen 0 en 1")
    if not qis or len(set(qis)) != len(qis):
        raise ValueError("Geef een of meer verschillende quasi-identificatoren")
    for qi in qis:
        if not hierarchies.get(qi):
            raise ValueError(f"Geen generalisatiehiërarchie voor {qi}")


def _level_vectors(heights: list[int]) -> Iterator[tuple[int, ...]]:
    """All level vectors, by total generalisation and then lexicographically."""
    vectors = itertools.product(*(range(h) for h in heights))
    yield from sorted(vectors, key=lambda v: (sum(v), v))


def _generalise(
    combos: Mapping[Combo, int],
    qis: tuple[str, ...],
    hierarchies: Mapping[str, Hierarchy],
    levels: tuple[int, ...],
) -> dict[Combo, Combo]:
    # Generalise each distinct combination once instead of each record: 100,000 records
    # have at most a few thousand distinct quasi-identifier combinations.
    steps = [hierarchies[q][level] for q, level in zip(qis, levels, strict=True)]
    return {
        combo: tuple(step(value) for step, value in zip(steps, combo, strict=True))
        for combo in combos
    }


def _result(
    records: Sequence[Mapping[str, str]],
    qis: tuple[str, ...],
    mapping: Mapping[Combo, Combo],
    sizes: Mapping[Combo, int],
    levels: tuple[int, ...],
    suppressed: int,
    k: int,
) -> KAnonResult:
    kept: list[dict[str, str]] = []
    for record in records:
        general = mapping[tuple(record[q] for q in qis)]
        if sizes[general] >= k:
            kept.append({**record, **dict(zip(qis, general, strict=True))})
    return KAnonResult(kept, dict(zip(qis, levels, strict=True)), suppressed, k, qis)


def apply_levels(
    records: Sequence[Mapping[str, str]],
    quasi_identifiers: tuple[str, ...],
    hierarchies: Mapping[str, Hierarchy],
    levels: Mapping[str, int],
    k: int,
) -> KAnonResult:
    """`records` generalised at fixed `levels` (those of an earlier release of the same
    family), with every record of a class smaller than k dropped. Releases that share their
    levels never split a class differently, so together they stay k-anonymous."""
    qis = tuple(quasi_identifiers)
    _validate(qis, hierarchies, k, 0)
    vector = tuple(int(levels.get(q, 0)) for q in qis)
    combos = Counter(tuple(r[q] for q in qis) for r in records)
    mapping = _generalise(combos, qis, hierarchies, vector)
    sizes: Counter[Combo] = Counter()
    for combo, count in combos.items():
        sizes[mapping[combo]] += count
    suppressed = sum(size for size in sizes.values() if size < k)
    return _result(records, qis, mapping, sizes, vector, suppressed, k)
