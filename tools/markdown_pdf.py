"""Markdown (the subset the manual uses) to ReportLab flowables.

Headings, paragraphs, bullet and numbered lists, block quotes, tables, code blocks,
images and inline bold/italic/code/links. Links to another chapter become links inside
the PDF; anything else is shown as text (a manual has no business sending readers off).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Image,
    PageBreak,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
)

from emp_desktop.reports.layout import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_BOLD,
    FONT_ITALIC,
    FRAME_W,
    RULE,
    heading,
    styles,
    table_style,
)

_PARSER = MarkdownIt("commonmark").enable("table")
MAX_IMAGE_H = 11 * cm


def _inline(token: Token, anchor: Callable[[str], str]) -> str:
    """ReportLab's paragraph markup for one inline token's children."""
    out: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            out.append(escape(child.content, quote=False))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" " if kind == "softbreak" else "<br/>")
        elif kind == "strong_open":
            out.append(f'<font name="{FONT_BOLD}">')
        elif kind == "em_open":
            out.append(f'<font name="{FONT_ITALIC}">')
        elif kind in ("strong_close", "em_close"):
            out.append("</font>")
        elif kind == "code_inline":
            out.append(f'<font color="#5b2d8a">{escape(child.content, quote=False)}</font>')
        elif kind == "link_open":
            href = str(child.attrs.get("href", ""))
            out.append(
                f'<a href="#{anchor(href)}" color="#{ACCENT.hexval()[2:]}">'
                if href.endswith(".md")
                else "<u>"
            )
        elif kind == "link_close":
            out.append("</a>" if out and "<a href" in "".join(out[-8:]) else "</u>")
    return "".join(out)


def _image(path: Path) -> Flowable:
    picture = Image(str(path))
    scale = min(FRAME_W / picture.imageWidth, MAX_IMAGE_H / picture.imageHeight, 0.6)
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    picture.hAlign = "LEFT"
    return picture


def _table(rows: list[list[str]]) -> Table:
    cell = styles()["cell"]
    head = styles()["cell_bold"]
    data = [
        [Paragraph(text, head if r == 0 else cell) for text in row] for r, row in enumerate(rows)
    ]
    table = Table(data, hAlign="LEFT", colWidths=None)
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


class _Story:
    def __init__(self, folder: Path, chapter_anchor: str, anchor: Callable[[str], str]) -> None:
        self.folder, self.chapter_anchor, self.anchor = folder, chapter_anchor, anchor
        self.flowables: list[Flowable] = []
        self.lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self.quote = 0
        self.rows: list[list[str]] | None = None
        self.heading_level = 0

    def style(self) -> ParagraphStyle:
        base = styles()["body"]
        if self.quote:
            return ParagraphStyle(
                "Quote",
                parent=base,
                leftIndent=12,
                textColor=ACCENT,
                backColor=ACCENT_LIGHT,
                borderPadding=4,
            )
        if self.lists:
            return ParagraphStyle(
                "Item", parent=styles()["bullet"], leftIndent=14 * len(self.lists)
            )
        return base

    def paragraph(self, markup: str) -> None:
        if self.lists and self.lists[-1] is not None and self._item_fresh:
            numbers = self.lists[-1]
            bullet = f"{numbers[0]}." if numbers else "•"
            if numbers:
                numbers[0] += 1
            self._item_fresh = False
            self.flowables.append(Paragraph(markup, self.style(), bulletText=bullet))
            return
        self.flowables.append(Paragraph(markup, self.style()))

    def inline(self, token: Token) -> None:
        children = token.children or []
        if len(children) == 1 and children[0].type == "image":
            self.flowables.append(_image(self.folder / str(children[0].attrs["src"])))
            return
        markup = _inline(token, self.anchor)
        if self.rows is not None:
            self.rows[-1].append(markup)
        elif self.heading_level:
            self._heading(token.content)
        else:
            self.paragraph(markup)

    def _heading(self, text: str) -> None:
        flowable = heading(text, min(self.heading_level, 2))
        if self.heading_level == 1:
            flowable.text = f'<a name="{self.chapter_anchor}"/>' + flowable.text
            flowable._setup = None  # noqa: SLF001 - re-parse with the anchor
            flowable = Paragraph(flowable.text, flowable.style)
            flowable.toc_level, flowable.toc_text = 0, text  # type: ignore[attr-defined]
        elif self.heading_level > 2:
            flowable = Paragraph(escape(text, quote=False), styles()["h2"])
        self.flowables.append(flowable)

    def token(self, token: Token) -> None:
        kind = token.type
        if kind == "heading_open":
            self.heading_level = int(token.tag[1])
        elif kind == "heading_close":
            self.heading_level = 0
        elif kind == "inline":
            self.inline(token)
        elif kind == "bullet_list_open":
            self.lists.append([])
        elif kind == "ordered_list_open":
            self.lists.append([int(token.attrs.get("start", 1) or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            self._item_fresh = True
        elif kind == "blockquote_open":
            self.quote += 1
        elif kind == "blockquote_close":
            self.quote -= 1
        elif kind == "table_open":
            self.rows = []
        elif kind == "tr_open" and self.rows is not None:
            self.rows.append([])
        elif kind == "table_close" and self.rows is not None:
            self.flowables += [_table(self.rows), Spacer(1, 6)]
            self.rows = None
        elif kind in ("code_block", "fence"):
            code = ParagraphStyle("Code", parent=styles()["body"], leftIndent=12, textColor=ACCENT)
            self.flowables.append(Preformatted(token.content.rstrip(), code))

    _item_fresh = False


def chapter_story(
    path: Path, chapter_anchor: str, anchor: Callable[[str], str], *, new_page: bool
) -> list[Flowable]:
    """One chapter; its first heading carries `chapter_anchor` (a named destination)."""
    story = _Story(path.parent, chapter_anchor, anchor)
    for token in _PARSER.parse(path.read_text(encoding="utf-8")):
        story.token(token)
    return [PageBreak(), *story.flowables] if new_page else story.flowables
