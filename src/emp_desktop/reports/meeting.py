"""Agenda and minutes of a zorgoverleg or casusoverleg. Cases appear by pseudonym code
only: the DTOs have no field that could hold a name, and MeetingCase refuses a code that
is not a pseudonym. Free-text decisions are printed as entered, so the GUI reminds the
user not to type names there."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from emp_desktop.reports.blocks import field_list, record_table
from emp_desktop.reports.dto import Field, MeetingData, RecordTable
from emp_desktop.reports.layout import (
    PdfMeta,
    build_pdf,
    dutch_date,
    dutch_short_date,
    heading,
    para,
    register_fonts,
    text_blocks,
)

KIND_LABELS = {"zorgoverleg": "Zorgoverleg", "casusoverleg": "Casusoverleg"}
PSEUDONYM_NOTE = "Casussen worden alleen met hun dossiercode besproken en genoteerd."


def _kind(data: MeetingData) -> str:
    try:
        return KIND_LABELS[data.kind]
    except KeyError:
        raise ValueError(f"unknown meeting kind {data.kind!r}") from None


def _header(data: MeetingData, document: str) -> list[Flowable]:
    fields = [Field("Datum", dutch_date(data.date))]
    if data.location:
        fields.append(Field("Locatie", data.location))
    fields.append(Field("Deelnemende organisaties", ", ".join(data.attending_organisations)))
    return [
        heading(f"{document} {_kind(data).lower()}"),
        field_list(fields),
        Spacer(1, 6),
        para(PSEUDONYM_NOTE, "small"),
    ]


def _actions(data: MeetingData) -> RecordTable:
    return RecordTable(
        ("Dossiercode", "Actiepunt", "Wie", "Uiterlijk"),
        tuple(
            (a.code or "algemeen", a.description, a.owner, dutch_short_date(a.due))
            for a in data.actions
        ),
    )


def _meta(data: MeetingData, document: str) -> PdfMeta:
    title = f"{document} {_kind(data).lower()} {dutch_date(data.date)}"
    return PdfMeta(
        title=title,
        author=data.organisation_name,
        subject=f"{document} {_kind(data).lower()}",
        footer=f"{title} · {data.organisation_name}",
    )


def render_meeting_agenda(data: MeetingData) -> bytes:
    """The agenda: opening, open actions, the cases to discuss, any other business."""
    register_fonts()
    cases = RecordTable(
        ("Nr.", "Dossiercode", "Fase", "Intensiteit"),
        tuple((str(i), c.code, c.phase, c.intensity) for i, c in enumerate(data.cases, 1)),
    )
    story: list[Flowable] = [
        *_header(data, "Agenda"),
        heading("1. Opening en vaststellen agenda", 2),
        heading("2. Actiepunten vorig overleg", 2),
        record_table(_actions(data)),
        heading("3. Casusbespreking", 2),
        record_table(cases),
        heading("4. Rondvraag en sluiting", 2),
    ]
    return build_pdf(story, _meta(data, "Agenda"))


def render_meeting_minutes(data: MeetingData) -> bytes:
    """The minutes: notes, the decision per case, and the action items."""
    register_fonts()
    decisions = RecordTable(
        ("Dossiercode", "Fase", "Intensiteit", "Besluit"),
        tuple((c.code, c.phase, c.intensity, c.decision or "—") for c in data.cases),
    )
    story: list[Flowable] = [
        *_header(data, "Verslag"),
        heading("Verloop", 2),
        *(text_blocks(data.minutes) or [para("—")]),
        heading("Besluiten per casus", 2),
        record_table(decisions),
        heading("Actiepunten", 2),
        record_table(_actions(data)),
    ]
    return build_pdf(story, _meta(data, "Verslag"))
