"""The monthly log as CSV: UTF-8 with BOM, ';' by default, ISO dates, formulas neutralised.

The file starts with a short "key;value" block describing the export, then an empty
line, then the header row and one row per request.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from dsar_desk.domain.errors import ValidationError
from dsar_desk.exports.files import Ticker
from dsar_desk.exports.header import ExportHeader
from dsar_desk.exports.log_rows import Cell, Column
from dsar_desk.exports.safety import FORMULA_TRIGGERS, neutralise

DELIMITERS = (";", ",")
_TRIGGERS = frozenset(FORMULA_TRIGGERS)


def check_delimiter(delimiter: str) -> str:
    if delimiter not in DELIMITERS:
        raise ValidationError("delimiter", f"'{delimiter}' is not allowed; use ';' (default) or ','")
    return delimiter


def csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def write_csv(
    path: Path,
    header: ExportHeader,
    columns: tuple[Column, ...],
    rows: Iterable[tuple[Cell, ...]],
    ticker: Ticker,
    delimiter: str = ";",
) -> None:
    check_delimiter(delimiter)
    # utf-8-sig writes the BOM that makes spreadsheet programs read UTF-8 (Æ Ø Å Ä Ö).
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for key, value in header.lines():
            writer.writerow([key, neutralise(value)])
        writer.writerow([])
        writer.writerow([column.header for column in columns])
        is_text = [column.kind == "text" for column in columns]
        for row in rows:
            # The csv module writes None as an empty cell, ints as digits and dates in ISO
            # form (str of a date); only text needs work. Inline rather than a call per
            # cell: this loop runs for 200,000 cells in a month of 10,000 requests.
            writer.writerow(
                [
                    ("'" + value if value[:1] in _TRIGGERS else value)
                    if text and isinstance(value, str)
                    else (csv_cell(value) if text else value)
                    for value, text in zip(row, is_text, strict=True)
                ]
            )
            ticker.tick()
