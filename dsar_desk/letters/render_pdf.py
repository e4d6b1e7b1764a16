"""Render a LetterSpec to PDF bytes: A4, DIN 5008 form B, for a left window envelope.

Positions (millimetres from the top-left corner of the sheet):
- letterhead: name at 20, details in the right column from 15;
- address field: 20 from the left, 45 to 90 from the top; the sender's return line in
  its first 5 mm, the recipient from 62.7 (the window's address zone);
- information block (date, references, rights): from 125 across, 50 down;
- body from 98.5; fold marks at 105 and 210, punch mark at 148.5.
Pages after the first carry a short header (entity, reference) and every page the
"page X of Y" label in the letter's language.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dsar_desk.letters.fonts import BOLD, REGULAR, register_fonts
from dsar_desk.letters.spec import Block, LetterSpec
from dsar_desk.pdf_canvas import PageCountingCanvas, fit_lines

PAGE_W, PAGE_H = A4
LEFT = 25 * mm
RIGHT = 20 * mm
INFO_X = 125 * mm
ADDRESS_X = 20 * mm
ADDRESS_TOP = 45 * mm
RECIPIENT_TOP = 62.7 * mm
RECIPIENT_WIDTH = 75 * mm  # the 85 mm envelope window, less the 5 mm inset on each side
BODY_TOP = 98.5 * mm
BOTTOM = 22 * mm
LATER_TOP = 28 * mm
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#B0B0B0")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=14, spaceAfter=7
    )
    return {
        "body": base,
        "subject": ParagraphStyle("subject", parent=base, fontName=BOLD, fontSize=11.5, spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, spaceBefore=6, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.8, leading=11.5, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=BOLD, fontSize=8.8, leading=11.5),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=3),
    }


_STYLES: dict[str, ParagraphStyle] = {}


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _STYLES[style])


def _table(block: Block, width: float) -> Table:
    if block.kind == "fields":
        rows = [[_p(label, "cell_head"), _p(value, "cell")] for label, value in block.rows]
        table = Table(rows, colWidths=[48 * mm, width - 48 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                ]
            )
        )
        return table
    columns = len(block.rows[0])
    rows = [
        [_p(cell, "cell_head" if index == 0 else "cell") for cell in row]
        for index, row in enumerate(block.rows)
    ]
    first = width * 0.3
    rest = (width - first) / max(1, columns - 1)
    table = Table(rows, colWidths=[first] + [rest] * (columns - 1), hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _body(blocks: tuple[Block, ...]) -> list[Flowable]:
    """Flowables for the body; headings and lead-in lines (ending in ':') stay with what follows."""
    width = PAGE_W - LEFT - RIGHT
    out: list[Flowable] = []
    carry: list[Flowable] = []
    for block in blocks:
        flows: list[Flowable]
        if block.kind == "heading":
            carry.append(_p(block.text, "heading"))
            continue
        if block.kind == "paragraph":
            paragraph = _p(block.text, "body")
            if block.text.rstrip().endswith(":"):
                carry.append(paragraph)
                continue
            flows = [paragraph]
        elif block.kind == "bullets":
            flows = [Paragraph(escape(item), _STYLES["bullet"], bulletText="•") for item in block.items]
        else:
            flows = [Spacer(1, 1), _table(block, width), Spacer(1, 7)]
        if carry:
            index = 1 if block.kind in ("table", "fields") else 0
            flows[index] = KeepTogether([*carry, flows[index]])
            carry = []
        out.extend(flows)
    out.extend(carry)
    return out


def _from_top(y: float) -> float:
    return float(PAGE_H - y)


class _LetterCanvas(PageCountingCanvas):
    """Each page's foot says 'page X of Y' in the letter's language."""

    def __init__(self, *args: Any, spec: LetterSpec, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._spec = spec

    def draw_page_footer(self, number: int, total: int) -> None:
        label = self._spec.page_label.replace("{page}", str(number)).replace("{pages}", str(total))
        self.setFont(REGULAR, 7.5)
        self.setFillColor(GREY)
        self.drawRightString(PAGE_W - RIGHT, 12 * mm, label)


def _first_page(canvas: Canvas, spec: LetterSpec) -> None:
    canvas.saveState()
    # Letterhead: the entity's name on the left, its details in the right column.
    canvas.setFont(BOLD, 15)
    canvas.setFillColor(colors.black)
    canvas.drawString(LEFT, _from_top(22 * mm), spec.letterhead.name)
    canvas.setFont(REGULAR, 7.8)
    canvas.setFillColor(GREY)
    y = 12 * mm
    for line in spec.letterhead.lines:
        for part in _wrap(line, PAGE_W - RIGHT - INFO_X, 7.8):
            if y <= 39 * mm:  # never into the address field; the footer-free header ends here
                canvas.drawString(INFO_X, _from_top(y), part)
            y += 3.4 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, _from_top(41 * mm), PAGE_W - RIGHT, _from_top(41 * mm))
    # Address field: return line, then the recipient in the window zone.
    canvas.setFont(REGULAR, 6.8)
    canvas.drawString(ADDRESS_X + 5 * mm, _from_top(ADDRESS_TOP + 4.5 * mm), spec.return_address)
    canvas.setLineWidth(0.3)
    canvas.line(
        ADDRESS_X + 5 * mm, _from_top(ADDRESS_TOP + 5.5 * mm), ADDRESS_X + 85 * mm, _from_top(51 * mm)
    )
    canvas.setFillColor(colors.black)
    canvas.setFont(REGULAR, 10)
    y = RECIPIENT_TOP + 4 * mm
    # Six lines fit the envelope window; a long name or street wraps inside it, never under
    # the information column to its right.
    window = [part for line in spec.recipient for part in _wrap(line, RECIPIENT_WIDTH, 10)]
    for line in window[:6]:
        canvas.drawString(ADDRESS_X + 5 * mm, _from_top(y), line)
        y += 4.3 * mm
    # Information block.
    y = 50 * mm
    for label, value in spec.info:
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(INFO_X, _from_top(y), label)
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(colors.black)
        for part in _wrap(value, 62 * mm, 9):
            y += 3.9 * mm
            canvas.drawString(INFO_X, _from_top(y), part)
        y += 4.4 * mm
    _marks(canvas)
    canvas.restoreState()


def _wrap(text: str, width: float, size: float) -> list[str]:
    return fit_lines(text, REGULAR, size, width)


def _marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.3)
    for y in (105 * mm, 210 * mm):
        canvas.line(4 * mm, _from_top(y), 8 * mm, _from_top(y))
    canvas.line(4 * mm, _from_top(148.5 * mm), 10 * mm, _from_top(148.5 * mm))


def _later_page(canvas: Canvas, spec: LetterSpec) -> None:
    canvas.saveState()
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(LEFT, _from_top(15 * mm), spec.letterhead.name)
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(GREY)
    canvas.drawRightString(PAGE_W - RIGHT, _from_top(15 * mm), spec.reference)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, _from_top(18 * mm), PAGE_W - RIGHT, _from_top(18 * mm))
    _marks(canvas)
    canvas.restoreState()


def render_pdf(spec: LetterSpec) -> bytes:
    register_fonts()
    if not _STYLES:
        _STYLES.update(_styles())
    buffer = io.BytesIO()
    width = PAGE_W - LEFT - RIGHT
    first = Frame(LEFT, BOTTOM, width, PAGE_H - BODY_TOP - BOTTOM, 0, 0, 0, 0, id="first")
    later = Frame(LEFT, BOTTOM, width, PAGE_H - LATER_TOP - BOTTOM, 0, 0, 0, 0, id="later")
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=spec.meta_title,
        author=spec.meta_author,
        subject="",
        creator="DSAR Desk",
        producer="DSAR Desk (ReportLab)",
        keywords=[],
        lang=spec.language,
        pageTemplates=[
            PageTemplate(
                "first", [first], onPage=lambda c, d: _first_page(c, spec), autoNextPageTemplate="later"
            ),
            PageTemplate("later", [later], onPage=lambda c, d: _later_page(c, spec)),
        ],
    )
    story: list[Flowable] = [_p(spec.subject, "subject"), *_body(spec.body), Spacer(1, 6)]
    closing: list[Flowable] = [_p(spec.closing, "body"), Spacer(1, 4)]
    closing += [_p(line, "body" if index else "heading") for index, line in enumerate(spec.signature)]
    story.append(KeepTogether(closing))
    if spec.attachments:
        story.append(Spacer(1, 6))
        story.append(_p("\n".join(spec.attachments), "cell"))
    doc.build(story, canvasmaker=lambda *a, **k: _LetterCanvas(*a, spec=spec, **k))
    return buffer.getvalue()
