"""The core's refusals, worded in the window's language.

The core raises errors with an English message for the command line and, for the
problems people run into while typing, a `kind` with parameters. Known kinds are
translated here; anything else keeps the core's English wording rather than a vaguer
text, because the English one names the field and the fix.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from dsar_desk.domain.errors import DomainError, ValidationError
from dsar_desk.ui.labels import format_date

translate = QCoreApplication.translate


def _worded(kind: str, params: tuple[object, ...]) -> str | None:
    if kind == "too-long" and len(params) == 2:
        return (
            translate("Validation", "Too long: %1 characters, at most %2 allowed. Shorten it.")
            .replace("%1", str(params[0]))
            .replace("%2", str(params[1]))
        )
    if kind == "control-character" and params:
        return translate(
            "Validation", "Contains a control character (%1). Retype it or paste it as plain text."
        ).replace("%1", str(params[0]))
    if kind == "direction-control" and params:
        return translate(
            "Validation", "Contains an invisible text-direction mark (%1). Retype it without it."
        ).replace("%1", str(params[0]))
    if kind == "broken-character":
        return translate("Validation", "Contains a broken character. Retype it.")
    if kind == "line-break":
        return translate("Validation", "Keep it on one line.")
    if kind == "no-letters":
        return translate("Validation", "Use letters or digits, not only punctuation or spaces.")
    if kind == "email-format":
        return translate("Validation", "This is not an e-mail address. Use the form name@example.com.")
    if kind == "phone-format":
        return translate("Validation", "Use digits, spaces and an optional leading +.")
    if kind == "entity-code-format":
        return translate("Validation", "Use 2 to 10 letters or digits, for example NO1.")
    if kind == "id-too-short":
        return translate("Validation", "Too short to be an identity number.")
    if kind == "date-in-future" and params and isinstance(params[0], date):
        return translate("Validation", "%1 is in the future. Use today or an earlier date.").replace(
            "%1", format_date(params[0])
        )
    if kind == "before-gdpr":
        return translate("Validation", "Use 25 May 2018, when the GDPR took effect, or a later date.")
    if kind == "no-right":
        return translate("Validation", "Choose at least one right.")
    if kind == "required":
        return translate("Validation", "This field is required.")
    if kind == "no-entity":
        return translate("Validation", "Add an entity in Settings first.")
    return None


def field_error_text(exc: ValidationError) -> str:
    """The message shown next to the field: translated when the kind is known."""
    worded = _worded(exc.kind, exc.params)
    if worded is not None:
        return worded
    return exc.detail[:1].upper() + exc.detail[1:]


def error_text(exc: DomainError) -> str:
    """The message for an error dialog: the field's problem, else the core's sentence."""
    if isinstance(exc, ValidationError):
        worded = _worded(exc.kind, exc.params)
        if worded is not None:
            return worded
    return str(exc)
