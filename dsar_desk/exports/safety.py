"""Spreadsheet formula-injection neutralisation (OWASP "CSV injection").

A requester controls their own name, e-mail and free text; a cell that starts with
one of these characters could be evaluated as a formula by a spreadsheet program.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix a leading trigger character with an apostrophe so no spreadsheet evaluates it."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


# XML 1.0 (and so XLSX) cannot hold these at all: openpyxl raises IllegalCharacterError on the
# C0 controls, and a lone surrogate cannot even be encoded. Tab, line feed and CR are allowed.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
XLSX_CELL_LIMIT = 32_767  # characters a spreadsheet cell can hold (Excel refuses longer)
REPLACEMENT = "\ufffd"  # shows where something unprintable was, rather than hiding it


def spreadsheet_text(text: str) -> str:
    """A text cell any XLSX reader accepts: unprintable characters replaced, over-long text cut
    (with an ellipsis), then neutralised, in that order, so that a removed character can never
    uncover a formula trigger."""
    cleaned = _NOT_IN_XML.sub(REPLACEMENT, text)
    if len(cleaned) > XLSX_CELL_LIMIT - 1:  # room for the apostrophe neutralise may add
        cleaned = cleaned[: XLSX_CELL_LIMIT - 2] + "…"
    return neutralise(cleaned)
