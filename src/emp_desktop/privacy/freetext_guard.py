"""The blocking check before free text leaves: every finding gets a decision.

A document is a set of `TextField`s. `findings_of` scans them; `resolve` turns them into
the texts that may be printed, given the coordinator's `Resolution` (per finding, or
one choice for all as the CLI offers). A finding without a decision, or a "keep"
without a reason, stops the document: nothing is written before every finding is
decided.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from emp_desktop.privacy.freetext import Finding, NameContext, replace, scan


@dataclass(frozen=True)
class TextField:
    key: str  # stable within one document, e.g. "contact:12:note"
    field: str  # what kind of field, e.g. "contact.notitie" (reported; never the text)
    text: str
    person_code: str | None = None


@dataclass(frozen=True)
class FieldFindings:
    field: TextField
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Decision:
    field_key: str
    start: int
    end: int
    keep: bool
    reason: str = ""


@dataclass(frozen=True)
class Resolution:
    """Either per-finding decisions, or one choice for every finding."""

    decisions: tuple[Decision, ...] = ()
    replace_all: bool = False
    keep_all_reason: str = ""

    @classmethod
    def replace_everything(cls) -> Resolution:
        return cls(replace_all=True)

    @classmethod
    def keep_everything(cls, reason: str) -> Resolution:
        return cls(keep_all_reason=reason)


@dataclass(frozen=True)
class Resolved:
    texts: dict[str, str]
    replaced: Counter
    kept: Counter
    reasons: tuple[str, ...]


class Unresolved(Exception):
    def __init__(self, open_findings: int, missing_reason: bool = False) -> None:
        super().__init__(open_findings)
        self.open_findings, self.missing_reason = open_findings, missing_reason


def findings_of(
    fields: list[TextField], contexts: dict[str | None, NameContext]
) -> list[FieldFindings]:
    found = []
    for f in fields:
        hits = scan(f.text, contexts.get(f.person_code) or contexts.get(None))
        if hits:
            found.append(FieldFindings(f, tuple(hits)))
    return found


def _decision(resolution: Resolution, key: str, finding: Finding) -> Decision | None:
    if resolution.replace_all:
        return Decision(key, finding.start, finding.end, keep=False)
    if resolution.keep_all_reason:
        return Decision(key, finding.start, finding.end, True, resolution.keep_all_reason.strip())
    for d in resolution.decisions:
        if (d.field_key, d.start, d.end) == (key, finding.start, finding.end):
            return d
    return None


def resolve(
    fields: list[TextField], found: list[FieldFindings], resolution: Resolution | None
) -> Resolved:
    resolution = resolution or Resolution()
    texts = {f.key: f.text for f in fields}
    replaced, kept, reasons, missing, no_reason = Counter(), Counter(), [], 0, False
    for item in found:
        to_replace = []
        for finding in item.findings:
            decision = _decision(resolution, item.field.key, finding)
            if decision is None:
                missing += 1
            elif decision.keep and not decision.reason.strip():
                missing, no_reason = missing + 1, True
            elif decision.keep:
                kept[finding.kind] += 1
                reasons.append(decision.reason.strip())
            else:
                replaced[finding.kind] += 1
                to_replace.append(finding)
        texts[item.field.key] = replace(item.field.text, to_replace)
    if missing:
        raise Unresolved(missing, no_reason)
    return Resolved(texts, replaced, kept, tuple(dict.fromkeys(reasons)))
