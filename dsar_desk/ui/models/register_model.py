"""The processing activities of one entity, as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.ui.models.row_model import Column, RowTableModel

translate = QCoreApplication.translate


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 80 else line[:79] + "…"


class RegisterTableModel(RowTableModel):
    COL_NAME, COL_PURPOSES, COL_BASIS, COL_CATEGORIES, COL_RETENTION, COL_TRANSFERS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Register", "Activity"), lambda a: a.name),
                Column(
                    translate("Register", "Purposes"),
                    lambda a: _short(a.purposes),
                    tooltip=lambda a: a.purposes,
                ),
                Column(translate("Register", "Legal basis"), lambda a: _short(a.legal_basis)),
                Column(
                    translate("Register", "Data categories"),
                    lambda a: _short(a.data_categories),
                    tooltip=lambda a: a.data_categories,
                ),
                Column(
                    translate("Register", "Retention"),
                    lambda a: _short(a.retention),
                    tooltip=lambda a: a.retention,
                ),
                Column(
                    translate("Register", "Transfers outside the EEA"),
                    lambda a: _short(a.transfers) or translate("Register", "none"),
                ),
            ],
            parent,
        )

    def activity_at(self, row: int) -> ProcessingActivity | None:
        rows = self.rows()
        return rows[row] if 0 <= row < len(rows) else None
