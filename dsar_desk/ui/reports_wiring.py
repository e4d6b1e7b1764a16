"""Puts the Reports view into the main window and wires "Export monthly log…" to it.

Kept out of main_window.py so that the shell stays thin; the window calls `install_reports`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget

from dsar_desk.services.context import Changes
from dsar_desk.services.reports import ReportService
from dsar_desk.ui.views.reports_view import ReportsView

translate = QCoreApplication.translate


def install_reports(window, tabs: QTabWidget) -> ReportsView:
    """Add the Reports tab to `tabs`, enable the export action and refresh on data changes."""
    view = ReportsView(ReportService(window.desk.ctx), window.tasks, window.clock.today(), window.entities)
    tabs.addTab(view, translate("Main", "&Reports"))
    desk, tasks = window.desk, window.tasks

    def open_export() -> None:
        tabs.setCurrentWidget(view)
        view.export("xlsx")

    def on_changes(changes: Changes) -> None:
        if changes.entities:
            tasks.run(desk.entities.list, view.set_entities)
        view.mark_stale()

    window.act_export.setEnabled(True)
    window.act_export.setToolTip(translate("Main", "Export the monthly request log (CSV, XLSX or PDF)"))
    window.act_export.setStatusTip(window.act_export.toolTip())
    window.act_export.triggered.connect(open_export)
    window.changes_applied.connect(on_changes)
    return view
