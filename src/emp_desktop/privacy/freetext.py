"""The free-text guard's detector: Dutch personal data in a note.

Three sources, merged into non-overlapping findings:
- `deduce` (the Dutch clinical de-identifier): names in general, the person's own name
  (passed as its `patient`), phone numbers, e-mail, BSN, street addresses;
- our own patterns (`freetext_patterns`) for what deduce does not check: the BSN
  elfproef, IBAN checksums, licence plates, postcodes, international phone numbers,
  dates of birth;
- the names of other persons in the vault, looked up word by word in a set (deduce
  knows only one patient per text).

A finding carries its kind and position, never the matched text: callers that report
findings (CLI, audit) cannot leak what they found.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from emp_desktop.domain.vocabulary import fold
from emp_desktop.privacy import freetext_patterns

KINDS = (
    "naam",
    "telefoon",
    "bsn",
    "iban",
    "email",
    "postcode",
    "adres",
    "kenteken",
    "geboortedatum",
)
# What a finding is replaced by ("vervang door …").
PLACEHOLDERS = {kind: f"[{'e-mail' if kind == 'email' else kind}]" for kind in KINDS}
# When two findings overlap, the more specific, checksummed kind wins.
_PRIORITY = {
    k: i
    for i, k in enumerate(
        (
            "bsn",
            "iban",
            "email",
            "kenteken",
            "telefoon",
            "postcode",
            "adres",
            "geboortedatum",
            "naam",
        )
    )
}
_DEDUCE_KINDS = {
    "persoon": "naam",
    "patient": "naam",
    "telefoonnummer": "telefoon",
    "email": "email",
    "emailadres": "email",
    "bsn": "bsn",
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Known names shorter than this must be written with a capital to count: "Bos" is a
# surname, "bos" a forest.
_MIN_ANYCASE = 6


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.kind]


@dataclass(frozen=True)
class OwnName:
    first_names: tuple[str, ...] = ()
    surname: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameContext:
    """Who may be named: the person the text is about, and everyone else in the vault
    (folded name parts of clients and contact persons)."""

    own: OwnName = field(default_factory=OwnName)
    others: frozenset[str] = frozenset()


_model_lock = threading.Lock()
_model = None


def _deduce():  # noqa: ANN202
    """deduce loads its lookup lists from its own package data (built once at install,
    see the Makefile); it never reaches the network. Loading takes a second or two, so
    it is done once per process, on first use."""
    global _model
    with _model_lock:
        if _model is None:
            from deduce import Deduce

            _model = Deduce()
        return _model


def warm_up() -> None:
    """Loads deduce ahead of the first note (the GUI calls this off the GUI thread)."""
    _deduce()


def is_loaded() -> bool:
    return _model is not None


def _patient(own: OwnName):  # noqa: ANN202
    if not (own.first_names or own.surname):
        return None
    from deduce.person import Person

    return Person(first_names=list(own.first_names) or None, surname=own.surname or None)


def deduce_spans(text: str, own: OwnName) -> list[tuple[str, int, int]]:
    patient = _patient(own)
    metadata = {"patient": patient} if patient else None
    document = _deduce().deidentify(text, metadata=metadata)
    spans = []
    for annotation in document.annotations:
        tag = (
            annotation.tag.split("_")[0] if annotation.tag.startswith("patient") else annotation.tag
        )
        kind = _DEDUCE_KINDS.get(tag) or _DEDUCE_KINDS.get(annotation.tag)
        if (
            kind is None
            and annotation.tag == "locatie"
            and any(c.isdigit() for c in annotation.text)
        ):
            kind = "adres"  # a street with a house number; a town alone is no address
        if kind is None and "persoon" in annotation.tag:
            kind = "naam"
        if kind:
            spans.append((kind, annotation.start_char, annotation.end_char))
    return spans


def _name_keys(own: OwnName) -> set[str]:
    parts = [*own.first_names, own.surname, *own.aliases]
    return {token for part in parts for token in fold(part).split() if len(token) > 1}


def known_name_spans(
    text: str, names: Iterable[str] | frozenset[str]
) -> list[tuple[str, int, int]]:
    names = names if isinstance(names, (set, frozenset)) else set(names)
    if not names:
        return []
    spans = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        key = fold(word)
        if key in names and (word[0].isupper() or len(word) >= _MIN_ANYCASE):
            spans.append(("naam", m.start(), m.end()))
    return spans


def merge(spans: Iterable[tuple[str, int, int]]) -> list[Finding]:
    """Overlapping spans become one finding: the union of their extent, the kind of the
    most specific one."""
    ordered = sorted(spans, key=lambda s: (s[1], -s[2]))
    merged: list[list] = []
    for kind, start, end in ordered:
        if merged and start < merged[-1][2]:
            last = merged[-1]
            last[2] = max(last[2], end)
            if _PRIORITY[kind] < _PRIORITY[last[0]]:
                last[0] = kind
            continue
        merged.append([kind, start, end])
    # adjacent name parts ("Daan" + "de Vries") are one name
    joined: list[list] = []
    for item in merged:
        if joined and item[0] == joined[-1][0] == "naam" and item[1] - joined[-1][2] <= 1:
            joined[-1][2] = item[2]
        else:
            joined.append(item)
    return [Finding(k, s, e) for k, s, e in joined]


def scan(
    text: str,
    context: NameContext | None = None,
    *,
    today: date | None = None,
    use_deduce: bool = True,
) -> list[Finding]:
    """Every finding in `text`, in order. Empty text has none."""
    if not text or not text.strip():
        return []
    context = context or NameContext()
    spans = freetext_patterns.find_all(text, today)
    spans += known_name_spans(text, context.others | _name_keys(context.own))
    if use_deduce:
        spans += deduce_spans(text, context.own)
    return merge(spans)


def replace(text: str, findings: Iterable[Finding]) -> str:
    """The text with each finding replaced by its placeholder."""
    out, cursor = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < cursor:
            continue
        out += [text[cursor : finding.start], finding.placeholder]
        cursor = finding.end
    out.append(text[cursor:])
    return "".join(out)
