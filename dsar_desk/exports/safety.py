"""Spreadsheet formula-injection neutralisation (OWASP "CSV injection").

A requester controls their own name, e-mail and free text; a cell that starts with
one of these characters could be evaluated as a formula by a spreadsheet program.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix a leading trigger character with an apostrophe so no spreadsheet evaluates it."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text
