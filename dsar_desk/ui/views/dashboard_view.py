"""The dashboard strip: counts that filter the register, and the next ten deadlines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.services.queries import Dashboard
from dsar_desk.ui.models.case_lists import NextDeadlinesModel

translate = QCoreApplication.translate

FIGURES = ("open", "overdue", "due-soon", "paused", "extended")


class FigureButton(QPushButton):
    """A count with its label; clicking it filters the register."""

    def __init__(self, status: str, label: str) -> None:
        super().__init__()
        self.status, self.label = status, label
        self.setObjectName("figure-" + status)
        self.setMinimumHeight(38)
        self.setStyleSheet("QPushButton { text-align: left; padding: 4px 10px; }")
        self.set_count(None)

    def set_count(self, count: int | None) -> None:
        self.count = count
        number = "–" if count is None else f"{count:,}".replace(",", "\u202f")
        self.setText(number + "   " + self.label)


class DashboardView(QWidget):
    """Signals:
    filter_requested(str): a status filter for the register ("overdue", "paused", ...).
    case_requested(str): a reference from the next-deadlines list.
    """

    filter_requested = Signal(str)
    case_requested = Signal(str)

    def __init__(self, today: date, soon_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        figures_box = QGroupBox(translate("Dashboard", "Today"))
        grid = QGridLayout(figures_box)
        grid.setSpacing(4)
        self.figures: dict[str, FigureButton] = {}
        for row, status in enumerate(FIGURES):
            button = FigureButton(status, self._label(status, soon_days))
            button.clicked.connect(lambda _=False, s=status: self.filter_requested.emit(s))
            self.figures[status] = button
            grid.addWidget(button, row, 0)
        grid.setRowStretch(len(FIGURES), 1)
        layout.addWidget(figures_box)
        next_box = QGroupBox(translate("Dashboard", "Next deadlines"))
        inner = QVBoxLayout(next_box)
        self.next_model = NextDeadlinesModel(today, soon_days, self)
        self.next_table = QTableView()
        self.next_table.setObjectName("next-deadlines")
        self.next_table.setModel(self.next_model)
        self.next_table.verticalHeader().hide()
        self.next_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.next_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.next_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.next_table.setWordWrap(False)
        header = self.next_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The requester's name gives way first when the strip is narrow.
        header.setSectionResizeMode(NextDeadlinesModel.COL_REQUESTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NextDeadlinesModel.COL_REQUESTER, 150)
        header.setSectionResizeMode(NextDeadlinesModel.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.next_table.clicked.connect(self._clicked)
        self.next_table.activated.connect(self._clicked)
        inner.addWidget(self.next_table)
        layout.addWidget(next_box, 1)

    @staticmethod
    def _label(status: str, soon_days: int) -> str:
        return {
            "open": translate("Dashboard", "open"),
            "overdue": translate("Dashboard", "overdue"),
            "due-soon": translate("Dashboard", "due within %1 days").replace("%1", str(soon_days)),
            "paused": translate("Dashboard", "paused (identity or clarification)"),
            "extended": translate("Dashboard", "extended"),
        }[status]

    def set_soon_days(self, days: int) -> None:
        self.next_model.soon_days = days
        self.figures["due-soon"].label = self._label("due-soon", days)
        self.figures["due-soon"].set_count(self.figures["due-soon"].count)

    def show_dashboard(self, board: Dashboard, today: date) -> None:
        self.figures["open"].set_count(board.open)
        self.figures["overdue"].set_count(board.overdue)
        self.figures["due-soon"].set_count(board.due_soon)
        self.figures["paused"].set_count(board.paused)
        self.figures["extended"].set_count(board.extended)
        self.next_model.today = today
        self.next_model.set_rows(board.next_deadlines)

    def _clicked(self, index: QModelIndex) -> None:
        summary = self.next_model.data(index, NextDeadlinesModel.RecordRole)
        if summary is not None:
            self.case_requested.emit(summary.reference)


ALIGN = Qt.AlignmentFlag.AlignLeft
