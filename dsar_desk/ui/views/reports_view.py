"""The Reports view: a month's KPIs, the last 12 months as a chart, refusals by ground, and exports.

Figures load on the DB worker when the view is shown or the month or entity changes, and
again after a change to the data if the view is visible (otherwise on next show).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.model import Entity
from dsar_desk.exports.kpis import MonthKpis
from dsar_desk.exports.month import Month
from dsar_desk.services.reports import ExportResult, MonthPoint, ReportService
from dsar_desk.ui.dialogs.export_dialog import FORMATS, ExportDialog, ExportOptions, default_file_name
from dsar_desk.ui.export_job import ExportJob
from dsar_desk.ui.models.refusals_model import RefusalsModel
from dsar_desk.ui.tasks import TaskRunner
from dsar_desk.ui.views.kpi_cards import KpiCards
from dsar_desk.ui.views.report_chart import SeriesChart

translate = QCoreApplication.translate

MONTHS_OFFERED = 60  # five years back: longer than any retention period we default to


@dataclass(frozen=True)
class ReportData:
    month: Month
    entity: str | None
    kpis: MonthKpis
    series: list[MonthPoint]


def fill(template: str, *values: str) -> str:
    """Qt's %1..%9 placeholders in one pass, so a value holding "%2" stays as it is."""
    return re.sub(
        r"%([1-9])", lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], template
    )


def last_full_month(today: date) -> Month:
    return Month.of(today).shift(-1)


def load_report(reports: ReportService, month: Month, entity: str | None) -> ReportData:
    return ReportData(month, entity, reports.month_kpis(month, entity), reports.series(month, entity))


