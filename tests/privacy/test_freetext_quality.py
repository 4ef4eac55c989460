"""The detector on the synthetic Dutch note set (tests/data/freetext_notes.jsonl):
precision and recall of deduce alone, our patterns alone, and both (what the guard
uses). The figures are printed so that they can be quoted; the test fails when the
combination falls below what the README states."""

from __future__ import annotations

import json
from pathlib import Path

from emp_desktop.privacy import freetext_score

NOTES = Path(__file__).parents[1] / "data" / "freetext_notes.jsonl"


def _notes() -> list[dict]:
    return [json.loads(line) for line in NOTES.read_text(encoding="utf-8").splitlines() if line]


def test_the_note_set_is_big_enough_and_has_every_kind():
    notes = _notes()
    kinds = {k for n in notes for k, _, _ in n["spans"]}
    assert len(notes) >= 100 and sum(not n["spans"] for n in notes) >= 30
    assert kinds == {
        "naam",
        "telefoon",
        "bsn",
        "iban",
        "email",
        "postcode",
        "adres",
        "kenteken",
        "geboortedatum",
    }


def test_precision_and_recall_of_the_guard(capsys):
    notes = _notes()
    figures = {}
    for name in ("deduce_only", "patterns_only", "combined"):
        result = freetext_score.score(notes, getattr(freetext_score, name))
        figures[name] = result
        with capsys.disabled():
            print(
                f"\n{name}: precision {result.precision:.3f} recall {result.recall:.3f} "
                f"missed {result.per_kind_missed} fp {result.false_positives}"
            )
    assert figures["combined"].recall >= 0.95
    assert figures["combined"].precision >= 0.90
    # The combination must add to each source, or it is not worth its cost.
    assert figures["combined"].recall > figures["deduce_only"].recall
    assert figures["combined"].recall > figures["patterns_only"].recall
