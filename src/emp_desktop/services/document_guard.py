"""The free-text guard for documents that go to partners: which texts of a meeting
agenda, minutes or handover summary are free text, and the document with the decided
texts put back. `document_service` calls `guard_meeting` / `guard_summary` before it
renders; nothing is rendered while a finding is undecided."""

from __future__ import annotations

from dataclasses import replace

from emp_desktop.privacy.freetext_guard import Resolution, TextField
from emp_desktop.reports.dto import MeetingData
from emp_desktop.services import freetext_service
from emp_desktop.storage.vault import OpenVault


def meeting_fields(data: MeetingData) -> list[TextField]:
    fields = [
        TextField(f"case:{i}", "overleg.besluit", c.decision, c.code)
        for i, c in enumerate(data.cases)
        if c.decision.strip()
    ]
    fields += [
        TextField(f"action:{i}", "actie", a.description, a.code)
        for i, a in enumerate(data.actions)
        if a.description.strip()
    ]
    if data.minutes.strip():
        fields.append(TextField("minutes", "overleg.notulen", data.minutes))
    return fields


def guard_meeting(
    opened: OpenVault, data: MeetingData, document: str, resolution: Resolution | None
) -> MeetingData:
    texts = freetext_service.guard(opened, document, meeting_fields(data), resolution)
    cases = tuple(
        replace(c, decision=texts.get(f"case:{i}", c.decision)) for i, c in enumerate(data.cases)
    )
    actions = tuple(
        replace(a, description=texts.get(f"action:{i}", a.description))
        for i, a in enumerate(data.actions)
    )
    return replace(data, cases=cases, actions=actions, minutes=texts.get("minutes", data.minutes))


def summary_fields(summary: str, code: str) -> list[TextField]:
    return [TextField("summary", "overdracht.samenvatting", summary, code)] if summary else []


def guard_summary(opened: OpenVault, summary: str, code: str, resolution: Resolution | None) -> str:
    fields = summary_fields(summary, code)
    texts = freetext_service.guard(opened, "overdracht_pdf", fields, resolution, subject=code)
    return texts.get("summary", summary)
