"""The manual: every link and image resolves, the screenshots stay small, the privacy
statement is what the code says today, and the PDF has one outline entry per chapter."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "handleiding"
sys.path.insert(0, str(ROOT / "tools"))

import build_manual  # noqa: E402

LINK = re.compile(r"\]\(([^)#\s]+)\)")


def test_every_link_and_image_in_the_manual_exists() -> None:
    for chapter in build_manual.chapters():
        for target in LINK.findall(chapter.read_text(encoding="utf-8")):
            assert (MANUAL / target).is_file(), (chapter.name, target)


def test_every_chapter_is_in_the_contents() -> None:
    contents = (MANUAL / "00-inhoud.md").read_text(encoding="utf-8")
    for chapter in build_manual.chapters()[1:]:
        assert f"]({chapter.name})" in contents, chapter.name


def test_screenshots_are_small_pngs() -> None:
    images = list((MANUAL / "img").iterdir())
    assert images and all(p.suffix == ".png" for p in images)
    assert sum(p.stat().st_size for p in images) < 400 * 1024


def test_the_privacy_statement_is_generated_from_the_code() -> None:
    committed = (MANUAL / build_manual.PRIVACY).read_text(encoding="utf-8")
    assert committed == build_manual.privacy_statement(), "run: make manual"
    assert "256 MiB" in committed and "k = 5" in committed


def test_the_pdf_has_every_chapter_in_its_outline_and_linked_from_the_contents() -> None:
    pytest.importorskip("markdown_it")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(build_manual.build_pdf()))
    entries = [item for item in reader.outline if not isinstance(item, list)]
    assert len(entries) == len(build_manual.chapters())
    assert entries[0].title == "Handleiding EMP Desktop"
    starts = [reader.get_destination_page_number(entry) for entry in entries]
    assert starts == sorted(set(starts))  # each chapter starts on a later page
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    targets = {reader.get_page_number(link["/Dest"][0].get_object()) for link in links}
    assert targets == set(starts[1:])  # the contents link to every other chapter
