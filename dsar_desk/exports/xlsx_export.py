"""The monthly log as an XLSX workbook (openpyxl write-only mode, which streams rows).

Sheets: "Log" (a title line, then the header row frozen with an autofilter; dates are
real dates, counts real numbers), "KPIs" (per entity and in total) and the export facts.
Every text cell goes through `spreadsheet_text`: a requester called "=HYPERLINK(...)" stays
text, and characters XML cannot hold are replaced instead of aborting the export.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from dsar_desk.exports.files import Ticker
from dsar_desk.exports.header import ExportHeader
from dsar_desk.exports.kpis import MonthKpis, kpi_lines, kpi_scopes
from dsar_desk.exports.log_rows import Cell, Column
from dsar_desk.exports.safety import spreadsheet_text

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")


def _styled(
    ws: WriteOnlyWorksheet, value: object, font: Font | None = None, fill: bool = False
) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=spreadsheet_text(value) if isinstance(value, str) else value)
    if font is not None:
        cell.font = font
    if fill:
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
    return cell


def _log_sheet(
    wb: Workbook,
    header: ExportHeader,
    columns: tuple[Column, ...],
    rows: Iterable[tuple[Cell, ...]],
    ticker: Ticker,
) -> None:
    ws = wb.create_sheet("Log")
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "B3"  # keep the title, the header row and the reference column in view
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A2:{last}{header.rows + 2}"
    names = "with requester names" if header.include_names else "without requester names"
    title = (
        f"{header.title} · {header.scope} · {header.rows} requests · {names} · "
        f"exported {header.exported_at:%Y-%m-%d %H:%M} by {header.exported_by}"
    )
    ws.append([_styled(ws, title, TITLE)])
    ws.append([_styled(ws, column.header, BOLD, fill=True) for column in columns])
    for row in rows:
        ws.append([spreadsheet_text(value) if isinstance(value, str) else value for value in row])
        ticker.tick()


def _kpi_sheet(wb: Workbook, month_kpis: MonthKpis) -> None:
    ws = wb.create_sheet("KPIs")
    scopes = kpi_scopes(month_kpis)
    ws.column_dimensions["A"].width = 36
    for index in range(len(scopes)):
        ws.column_dimensions[get_column_letter(index + 2)].width = 12
    ws.freeze_panes = "B3"
    ws.append([_styled(ws, f"Key figures {month_kpis.month}", TITLE)])
    ws.append(
        [
            _styled(ws, "Figure", BOLD, fill=True),
            *(_styled(ws, "Total" if k.scope == "all" else k.scope, BOLD, fill=True) for k in scopes),
        ]
    )
    for line in kpi_lines(month_kpis):
        label = _styled(ws, ("    " if line.indent else "") + line.label, None if line.indent else BOLD)
        cells: list[object] = [label]
        for value in line.values:
            cell = WriteOnlyCell(ws, value=value)
            if line.percent:
                cell.number_format = "0.0%"
            cells.append(cell)
        ws.append(cells)
    total = month_kpis.total
    ws.append([])
    ws.append([_styled(ws, "Extension reasons (all entities)", BOLD), _styled(ws, "Count", BOLD)])
    for reason, count in total.extension_reasons.items():
        ws.append([spreadsheet_text(reason), count])
    ws.append([])
    ws.append([_styled(ws, "Refusals by legal ground (all entities)", BOLD), _styled(ws, "Count", BOLD)])
    for ground, count in total.refusals_by_ground.items():
        ws.append([spreadsheet_text(ground), count])


def _about_sheet(wb: Workbook, header: ExportHeader) -> None:
    ws = wb.create_sheet("Export")
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 90
    for key, value in header.lines():
        ws.append([_styled(ws, key, BOLD), spreadsheet_text(value)])


def write_xlsx(
    path: Path,
    header: ExportHeader,
    columns: tuple[Column, ...],
    rows: Iterable[tuple[Cell, ...]],
    month_kpis: MonthKpis,
    ticker: Ticker,
) -> None:
    wb = Workbook(write_only=True)
    try:
        _log_sheet(wb, header, columns, rows, ticker)
        _kpi_sheet(wb, month_kpis)
        _about_sheet(wb, header)
        # Workbook properties carry no personal data: no creator name, a neutral title.
        wb.properties.creator = "DSAR Desk"
        wb.properties.title = header.title
        wb.save(str(path))
    except BaseException:
        _discard(wb)
        raise


def _discard(wb: Workbook) -> None:
    """After a cancel or failure: close the sheets' row streams and delete the temporary files
    openpyxl streams them to (in the system's temp folder, with the rows in plain text), which
    it would otherwise only remove when the process ends."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
