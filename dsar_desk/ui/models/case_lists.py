"""The short lists of the window: next deadlines, rights, timeline, entities."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from dsar_desk.domain.model import Entity, RightLine
from dsar_desk.domain.vocabulary import Right
from dsar_desk.services.queries import CaseSummary
from dsar_desk.ui.labels import (
    days_left_text,
    format_date,
    holiday_profile_label,
    language_label,
    outcome_label,
    right_label,
    status_label,
)
from dsar_desk.ui.models.row_model import Column, RowTableModel
from dsar_desk.ui.timeline import TimelineEntry
from dsar_desk.ui.urgency import BACKGROUND, FOREGROUND, Urgency, urgency, urgency_icon, urgency_label

translate = QCoreApplication.translate


class NextDeadlinesModel(RowTableModel):
    """The next ten deadlines on the dashboard."""

    COL_DUE, COL_DAYS_LEFT, COL_REFERENCE, COL_REQUESTER, COL_STATUS = range(5)

    def __init__(self, today: date, soon_days: int, parent: Any = None) -> None:
        self.today, self.soon_days = today, soon_days
        super().__init__(
            [
                Column(
                    translate("Dashboard", "Due"), lambda s: format_date(s.due, weekday=True), lambda s: s.due
                ),
                Column(translate("Dashboard", "Days left"), self._days, lambda s: s.days_left),
                Column(translate("Dashboard", "Reference"), lambda s: s.reference),
                Column(
                    translate("Dashboard", "Requester"),
                    lambda s: s.requester,
                    lambda s: s.requester.casefold(),
                ),
                Column(
                    translate("Dashboard", "Status"), lambda s: status_label(s.status), lambda s: s.status
                ),
            ],
            parent,
        )

    def _days(self, s: CaseSummary) -> str:
        level = urgency(s, self.today, self.soon_days)
        label = urgency_label(level)
        if level in (Urgency.DONE, Urgency.PAUSED):
            return label
        days = days_left_text(s.days_left)
        return label + " · " + days if label else days

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        level = urgency(row, self.today, self.soon_days)
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUND.get(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUND.get(level)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_DAYS_LEFT:
            return urgency_icon(level)
        return None


class RightsModel(RowTableModel):
    """The rights of one case with their outcomes."""

    COL_RIGHT, COL_OUTCOME, COL_DECIDED, COL_GROUNDS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    translate("CaseView", "Right"),
                    lambda line: right_label(line.right) + " (" + line.right.article + ")",
                    lambda line: list(Right).index(line.right),
                ),
                Column(
                    translate("CaseView", "Outcome"),
                    lambda line: outcome_label(line.outcome),
                    lambda line: line.outcome.value if line.outcome else "",
                ),
                Column(
                    translate("CaseView", "Decided"),
                    lambda line: format_date(line.decided_on),
                    lambda line: line.decided_on or date.min,
                ),
                Column(
                    translate("CaseView", "Grounds"),
                    self._grounds,
                    tooltip=self._grounds,
                ),
            ],
            parent,
        )

    @staticmethod
    def _grounds(line: RightLine) -> str:
        if line.ground_code and line.grounds:
            return line.ground_code + ": " + line.grounds
        return line.ground_code or line.grounds


class TimelineModel(RowTableModel):
    COL_WHEN, COL_WHAT, COL_DETAIL, COL_WHO = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    translate("CaseView", "When"),
                    lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    lambda e: e.at,
                ),
                Column(translate("CaseView", "What"), lambda e: e.what),
                Column(translate("CaseView", "Details"), lambda e: e.detail, tooltip=lambda e: e.detail),
                Column(translate("CaseView", "By"), lambda e: e.actor),
            ],
            parent,
        )

    def entries(self) -> list[TimelineEntry]:
        return self.rows()


class EntityTableModel(RowTableModel):
    COL_CODE, COL_NAME, COL_COUNTRY, COL_PROFILE, COL_LANGUAGE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Settings", "Code"), lambda e: e.code),
                Column(translate("Settings", "Legal name"), lambda e: e.name, lambda e: e.name.casefold()),
                Column(translate("Settings", "Country"), lambda e: e.country.value),
                Column(translate("Settings", "Holidays"), lambda e: holiday_profile_label(e.profile)),
                Column(translate("Settings", "Letter language"), lambda e: language_label(e.language)),
            ],
            parent,
        )

    def entity_at(self, row: int) -> Entity | None:
        rows = self.rows()
        return rows[row] if 0 <= row < len(rows) else None
