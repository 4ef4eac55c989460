"""Reading generated PDFs back with pypdf, a reader independent of ReportLab."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from tests.conftest import CANARY

__all__ = ["CANARY", "PASSWORD", "all_text", "metadata_text", "page_texts", "reader"]

PASSWORD = "paarse-olifant-leest-7-kranten"


def reader(pdf: bytes, password: str | None = None) -> PdfReader:
    result = PdfReader(io.BytesIO(pdf))
    if password is not None:
        result.decrypt(password)
    return result


def page_texts(pdf: bytes, password: str | None = None) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf, password).pages]


def all_text(pdf: bytes, password: str | None = None) -> str:
    """Text of all pages with whitespace runs collapsed, so wrapped lines still match."""
    return re.sub(r"\s+", " ", "\n".join(page_texts(pdf, password)))


def metadata_text(pdf: bytes, password: str | None = None) -> str:
    info = reader(pdf, password).metadata or {}
    return " ".join(str(value) for value in info.values())
