"""Reusable building blocks of the reports: key-figure tiles, count tables, record tables,
label/value lists and the logo. Each returns platypus flowables."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table
from reportlab.platypus.flowables import KeepTogether

from emp_desktop.domain.errors import LogoUnreadable
from emp_desktop.reports.charts import bar_rows
from emp_desktop.reports.dto import HIDDEN_LEGEND, CountTable, Field, Figure, RecordTable
from emp_desktop.reports.layout import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    FRAME_W,
    INK,
    RULE,
    escape,
    para,
    styles,
    table_style,
)

TABLE_BASE = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
]
ZEBRA = colors.HexColor("#f7f6fa")


def figure_tiles(items: Sequence[tuple[str, str]], per_row: int = 4) -> Table:
    """Key figures as tiles of equal width: (big text, meaning). Hidden figures show their
    marker ("·") where a number would be, so the layout does not hint either way."""
    big = styles()["body"].clone(
        "TileNumber", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=1
    )
    small = styles()["body"].clone("TileLabel", fontSize=7.8, leading=10, spaceAfter=0)
    cells = [[Paragraph(_esc(value), big), Paragraph(_esc(label), small)] for value, label in items]
    columns = max(1, min(per_row, len(cells)))
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for r, row in enumerate(rows):
        style += [("BACKGROUND", (c, r), (c, r), ACCENT_LIGHT) for c in range(len(row))]
        style += [("LINEAFTER", (c, r), (c, r), 3, colors.white) for c in range(len(row))]
        row += [""] * (columns - len(row))
    style.append(("LINEBELOW", (0, 0), (-1, -2), 3, colors.white))
    table = Table(rows, colWidths=[FRAME_W / per_row] * columns, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def count_table(table: CountTable) -> list[Flowable]:
    """A CountTable as a table: labels left, figures right-aligned, total row bold."""
    cell = styles()["cell"]
    header = [Paragraph(_esc(h), styles()["cell_bold"]) for h in table.dimensions]
    header += [Paragraph(_esc(h), styles()["cell_head_right"]) for h in table.measures]
    body = [
        [Paragraph(_esc(label), cell) for label in row.labels] + [f.text() for f in row.figures]
        for row in table.rows
    ]
    data = [header, *body]
    if table.total is not None:
        data.append(
            [Paragraph(_esc(label), styles()["cell_bold"]) for label in table.total.labels]
            + [f.text() for f in table.total.figures]
        )
    n_dims, n_meas = len(table.dimensions), len(table.measures)
    # Wide enough for the longest header on one line ("Voorlichtingen"), within reason.
    widest = max(stringWidth(h, FONT_BOLD, 8.5) for h in table.measures) + 14
    measure_w = min(max(60.0, widest), FRAME_W * 0.6 / n_meas)
    label_w = (FRAME_W - measure_w * n_meas) / n_dims
    flow = Table(
        data, colWidths=[label_w] * n_dims + [measure_w] * n_meas, repeatRows=1, hAlign="LEFT"
    )
    style = [*TABLE_BASE, ("ALIGN", (n_dims, 0), (-1, -1), "RIGHT")]
    style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(body) + 1, 2)]
    if table.total is not None:
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, INK),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ]
    flow.setStyle(table_style(style))
    return [flow, *hidden_legend(_figures(table)), *_note(table.note)]


def count_block(table: CountTable, chart: bool = True) -> list[Flowable]:
    """A one-way table as a bar chart with its total; anything wider as a table."""
    if not table.rows:
        return [para("Geen gegevens in deze periode.", "small")]
    if not chart or len(table.dimensions) != 1 or len(table.measures) != 1:
        return count_table(table)
    flowables: list[Flowable] = [bar_rows(table, FRAME_W)]
    if table.total is not None:
        flowables.append(para(f"Totaal: {table.total.figures[0].text()}", "small"))
    flowables += hidden_legend(_figures(table))
    return [KeepTogether(flowables + _note(table.note))]


def _figures(table: CountTable) -> list[Figure]:
    rows = [*table.rows, *((table.total,) if table.total else ())]
    return [figure for row in rows for figure in row.figures]


def hidden_legend(figures: Iterable[Figure]) -> list[Flowable]:
    """The marker's meaning, right under every block that shows it: a reader who sees "·"
    next to a table need not look for the explanation elsewhere."""
    return [para(HIDDEN_LEGEND, "small")] if any(f.hidden for f in figures) else []


def _note(note: str) -> list[Flowable]:
    return [Spacer(1, 2), para(note, "small")] if note else [Spacer(1, 4)]


def field_list(fields: Sequence[Field]) -> Table | Paragraph:
    """Label/value rows (personal data documents): labels bold in a narrow column."""
    if not fields:
        return para("Geen gegevens vastgelegd.", "small")
    rows = [
        [
            Paragraph(_esc(f.label), styles()["cell_bold"]),
            Paragraph(_esc(f.value or "—").replace("\n", "<br/>"), styles()["cell"]),
        ]
        for f in fields
    ]
    table = Table(rows, colWidths=[FRAME_W * 0.36, FRAME_W * 0.64], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def record_table(records: RecordTable, widths: Sequence[float] | None = None) -> Flowable:
    """Rows of plain text under a header; long cells wrap, the header repeats per page."""
    if not records.rows:
        return para("Geen gegevens vastgelegd.", "small")
    cell, bold = styles()["cell"], styles()["cell_bold"]
    data = [[Paragraph(_esc(c), bold) for c in records.columns]]
    data += [
        [Paragraph(_esc(v or "—").replace("\n", "<br/>"), cell) for v in row]
        for row in records.rows
    ]
    col_w = list(widths) if widths else _column_widths(records)
    table = Table(data, colWidths=col_w, repeatRows=1, hAlign="LEFT")
    style = [*TABLE_BASE]
    style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
    table.setStyle(table_style(style))
    return table


def _column_widths(records: RecordTable) -> list[float]:
    """Share the width by how much text each column holds (capped, with a floor), so a
    date column stays narrow and a note column gets the room."""
    weights = []
    for i, header in enumerate(records.columns):
        longest = max([len(header)] + [len(row[i]) for row in records.rows])
        weights.append(min(max(longest, 8), 45))
    total = sum(weights)
    return [FRAME_W * w / total for w in weights]


def logo(png: bytes | None, max_w: float, max_h: float) -> Flowable | None:
    """The organisation's logo scaled into a box; unreadable image data is an error the
    user can fix in the settings, so say so rather than print a broken cover."""
    if not png:
        return None
    try:
        width, height = ImageReader(io.BytesIO(png)).getSize()
    except Exception as exc:  # ReportLab/Pillow raise many kinds for bad image data
        raise LogoUnreadable() from exc
    scale = min(max_w / width, max_h / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale, hAlign="LEFT")


def _esc(text: str) -> str:
    return escape(text)
