"""The case register as a lazily loaded table model.

Filtering and sorting happen in the database, on the DB worker: a load fetches every
reference of the current filter in order (cheap even for 100,000 cases) plus the first
page of summaries. Further summaries are fetched a page at a time when a row is first
shown, with the page after it, so scrolling the whole register never waits for more than
one page. Only the last MAX_PAGES pages stay in memory: a register scrolled from end to
end does not keep 100,000 summaries (nor make the garbage collector walk them).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dsar_desk.domain.clock import Clock
from dsar_desk.services.queries import CaseFilter, CaseQueries, CaseSummary
from dsar_desk.ui.labels import days_left_text, format_date, right_label, status_label
from dsar_desk.ui.models.row_model import RECORD_ROLE, SORT_ROLE
from dsar_desk.ui.tasks import TaskRunner
from dsar_desk.ui.urgency import BACKGROUND, FOREGROUND, Urgency, urgency, urgency_icon, urgency_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root every table row hangs under

COL_REFERENCE = 0
COL_RECEIVED = 1
COL_RIGHTS = 2
COL_REQUESTER = 3
COL_ENTITY = 4
COL_STATUS = 5
COL_DUE = 6
COL_DAYS_LEFT = 7
COL_HANDLER = 8
COLUMN_COUNT = 9

# The database sort key behind each column (services.queries.SORT_KEYS).
SORT_KEY = {
    COL_REFERENCE: "reference",
    COL_RECEIVED: "received",
    COL_RIGHTS: "rights",
    COL_REQUESTER: "requester",
    COL_ENTITY: "entity",
    COL_STATUS: "status",
    COL_DUE: "due",
    COL_DAYS_LEFT: "due",
    COL_HANDLER: "handler",
}

PAGE_SIZE = 200
MAX_PAGES = 40
LOADING = "…"


def _headers() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("Register", "Reference"),
        translate("Register", "Received"),
        translate("Register", "Rights"),
        translate("Register", "Requester"),
        translate("Register", "Entity"),
        translate("Register", "Status"),
        translate("Register", "Due"),
        translate("Register", "Days left"),
        translate("Register", "Handler"),
    ]


class CaseTableModel(QAbstractTableModel):
    """Case summaries for the register.

    Signals:
        loaded(int): a new filter or sort order has been applied; the row count.
    """

    SortRole = SORT_ROLE
    RecordRole = RECORD_ROLE
    loaded = Signal(int)

    def __init__(self, tasks: TaskRunner, queries: CaseQueries, clock: Clock, soon_days: int, parent=None):
        super().__init__(parent)
        self._tasks, self._queries, self._clock = tasks, queries, clock
        self._soon_days = soon_days
        self._filter = CaseFilter(status="open", sort="due")
        self._refs: list[str] = []
        self._rows_of: dict[str, int] | None = {}  # built when first asked for
        self._cache: dict[str, CaseSummary] = {}
        self._requested: set[int] = set()
        self._pages: OrderedDict[int, None] = OrderedDict()  # loaded pages, oldest first
        self._generation = 0
        self._today = clock.today()
        self._headers = _headers()

    # --- loading -------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_soon_days(self, days: int) -> None:
        self._soon_days = days
        self.reload()

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = replace(flt, sort=self._filter.sort, descending=self._filter.descending)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._filter.sort, self._filter.descending):
            return  # the view re-announces the current order when sorting is switched on
        self._filter = replace(self._filter, sort=key, descending=descending)
        self.reload()

    def reload(self, changed: frozenset[str] = frozenset()) -> None:
        """Run the current filter again; `changed` cases are fetched afresh."""
        flt, queries = self._filter, self._queries

        def load() -> tuple[list[str], dict[str, CaseSummary]]:
            refs = queries.references(flt)
            wanted = refs[:PAGE_SIZE] + [ref for ref in changed if ref not in refs[:PAGE_SIZE]]
            return refs, queries.summaries_for(wanted)

        self._tasks.run(load, lambda result: self._apply(result, changed), key="register", read=True)

    def _apply(self, result: tuple[list[str], dict[str, CaseSummary]], changed: frozenset[str]) -> None:
        refs, summaries = result
        self._today = self._clock.today()
        if refs == self._refs:
            # Same rows in the same order: update in place so selection and scroll stay.
            self._cache.update(summaries)
            for ref in changed:
                row = self.row_of(ref)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
            self.loaded.emit(len(refs))
            return
        self.beginResetModel()
        self._generation += 1
        kept = {ref: s for ref, s in self._cache.items() if ref not in changed}
        self._refs = refs
        self._rows_of = None
        self._cache = {**kept, **summaries}
        self._requested = {0}
        self._pages = OrderedDict({0: None})
        self.endResetModel()
        self.loaded.emit(len(refs))

    def _request_page(self, page: int, prefetch: bool = True) -> None:
        if page in self._requested or not 0 <= page * PAGE_SIZE < len(self._refs):
            return
        self._requested.add(page)
        if prefetch:
            # The next page is fetched before the user gets there.
            self._request_page(page + 1, prefetch=False)
        chunk = self._refs[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        missing = [ref for ref in chunk if ref not in self._cache]
        if not missing:
            self._pages[page] = None
            return
        generation, queries = self._generation, self._queries
        self._tasks.run(
            lambda: queries.summaries_for(missing),
            lambda summaries: self._page_loaded(generation, page, summaries),
            read=True,
        )

    def _page_loaded(self, generation: int, page: int, summaries: dict[str, CaseSummary]) -> None:
        if generation != self._generation:
            return
        self._cache.update(summaries)
        self._pages[page] = None
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            old, _ = self._pages.popitem(last=False)
            self._requested.discard(old)
            for ref in self._refs[old * PAGE_SIZE : (old + 1) * PAGE_SIZE]:
                self._cache.pop(ref, None)
        first = page * PAGE_SIZE
        last = min(len(self._refs), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))

    # --- lookups -------------------------------------------------------------------

    def reference_at(self, row: int) -> str | None:
        return self._refs[row] if 0 <= row < len(self._refs) else None

    def row_of(self, reference: str) -> int | None:
        if self._rows_of is None:
            self._rows_of = {ref: row for row, ref in enumerate(self._refs)}
        return self._rows_of.get(reference)

    def summary_at(self, row: int) -> CaseSummary | None:
        ref = self.reference_at(row)
        return self._cache.get(ref) if ref is not None else None

    def is_row_loaded(self, row: int) -> bool:
        return self.summary_at(row) is not None

    # --- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._refs)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._refs):
            return None
        ref = self._refs[index.row()]
        summary = self._cache.get(ref)
        column = index.column()
        if summary is None:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                self._request_page(index.row() // PAGE_SIZE)
                return ref if column == COL_REFERENCE else LOADING
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_value(summary, column)
        if role == RECORD_ROLE:
            return summary
        level = urgency(summary, self._today, self._soon_days)
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUND.get(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUND.get(level)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DAYS_LEFT:
            return urgency_icon(level)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_DUE, COL_DAYS_LEFT):
            return self._deadline_tooltip(summary)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RIGHTS:
            return ", ".join(right_label(r) for r in summary.rights)
        return None

    def _display(self, s: CaseSummary, column: int) -> str:
        if column == COL_REFERENCE:
            return s.reference
        if column == COL_RECEIVED:
            return format_date(s.received)
        if column == COL_RIGHTS:
            return ", ".join(right_label(r) for r in s.rights)
        if column == COL_REQUESTER:
            return s.requester
        if column == COL_ENTITY:
            return s.entity
        if column == COL_STATUS:
            return status_label(s.status)
        if column == COL_DUE:
            return format_date(s.due)
        if column == COL_DAYS_LEFT:
            level = urgency(s, self._today, self._soon_days)
            if level in (Urgency.DONE, Urgency.PAUSED):
                return urgency_label(level)
            label = urgency_label(level)
            days = days_left_text(s.days_left)
            return label + " · " + days if label else days
        return s.handler

    def _sort_value(self, s: CaseSummary, column: int) -> Any:
        values: dict[int, Any] = {
            COL_REFERENCE: s.reference,
            COL_RECEIVED: s.received,
            COL_RIGHTS: ",".join(s.rights),
            COL_REQUESTER: s.requester.casefold(),
            COL_ENTITY: s.entity,
            COL_STATUS: s.status,
            COL_DUE: s.due,
            COL_DAYS_LEFT: s.days_left,
            COL_HANDLER: s.handler.casefold(),
        }
        return values[column]

    def _deadline_tooltip(self, s: CaseSummary) -> str:
        translate = QCoreApplication.translate
        lines = [translate("Register", "Due %1").replace("%1", format_date(s.due, weekday=True))]
        if not s.extended:
            lines.append(
                translate("Register", "Extension notice by %1").replace(
                    "%1", format_date(s.extension_notice_by, weekday=True)
                )
            )
        if s.paused_days:
            lines.append(translate("Register", "Paused %1 days").replace("%1", str(s.paused_days)))
        return "\n".join(lines)
