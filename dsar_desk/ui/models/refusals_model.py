"""Refusals of the month by legal ground, for the Reports view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from dsar_desk.domain.legal_grounds import ground_by_code
from dsar_desk.ui.models.row_model import Column, RowTableModel

_t = QCoreApplication.translate

NO_CODE = "(no code)"  # what the KPIs count a refusal without a ground code under


@dataclass(frozen=True)
class RefusalRow:
    code: str
    citation: str
    summary: str
    count: int


def refusal_rows(by_ground: dict[str, int]) -> list[RefusalRow]:
    rows = []
    for code, count in by_ground.items():
        ground = ground_by_code(code) if code != NO_CODE else None
        if ground is not None:
            rows.append(RefusalRow(ground.code, ground.citation, ground.summary, count))
        elif code == NO_CODE:
            rows.append(RefusalRow("–", "", _t("Reports", "no legal ground code recorded"), count))
        else:
            rows.append(RefusalRow(code, "", _t("Reports", "not in the grounds catalogue"), count))
    return rows


class RefusalsModel(RowTableModel):
    COL_CODE, COL_CITATION, COL_SUMMARY, COL_COUNT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(_t("Reports", "Ground"), lambda r: r.code),
                Column(_t("Reports", "Citation"), lambda r: r.citation),
                Column(_t("Reports", "What it covers"), lambda r: r.summary, tooltip=lambda r: r.summary),
                Column(_t("Reports", "Refusals"), lambda r: str(r.count), sort=lambda r: r.count),
            ],
            parent,
        )

    def set_grounds(self, by_ground: dict[str, int]) -> None:
        self.set_rows(refusal_rows(by_ground))

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
