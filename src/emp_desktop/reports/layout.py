"""What every EMP Desktop PDF shares: embedded fonts, styles, Dutch dates, page frame,
page numbers "Pagina X van Y", headings that feed the table of contents and the PDF
outline, and a build that stays in memory (the bytes never touch the disk here)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from html import escape as _html_escape

from babel.dates import format_date, format_datetime
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from emp_desktop.locations import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
INK = colors.HexColor("#1f2a44")
ACCENT = colors.HexColor("#6a3d9a")  # the purple of the organisation's house style
ACCENT_LIGHT = colors.HexColor("#efe9f5")
MUTED = colors.HexColor("#5b6170")
RULE = colors.HexColor("#c9c3d6")
PAGE_W, PAGE_H = A4
MARGIN = 2.0 * cm
FRAME_W = PAGE_W - 2 * MARGIN
LANG = "nl-NL"
CREATOR = "EMP Desktop"

Progress = Callable[[int, int], None]


@cache
def register_fonts() -> str:
    """Register DejaVu Sans once per process: the base-14 fonts cannot show every Dutch
    character reliably and are never embedded, TTF subsets are."""
    folder = resources_dir() / "fonts"
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return FONT


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "Body",
        fontName=FONT,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,
    )
    bold = {"fontName": FONT_BOLD}
    return {
        "body": body,
        "small": ParagraphStyle("Small", parent=body, fontSize=7.5, leading=10, textColor=MUTED),
        # keepWithNext: a heading never stays behind alone at the bottom of a page.
        "h1": ParagraphStyle(
            "Heading1",
            parent=body,
            **bold,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "Heading2",
            parent=body,
            **bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        **_cell_styles(body),
        # The bullet glyph needs the embedded font too, or ReportLab picks Helvetica.
        "bullet": ParagraphStyle(
            "Bullet", parent=body, leftIndent=14, bulletIndent=3, bulletFontName=FONT
        ),
    }


def _cell_styles(body: ParagraphStyle) -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    return {
        "cell": cell,
        "cell_bold": ParagraphStyle("CellBold", parent=cell, fontName=FONT_BOLD),
        "cell_head_right": ParagraphStyle(
            "CellHeadRight", parent=cell, fontName=FONT_BOLD, alignment=TA_RIGHT
        ),
    }


def escape(text: str) -> str:
    """Plain text for a Paragraph, which parses markup ("<5" would be a broken tag).
    html.escape, not xml.sax.saxutils: the latter imports urllib.request, and the app
    must not load network modules at all (tests/test_no_network.py)."""
    return _html_escape(text, quote=False)


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells default to the embedded font: a Table otherwise selects
    Helvetica for every cell, a font the PDF would reference without embedding."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def para(text: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of *plain* text: escaped, because user text and "<5" are not markup."""
    chosen = styles()[style] if isinstance(style, str) else style
    return Paragraph(escape(text).replace("\n", "<br/>"), chosen)


def heading(text: str, level: int = 1) -> Paragraph:
    """A heading the document template picks up for the contents and the PDF outline."""
    paragraph = Paragraph(escape(text), styles()["h1" if level == 1 else "h2"])
    paragraph.toc_level = level - 1  # type: ignore[attr-defined]
    paragraph.toc_text = text  # type: ignore[attr-defined]
    return paragraph


def text_blocks(text: str) -> list[Flowable]:
    """Editable free text: blank lines separate paragraphs, "- " or "• " lines are bullets."""
    flowables: list[Flowable] = []
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if not block:
            continue
        for line in _bullet_lines(block):
            flowables.append(line)
    return flowables


def _bullet_lines(block: str) -> list[Flowable]:
    lines = block.split("\n")
    if not all(line.lstrip().startswith(("- ", "• ", "* ")) for line in lines):
        return [para(" ".join(line.strip() for line in lines))]
    style = styles()["bullet"]
    return [Paragraph(escape(line.lstrip()[2:].strip()), style, bulletText="•") for line in lines]


def dutch_date(value: date | datetime) -> str:
    """26 juli 2018 — Babel, never strftime, so month names are Dutch on every OS."""
    day = value.date() if isinstance(value, datetime) else value
    return format_date(day, format="long", locale="nl_NL")


def dutch_short_date(value: date | datetime) -> str:
    """26-07-2018, the dd-mm-jjjj the product brief asks for in lists."""
    day = value.date() if isinstance(value, datetime) else value
    return format_date(day, format="dd-MM-yyyy", locale="nl_NL")


def dutch_datetime(value: datetime) -> str:
    return format_datetime(value, format="dd-MM-yyyy HH:mm", locale="nl_NL")


