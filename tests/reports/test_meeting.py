"""Zorgoverleg agenda and minutes: pseudonym codes only."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from emp_desktop.reports.dto import MeetingAction, MeetingCase, MeetingData
from emp_desktop.reports.meeting import render_meeting_agenda, render_meeting_minutes
from emp_desktop.reports.sample import sample_meeting
from tests.reports.pdftext import CANARY, all_text, metadata_text


def test_agenda_lists_the_codes_and_the_organisations() -> None:
    pdf = render_meeting_agenda(sample_meeting())
    text = all_text(pdf)
    for expected in (
        "Agenda zorgoverleg",
        "16 september 2025",
        "EMP-2025-0042",
        "EMP-2025-0107",
        "EMP-2024-0311",
        "Casusbespreking",
        "Humanitas",
        "Aanmelding GGZ versnellen",
        "30-09-2025",
    ):
        assert expected in text, expected
    assert "Agenda zorgoverleg 16 september 2025" in metadata_text(pdf)


def test_minutes_hold_decisions_and_actions() -> None:
    text = all_text(render_meeting_minutes(sample_meeting("casusoverleg")))
    for expected in (
        "Verslag casusoverleg",
        "GGZ-traject starten",
        "Afschalen naar nazorg",
        "Evaluatie convenant agenderen",
        "algemeen",
    ):
        assert expected in text, expected


def test_no_dto_has_a_field_for_a_name() -> None:
    for cls in (MeetingData, MeetingCase, MeetingAction):
        names = {f.name for f in dataclasses.fields(cls)}
        assert not any("name" in n and n != "organisation_name" for n in names), cls


@pytest.mark.parametrize("code", [CANARY, "Jan Jansen", "EMP-25-1", "emp-2025-0042", ""])
def test_a_case_code_must_be_a_pseudonym(code: str) -> None:
    with pytest.raises(ValueError, match="pseudonym"):
        MeetingCase(code, "Intake", "Regulier")
    with pytest.raises(ValueError, match="pseudonym"):
        MeetingAction(code, "Bellen", "GGZ", date(2025, 1, 1))


def test_the_refusal_does_not_echo_the_name() -> None:
    with pytest.raises(ValueError) as caught:
        MeetingCase(CANARY, "Intake", "Regulier")
    assert CANARY not in str(caught.value)


def test_unknown_meeting_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        render_meeting_agenda(dataclasses.replace(sample_meeting(), kind="borrel"))
