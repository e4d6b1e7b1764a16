"""The printable monthly report (ReportLab, A4 landscape).

Page 1: the entity letterhead, the export facts, the KPI table beside a bar chart of
requests per right with each right's on-time share. Then the log table, one request per
row, in page-sized chunks whose row heights are computed up front: ReportLab never has
to split a 10,000-row table, which keeps a month of 10,000 requests to seconds.
Fonts are the bundled DejaVu Sans, embedded; PDF metadata carries no personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dsar_desk.domain.model import Entity
from dsar_desk.domain.vocabulary import Right
from dsar_desk.exports.files import Ticker
from dsar_desk.exports.header import ExportHeader
from dsar_desk.exports.kpis import MonthKpis, format_kpi, kpi_lines, kpi_scopes
from dsar_desk.exports.log_rows import REFUSALS, MonthCase
from dsar_desk.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_pdf_fonts
from dsar_desk.pdf_canvas import PageCountingCanvas, fit_lines

COND, COND_BOLD = CONDENSED, CONDENSED_BOLD
PAGE = landscape(A4)
MARGIN = 12 * mm
FOOTER_GAP = 9 * mm
INK = colors.HexColor("#1F2A37")
MUTED = colors.HexColor("#5B6675")
ACCENT = colors.HexColor("#2F5D8A")
HEAD_FILL = colors.HexColor("#DCE6F0")
STRIPE = colors.HexColor("#F3F6F9")
RULE = colors.HexColor("#B8C4D0")
TABLE_SIZE = 6.8
TABLE_LEADING = 8.2
MAX_LINES = 3


def register_fonts() -> None:
    register_pdf_fonts()


def _style(
    name: str, size: float, font: str = REGULAR, color: Any = INK, leading: float = 0
) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the log table ---------------------------------------------------------------------


@dataclass(frozen=True)
class PdfColumn:
    header: str
    width: float  # points
    wrap: bool = False


SHORT_RIGHT = {
    Right.ACCESS.value: "access",
    Right.RECTIFICATION.value: "rectif.",
    Right.ERASURE.value: "erasure",
    Right.RESTRICTION.value: "restrict.",
    Right.PORTABILITY.value: "portab.",
    Right.OBJECTION.value: "objection",
    Right.MARKETING_OBJECTION.value: "marketing",
    Right.CONSENT_WITHDRAWAL.value: "consent",
}


def _pdf_columns(include_names: bool) -> list[PdfColumn]:
    columns = [PdfColumn("Reference", 62), PdfColumn("Entity", 28)]
    if include_names:
        columns.append(PdfColumn("Requester", 78, wrap=True))
    columns += [
        PdfColumn("Received", 40),
        PdfColumn("Channel", 36),
        PdfColumn("Identity\nchecked", 40),
        PdfColumn("Paused\ndays", 26),
        PdfColumn("Extended", 40),
        PdfColumn("Due", 40),
        PdfColumn("Response", 40),
        PdfColumn("Days", 22),
        PdfColumn("On\ntime", 24),
        PdfColumn("Outcome per right", 0, wrap=True),
        PdfColumn("Refusal grounds", 86 if include_names else 100, wrap=True),
        PdfColumn("Handler", 56, wrap=True),
        PdfColumn("Status at\nmonth end", 58, wrap=True),
    ]
    used = sum(c.width for c in columns)
    free = PAGE[0] - 2 * MARGIN - used
    return [PdfColumn(c.header, free, c.wrap) if c.width == 0 else c for c in columns]


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


def _pdf_cells(case: MonthCase, include_names: bool) -> list[str]:
    facts = case.facts
    outcomes = []
    for line in facts.rights:
        decided = case.outcomes.get(line.right)
        outcomes.append(
            f"{SHORT_RIGHT.get(line.right, line.right)}: {decided.outcome if decided else 'pending'}"
        )
    grounds = [
        f"{SHORT_RIGHT.get(r, r)}: {line.ground_code or '?'}"
        for r, line in case.outcomes.items()
        if line.outcome in REFUSALS
    ]
    status = case.status.replace("-", " ") + (" (overdue)" if case.overdue_at_end else "")
    on_time = "open" if case.on_time is None else ("yes" if case.on_time else "no")
    cells = [facts.reference, facts.entity_code]
    if include_names:
        cells.append(facts.requester_name)
    cells += [
        _d(facts.received),
        facts.channel,
        _d(case.identity_checked_on),
        str(case.paused_days) if case.paused_days else "",
        _d(case.extended_on),
        _d(case.due),
        _d(case.closed_on),
        "" if case.days_taken is None else str(case.days_taken),
        on_time,
        "; ".join(outcomes),
        "; ".join(grounds),
        facts.handler,
        status,
    ]
    return cells


def _wrap(text: str, width: float) -> str:
    if pdfmetrics.stringWidth(text, COND, TABLE_SIZE) <= width:
        return text
    lines = fit_lines(text, COND, TABLE_SIZE, width)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1].rstrip() + "…"
    return "\n".join(lines)


class _LogChunk(Table):  # type: ignore[misc]
    """A page of the log; the template counts its rows for the progress bar."""

    rows_in_chunk = 0


def _log_chunks(
    cases: Iterable[MonthCase], include_names: bool, frame_height: float, ticker: Ticker
) -> list[Flowable]:
    columns = _pdf_columns(include_names)
    widths = [c.width for c in columns]
    inner = [w - 4 for w in widths]
    header_row = [c.header for c in columns]
    header_height = 2 * TABLE_LEADING + 4
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, 0), COND_BOLD, TABLE_SIZE, TABLE_LEADING),
            ("FONT", (0, 1), (-1, -1), COND, TABLE_SIZE, TABLE_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
    wrap_at = [i for i, c in enumerate(columns) if c.wrap]
    budget = frame_height - header_height - 2  # slack so a chunk never needs splitting
    chunks: list[Flowable] = []
    data: list[list[str]] = [header_row]
    heights: list[float] = [header_height]
    used = 0.0

    def flush() -> None:
        table = _LogChunk(data, colWidths=widths, rowHeights=heights, style=style, repeatRows=0)
        table.rows_in_chunk = len(data) - 1
        if chunks:
            chunks.append(PageBreak())
        chunks.append(table)

    for case in cases:
        cells = _pdf_cells(case, include_names)
        lines = 1
        for i in wrap_at:
            cells[i] = _wrap(cells[i], inner[i])
            lines = max(lines, cells[i].count("\n") + 1)
        height = lines * TABLE_LEADING + 3
        if used + height > budget and len(data) > 1:
            flush()
            data, heights, used = [header_row], [header_height], 0.0
        data.append(cells)
        heights.append(height)
        used += height
        ticker.tick()
    if len(data) > 1:
        flush()
    return chunks


# --- page 1: letterhead, KPIs, chart ---------------------------------------------------


def _letterhead(entities: list[Entity], header: ExportHeader) -> list[Flowable]:
    if header.entity_code:
        entity = next(e for e in entities if e.code == header.entity_code)
        name = entity.name
        details = [
            entity.address.replace("\n", ", "),
            f"Org. no. {entity.org_number}" if entity.org_number else "",
        ]
        details.append(entity.email)
    else:
        name = " · ".join(e.name for e in entities) or "All entities"
        details = [f"{e.code}: org. no. {e.org_number}" for e in entities if e.org_number]
    line = " · ".join(_esc(d) for d in details if d)
    facts = (
        f"Month {header.month} · {_esc(header.scope)} · {header.rows} requests in the log · "
        f"exported {header.exported_at:%Y-%m-%d %H:%M} by {_esc(header.exported_by)}"
    )
    names = (
        "<b>Requester names included.</b>"
        if header.include_names
        else "Requester names left out (pseudonymous by case reference)."
    )
    return [
        Paragraph(_esc(name), _style("org", 15, BOLD, ACCENT)),
        Paragraph(line, _style("orgline", 8, color=MUTED)),
        Spacer(0, 3 * mm),
        Paragraph(f"Monthly request log: {header.month}", _style("title", 13, BOLD)),
        Paragraph(facts, _style("facts", 8, color=MUTED)),
        Paragraph(
            f"{names} Audit chain head: {header.audit_head[:16]}… ({header.audit_events} events).",
            _style("facts2", 8, color=MUTED),
        ),
        Spacer(0, 4 * mm),
    ]


def _kpi_table(month_kpis: MonthKpis, width: float) -> Table:
    scopes = kpi_scopes(month_kpis)
    label_width = 150.0
    value_width = min(58.0, (width - label_width) / len(scopes))
    rows: list[list[str]] = [["Key figures", *("Total" if k.scope == "all" else k.scope for k in scopes)]]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), BOLD, 7.5, 9),
        ("FONT", (0, 1), (-1, -1), REGULAR, 7.5, 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    for index, line in enumerate(kpi_lines(month_kpis), start=1):
        rows.append(
            [
                ("    " if line.indent else "") + line.label,
                *(format_kpi(v, line.percent) for v in line.values),
            ]
        )
        if not line.indent:
            style.append(("FONT", (0, index), (0, index), BOLD, 7.5, 9))
            style.append(("LINEABOVE", (0, index), (-1, index), 0.3, RULE))
        else:
            style.append(("TEXTCOLOR", (0, index), (0, index), MUTED))
    return Table(
        rows, colWidths=[label_width] + [value_width] * len(scopes), style=TableStyle(style), hAlign="LEFT"
    )


def _chart(month_kpis: MonthKpis, width: float, height: float) -> Drawing:
    total = month_kpis.total
    rights = list(Right)
    drawing = Drawing(width, height)
    drawing.add(
        String(
            0,
            height - 10,
            "Requests received per right",
            fontName=BOLD,
            fontSize=8,
            fillColor=INK,
        )
    )
    drawing.add(
        String(
            0,
            height - 21,
            "Bars: requests received. Under each bar: on-time share of that right's requests closed.",
            fontName=REGULAR,
            fontSize=6.5,
            fillColor=MUTED,
        )
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 48
    chart.width, chart.height = width - 40, height - 86
    chart.data = [[total.received_by_right.get(r.value, 0) for r in rights]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.valueAxis.valueMin = 0
    top = max(chart.data[0]) if chart.data[0] else 0
    chart.valueAxis.valueMax = max(5, int(top * 1.15) + 1)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E6EBF0")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.strokeColor = RULE
    names = []
    for right in rights:
        share = total.on_time_share_for(right.value)
        on_time = "–" if share is None else f"{share * 100:.0f} %"
        names.append(f"{SHORT_RIGHT[right.value]}\n{right.article}\n{on_time}")
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.2
    chart.categoryAxis.labels.leading = 7.5
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


# The first page must fit on one page: a reason can be 4,000 characters, and a table cell
# taller than the frame is a LayoutError, so the side list shows the start of each reason
# (the CSV and XLSX exports carry it in full).
REASON_CHARS = 160


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lists(month_kpis: MonthKpis, width: float) -> list[Flowable]:
    total = month_kpis.total
    out: list[Flowable] = []
    small = _style("small", 7.5)
    head = _style("smallhead", 8, BOLD)
    if total.extension_reasons:
        out += [Spacer(0, 2 * mm), Paragraph("Extension reasons (this month, all entities)", head)]
        for reason, count in list(total.extension_reasons.items())[:6]:
            out.append(Paragraph(f"{count} × {_esc(_shorten(reason, REASON_CHARS))}", small))
    if total.refusals_by_ground:
        grounds = ", ".join(f"{_esc(code)}: {count}" for code, count in total.refusals_by_ground.items())
        out += [Spacer(0, 2 * mm), Paragraph("Refusals by legal ground", head), Paragraph(grounds, small)]
    return out


def _first_page(entities: list[Entity], header: ExportHeader, month_kpis: MonthKpis) -> list[Flowable]:
    usable = PAGE[0] - 2 * MARGIN
    left = 0.46 * usable
    right = usable - left - 6 * mm
    side: list[Flowable] = [_chart(month_kpis, right, 215), *_lists(month_kpis, right)]
    layout = Table(
        [[_kpi_table(month_kpis, left), side]],
        colWidths=[left + 6 * mm, right],
        style=TableStyle(
            [
                # Table's default cell font was fixed at import time (Helvetica): name ours.
                ("FONT", (0, 0), (-1, -1), REGULAR, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    return [*_letterhead(entities, header), layout]


# --- document ---------------------------------------------------------------------------


class _NumberedCanvas(PageCountingCanvas):
    """The report's footer: what was exported, and "page X of Y"."""

    footer_text = ""

    def draw_page_footer(self, number: int, total: int) -> None:
        self.setFont(REGULAR, 7)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, MARGIN - 2 * mm, self.footer_text)
        self.drawRightString(PAGE[0] - MARGIN, MARGIN - 2 * mm, f"Page {number} of {total}")


