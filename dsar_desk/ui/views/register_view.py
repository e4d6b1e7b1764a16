"""The case register: a filter bar over a database-backed table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.model import Entity
from dsar_desk.domain.vocabulary import Right
from dsar_desk.services.queries import CaseFilter
from dsar_desk.ui.labels import right_label
from dsar_desk.ui.models import case_table_model as m
from dsar_desk.ui.models.case_table_model import CaseTableModel
from dsar_desk.ui.views.flow_layout import FlowLayout

translate = QCoreApplication.translate

_STATUSES = ("open", "paused", "extended", "closed", "all")

COLUMN_WIDTHS = {
    m.COL_REFERENCE: 118,
    m.COL_RECEIVED: 92,
    m.COL_RIGHTS: 120,
    m.COL_REQUESTER: 160,
    m.COL_ENTITY: 56,
    m.COL_STATUS: 120,
    m.COL_DUE: 92,
    m.COL_DAYS_LEFT: 240,
    m.COL_HANDLER: 110,
}


def _status_label(status: str) -> str:
    return {
        "open": translate("Register", "Open cases"),
        "paused": translate("Register", "Paused"),
        "extended": translate("Register", "Extended"),
        "closed": translate("Register", "Closed"),
        "all": translate("Register", "All cases"),
    }[status]


class RegisterView(QWidget):
    """Filter bar and register table.

    Signals:
        case_activated(str): Enter or double-click on a case.
        current_case_changed(str): the selected case changed.
    """

    case_activated = Signal(str)
    current_case_changed = Signal(str)

    def __init__(self, model: CaseTableModel, soon_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._pending_select: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_filter_bar(soon_days))
        self.table = QTableView()
        self.table.setObjectName("register")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(m.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.loaded.connect(self._on_loaded)
        layout.addWidget(self.table, 1)

    def _build_filter_bar(self, soon_days: int) -> QWidget:
        # Flowing, so that a narrow register or a longer translation wraps the filters
        # onto a second row rather than clipping them or widening the window.
        holder = QWidget()
        holder.setObjectName("filter-bar")
        bar = FlowLayout(holder, spacing=6)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("Register", "Find reference, name or e-mail"))
        self.search.setMinimumWidth(180)
        self.status = QComboBox()
        for status in _STATUSES:
            self.status.addItem(_status_label(status), status)
        self.right = QComboBox()
        self.right.addItem(translate("Register", "Any right"), None)
        for right in Right:
            self.right.addItem(right_label(right), right)
        self.entity = QComboBox()
        self.entity.addItem(translate("Register", "All entities"), None)
        self.overdue = QToolButton()
        self.overdue.setText(translate("Register", "Overdue"))
        self.overdue.setCheckable(True)
        self.due_soon = QToolButton()
        self.due_soon.setCheckable(True)
        self.set_soon_days(soon_days)
        self.count = QLabel()
        # Wide enough for the largest register in this language, so the bar does not
        # re-wrap as the count changes; never narrower than the text (that clipped it).
        widest = translate("Register", "%1 cases").replace("%1", "888\u202f888")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(widest) + 8)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Takes its row's spare width, so the count sits at the right edge wherever it wraps.
        self.count.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # The statuses are short: shown whole. Rights and entity names can be long: the
        # combo shows their start and the popup the whole text.
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.right, self.entity):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for widget in (self.search, self.status, self.right, self.entity, self.overdue, self.due_soon):
            bar.addWidget(widget)
        bar.addWidget(self.count)
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.status, self.right, self.entity):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(lambda on: self._exclusive(on, self.due_soon))
        self.due_soon.toggled.connect(lambda on: self._exclusive(on, self.overdue))
        return holder

    def set_soon_days(self, days: int) -> None:
        if days == 7:
            self.due_soon.setText(translate("Register", "Due this week"))
        else:
            self.due_soon.setText(translate("Register", "Due within %1 days").replace("%1", str(days)))

    def set_entities(self, entities: list[Entity]) -> None:
        current = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(translate("Register", "All entities"), None)
        for entity in entities:
            self.entity.addItem(entity.code + " – " + entity.name, entity.code)
        index = self.entity.findData(current)
        self.entity.setCurrentIndex(max(index, 0))
        self.entity.blockSignals(False)

    def _exclusive(self, on: bool, other: QToolButton) -> None:
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> CaseFilter:
        status = str(self.status.currentData())
        if self.overdue.isChecked():
            status = "overdue"
        elif self.due_soon.isChecked():
            status = "due-soon"
        return CaseFilter(
            status=status,
            entity=self.entity.currentData(),
            text=self.search.text(),
            right=self.right.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def show_status(self, status: str) -> None:
        """Filter the register as a dashboard figure asks: overdue, due-soon, paused, ..."""
        for button in (self.overdue, self.due_soon):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if status == "overdue":
            self.overdue.setChecked(True)
            return
        if status == "due-soon":
            self.due_soon.setChecked(True)
            return
        index = self.status.findData(status)
        if index == self.status.currentIndex():
            self.apply_filter()
        else:
            self.status.setCurrentIndex(index)

    def select_reference(self, reference: str) -> None:
        """Select a case once it is in the register (now or after the next load)."""
        row = self.model.row_of(reference)
        if row is None:
            self._pending_select = reference
            return
        self._pending_select = None
        index = self.model.index(row, m.COL_REFERENCE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_loaded(self, count: int) -> None:
        self.count.setText(
            translate("Register", "%1 cases").replace("%1", f"{count:,}".replace(",", "\u202f"))
        )
        if self._pending_select is not None:
            self.select_reference(self._pending_select)

    def _activated(self, index: QModelIndex) -> None:
        ref = self.model.reference_at(index.row())
        if ref is not None:
            self.case_activated.emit(ref)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref = self.model.reference_at(current.row()) if current.isValid() else None
        if ref is not None:
            self.current_case_changed.emit(ref)
