"""Refusals of the month by legal ground, for the Reports view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from dsar_desk.domain.legal_grounds import ground_by_code
from dsar_desk.ui.ground_labels import ground_summary
from dsar_desk.ui.models.row_model import Column, RowTableModel

translate = QCoreApplication.translate

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
            rows.append(RefusalRow(ground.code, ground.citation, ground_summary(ground), count))
        elif code == NO_CODE:
            rows.append(RefusalRow("–", "", translate("Reports", "no legal ground code recorded"), count))
        else:
            rows.append(RefusalRow(code, "", translate("Reports", "not in the grounds catalogue"), count))
    return rows


class RefusalsModel(RowTableModel):
    COL_CODE, COL_CITATION, COL_SUMMARY, COL_COUNT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(translate("Reports", "Ground"), lambda r: r.code),
                Column(translate("Reports", "Citation"), lambda r: r.citation),
                Column(
                    translate("Reports", "What it covers"), lambda r: r.summary, tooltip=lambda r: r.summary
                ),
                Column(translate("Reports", "Refusals"), lambda r: str(r.count), sort=lambda r: r.count),
            ],
            parent,
        )

    def set_grounds(self, by_ground: dict[str, int]) -> None:
        self.set_rows(refusal_rows(by_ground))

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