class _Report(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, path: str, ticker: Ticker, **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        self._ticker = ticker

    def afterFlowable(self, flowable: Flowable) -> None:
        for _ in range(getattr(flowable, "rows_in_chunk", 0)):
            self._ticker.tick()


def write_pdf(
    path: Path,
    header: ExportHeader,
    cases: list[MonthCase],
    month_kpis: MonthKpis,
    entities: list[Entity],
    ticker: Ticker,
) -> None:
    register_fonts()
    frame_height = PAGE[1] - 2 * MARGIN - FOOTER_GAP
    doc = _Report(
        str(path),
        ticker,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_GAP,
        # Metadata names the report, never a person (not even the one who exported it).
        title=header.title,
        author="DSAR Desk",
        subject="GDPR data-subject request log",
        creator="DSAR Desk",
        keywords=[],
        initialFontName=REGULAR,
    )
    frame = Frame(MARGIN, MARGIN + FOOTER_GAP, PAGE[0] - 2 * MARGIN, frame_height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    story = _first_page(entities, header, month_kpis)
    chunks = _log_chunks(cases, header.include_names, frame_height, ticker)
    if chunks:
        story += [PageBreak(), *chunks]
    else:
        story += [Spacer(0, 6 * mm), Paragraph("No requests in this month's log.", _style("none", 9))]
    footer = (
        f"DSAR Desk · {header.title} · {header.scope} · exported {header.exported_at:%Y-%m-%d %H:%M} "
        f"by {header.exported_by}"
    )

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        made = _NumberedCanvas(*args, **kwargs)
        made.footer_text = footer
        return made

    doc.build(story, canvasmaker=make_canvas)