@dataclass(frozen=True)
class PdfMeta:
    """Document properties. They must never hold personal data: they are readable in
    every viewer's properties dialog and survive copying of the file."""

    title: str
    author: str  # the organisation
    subject: str
    footer: str  # left part of the footer, e.g. "Jaarverslag 2025 · EMP"


def _draw_footer(canvas: Canvas, footer: str, page: int, total: int) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, 1.45 * cm, PAGE_W - MARGIN, 1.45 * cm)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, 1.05 * cm, footer)
    canvas.drawRightString(PAGE_W - MARGIN, 1.05 * cm, f"Pagina {page} van {total}")
    canvas.restoreState()


class ReportDocTemplate(BaseDocTemplate):
    """One frame per page; headings become TOC entries, bookmarks and outline items, so
    a screen-reader user can navigate by the PDF outline.

    "Pagina X van Y" needs Y before the last page exists: each pass prints the total of
    the pass before, and the build is only done when the printed total was right (this
    rides on multiBuild, which already repeats passes until the contents are stable)."""

    def __init__(self, buffer: io.BytesIO, meta: PdfMeta, cover_page: bool = False) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator=CREATOR,
            producer=CREATOR,
            keywords=[],
            lang=LANG,
            displayDocTitle=True,
            initialFontName=register_fonts(),
        )
        frame = Frame(MARGIN, MARGIN, FRAME_W, PAGE_H - 2 * MARGIN, id="body", showBoundary=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._footer)])
        self._heading_seq = 0
        self._footer_text, self._cover_page = meta.footer, cover_page
        self._known_total: int | None = None
        self._printed_total: int | None = None

    def build(self, flowables: list[Flowable], **kwargs: object) -> None:
        self._printed_total = self._known_total
        super().build(flowables, **kwargs)
        self._known_total = self.page

    def _allSatisfied(self) -> bool:  # noqa: N802 - ReportLab's name
        return bool(super()._allSatisfied()) and self._printed_total == self._known_total

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Drawn at the end of the page, so the body comes first in the reading order.
        if not (self._cover_page and doc.page == 1):
            total = self._printed_total if self._printed_total is not None else doc.page
            _draw_footer(canvas, self._footer_text, doc.page, total)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        self._heading_seq += 1
        key = f"h{self._heading_seq}"
        text = flowable.toc_text  # type: ignore[attr-defined]
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self.notify("TOCEntry", (level, text, self.page, key))

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab's name
        self._heading_seq = 0  # every multiBuild pass must produce the same keys
        super().handle_documentBegin()


class ContentsTable(TableOfContents):
    """Contents as a two-column table: the title, then its page number. ReportLab's own
    dot leaders are drawn *before* the title in the content stream, so a screen reader
    (or copy-paste) would read the page number first; here the reading order is logical."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        entries = self._lastEntries or [(0, "Inhoudsopgave volgt", 0, None)]
        number_style = styles()["cell"].clone(
            "TOCNumber", alignment=TA_RIGHT, fontSize=10, leading=16
        )
        rows = []
        for level, text, page, key in entries:
            link = f'<a href="#{key}">{escape(text)}</a>' if key else escape(text)
            rows.append(
                [
                    Paragraph(link, self.getLevelStyle(level)),
                    Paragraph(str(page) if key else "", number_style),
                ]
            )
        self._table = Table(rows, colWidths=(availWidth - 40, 40), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def contents_table() -> TableOfContents:
    toc = ContentsTable(
        tableStyle=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    base = styles()["body"]
    toc.levelStyles = [
        ParagraphStyle(
            "TOC1", parent=base, fontName=FONT_BOLD, fontSize=10, leading=16, spaceAfter=0
        ),
        ParagraphStyle("TOC2", parent=base, fontSize=9, leading=14, leftIndent=14, spaceAfter=0),
    ]
    return toc


def build_pdf(
    story: Sequence[Flowable],
    meta: PdfMeta,
    *,
    cover_page: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """Lay out `story` in memory, in as many passes as the contents table and the page
    total need (two for a plain document, usually three with contents)."""
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, meta, cover_page)
    if progress is not None:
        doc.setProgressCallBack(_progress_adapter(progress, len(story)))
    doc.multiBuild(list(story))
    if progress is not None:
        progress(100, 100)
    return buffer.getvalue()


def _progress_adapter(progress: Progress, flowables: int) -> Callable[[str, int], None]:
    """Map ReportLab's (kind, value) callbacks to a monotonic 0..100 percentage; a
    contents table usually needs three passes, so each pass gets a third (capped)."""
    state = {"pass": 1, "last": 0}

    def on_progress(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
        elif kind == "PROGRESS" and flowables:
            done = (min(state["pass"], 3) - 1 + value / flowables) / 3
            percent = min(99, int(done * 100))
            if percent > state["last"]:
                state["last"] = percent
                progress(percent, 100)

    return on_progress
