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
from dsar_desk.exports.safety import neutralise

DELIMITERS = (";", ",")


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


def _text(value: Cell) -> str:
    return "" if value is None else neutralise(str(value))


def _date(value: Cell) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _int(value: Cell) -> str:
    return "" if value is None else str(value)


# One converter per column kind: cheaper than inspecting every cell's type.
_CONVERTERS = {"text": _text, "date": _date, "int": _int}


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
        converters = [_CONVERTERS[column.kind] for column in columns]
        for row in rows:
            writer.writerow([convert(value) for convert, value in zip(converters, row, strict=True)])
            ticker.tick()