class ReportsView(QWidget):
    """Signals:
    loaded(): new figures are on screen.
    export_finished(object): an ExportResult, or None when cancelled or failed.
    """

    loaded = Signal()
    export_finished = Signal(object)

    def __init__(
        self,
        reports: ReportService,
        tasks: TaskRunner,
        today: date,
        entities: list[Entity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reports-view")
        self.reports, self.tasks = reports, tasks
        self.data: ReportData | None = None
        self.export_dialog: ExportDialog | None = None
        self.export_job: ExportJob | None = None
        self.message_box: QMessageBox | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_pickers(today, entities))
        self.cards = KpiCards()
        layout.addWidget(self.cards)
        lower = QHBoxLayout()
        chart_box = QGroupBox(translate("Reports", "Last 12 months"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart = SeriesChart()
        chart_layout.addWidget(self.chart)
        lower.addWidget(chart_box, 3)
        refusals_box = QGroupBox(translate("Reports", "Refusals by legal ground"))
        refusals_layout = QVBoxLayout(refusals_box)
        self.refusals_model = RefusalsModel(self)
        self.refusals = QTableView()
        self.refusals.setObjectName("refusals-by-ground")
        self.refusals.setModel(self.refusals_model)
        self.refusals.verticalHeader().hide()
        self.refusals.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.refusals.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.refusals.setWordWrap(False)
        header = self.refusals.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RefusalsModel.COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        refusals_layout.addWidget(self.refusals)
        self.no_refusals = QLabel(translate("Reports", "No refusals decided this month."))
        self.no_refusals.setEnabled(False)
        refusals_layout.addWidget(self.no_refusals)
        lower.addWidget(refusals_box, 2)
        layout.addLayout(lower, 1)

    def _build_pickers(self, today: date, entities: list[Entity]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.month = QComboBox()
        self.month.setObjectName("report-month")
        current = Month.of(today)
        for offset in range(MONTHS_OFFERED):
            month = current.shift(-offset)
            label = str(month) + ("  " + translate("Reports", "(so far)") if offset == 0 else "")
            self.month.addItem(label, str(month))
        self.month.setCurrentIndex(self.month.findData(str(last_full_month(today))))
        self.entity = QComboBox()
        self.entity.setObjectName("report-entity")
        self.set_entities(entities)
        month_label = QLabel(translate("Reports", "&Month:"))
        month_label.setBuddy(self.month)
        entity_label = QLabel(translate("Reports", "&Entity:"))
        entity_label.setBuddy(self.entity)
        row.addWidget(month_label)
        row.addWidget(self.month)
        row.addSpacing(12)
        row.addWidget(entity_label)
        row.addWidget(self.entity)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setEnabled(False)
        row.addWidget(self.status)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(translate("Reports", "Export %1…").replace("%1", fmt.upper()))
            button.setObjectName("export-" + fmt)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            row.addWidget(button)
        self.month.currentIndexChanged.connect(self.reload)
        self.entity.currentIndexChanged.connect(self.reload)
        return row

    # --- pickers -------------------------------------------------------------------

    def set_entities(self, entities: list[Entity]) -> None:
        chosen = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(translate("Reports", "All entities"), None)
        for entity in entities:
            self.entity.addItem(f"{entity.code} – {entity.name}", entity.code)
        self.entity.setCurrentIndex(max(self.entity.findData(chosen), 0) if chosen else 0)
        self.entity.blockSignals(False)

    def chosen_month(self) -> Month:
        return Month.parse(str(self.month.currentData()))

    def chosen_entity(self) -> str | None:
        code = self.entity.currentData()
        return str(code) if code else None

    def select(self, month: Month, entity: str | None = None) -> None:
        """Pick a month and entity (one reload)."""
        self.entity.blockSignals(True)
        self.entity.setCurrentIndex(max(self.entity.findData(entity), 0) if entity else 0)
        self.entity.blockSignals(False)
        index = self.month.findData(str(month))
        if index < 0:
            self.month.addItem(str(month), str(month))
            index = self.month.count() - 1
        if index == self.month.currentIndex():
            self.reload()
        else:
            self.month.setCurrentIndex(index)

    # --- loading -------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def mark_stale(self) -> None:
        """Data changed: reload now if visible, else on next show."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        reports, month, entity = self.reports, self.chosen_month(), self.chosen_entity()
        self.status.setText(translate("Reports", "Loading…"))
        self.tasks.run(lambda: load_report(reports, month, entity), self._show, key="reports")

    def _show(self, data: ReportData) -> None:
        self.data = data
        self.status.setText("")
        self.cards.show_kpis(data.kpis.total)
        self.chart.set_points(data.series)
        self.refusals_model.set_grounds(data.kpis.total.refusals_by_ground)
        self.no_refusals.setVisible(not data.kpis.total.refusals_by_ground)
        self.loaded.emit()

    # --- exporting -----------------------------------------------------------------

    def export(self, fmt: str = "xlsx") -> ExportDialog:
        dialog = ExportDialog(self.chosen_month(), self.chosen_entity(), self.entity.currentText(), fmt, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.choose_file(dialog.options()))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def choose_file(self, options: ExportOptions) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / default_file_name(options))
        filters = {
            "csv": translate("Reports", "CSV files (*.csv)"),
            "xlsx": translate("Reports", "Excel workbooks (*.xlsx)"),
            "pdf": translate("Reports", "PDF documents (*.pdf)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("Reports", "Export monthly log"), suggested, filters[options.format]
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != "." + options.format:
            path = path.with_name(path.name + "." + options.format)
        self.start_export(options, path)

    def start_export(self, options: ExportOptions, path: Path) -> ExportJob:
        for button in self.export_buttons.values():
            button.setEnabled(False)
        job = ExportJob(self.reports, self.tasks, options, path, self)
        job.finished.connect(self._export_done)
        self.export_job = job
        return job

    def _export_done(self, result: ExportResult | None) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        job, self.export_job = self.export_job, None
        if job is not None:
            job.deleteLater()
        if result is not None:
            self._show_success(result)
        elif job is not None and job.cancelled:
            self.status.setText(translate("Reports", "Export cancelled; no file was written."))
        self.export_finished.emit(result)

    def _show_success(self, result: ExportResult) -> None:
        text = fill(
            translate("Reports", "Wrote %1 rows to:\n%2\n\nSHA-256 (also in %3):\n%4"),
            str(result.rows),
            str(result.path),
            result.path.name + ".sha256",
            result.sha256,
        )
        box = QMessageBox(
            QMessageBox.Icon.Information, translate("Reports", "Export complete"), text, parent=self
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
