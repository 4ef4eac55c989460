"""Precision and recall of the detector on annotated notes (test and bench use this).

A finding counts as correct when it overlaps an annotated span; an annotated span
counts as found when a finding overlaps it. Overlap rather than exact bounds, because
what matters for the guard is that the coordinator is shown the spot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from emp_desktop.privacy.freetext import Finding, NameContext, OwnName, scan

# The date the synthetic notes were written against (birth dates are judged by age).
NOTES_DATE = date(2026, 12, 1)


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int
    per_kind_missed: dict

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def context_of(note: dict) -> NameContext:
    from emp_desktop.domain.vocabulary import fold

    first, surname = note["own"]
    others = frozenset(t for f, s in note["others"] for t in fold(f"{f} {s}").split())
    return NameContext(OwnName((first,), surname), others)


def score(notes: Iterable[dict], detect: Callable[[dict], list[Finding]]) -> Score:
    tp = fp = fn = 0
    missed: dict[str, int] = {}
    for note in notes:
        found = detect(note)
        gold = note["spans"]
        fp += sum(not any(_overlaps(f.start, f.end, s, e) for _, s, e in gold) for f in found)
        for kind, s, e in gold:
            if any(_overlaps(f.start, f.end, s, e) for f in found):
                tp += 1
            else:
                fn += 1
                missed[kind] = missed.get(kind, 0) + 1
    return Score(tp, fp, fn, missed)


def combined(note: dict) -> list[Finding]:
    return scan(note["text"], context_of(note), today=NOTES_DATE)


def patterns_only(note: dict) -> list[Finding]:
    return scan(note["text"], context_of(note), today=NOTES_DATE, use_deduce=False)


def deduce_only(note: dict) -> list[Finding]:
    from emp_desktop.privacy.freetext import deduce_spans, merge

    return merge(deduce_spans(note["text"], context_of(note).own))
