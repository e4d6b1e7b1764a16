"""One export of the monthly log on the DB worker, with a progress dialog and a Cancel button.

The service reports progress from the worker thread; a signal queues it to the UI thread.
Cancel sets a flag the service polls; it then raises ExportCancelled and removes its
temporary file, so a cancelled export leaves nothing behind and is not an error.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dsar_desk.exports.files import ExportCancelled
from dsar_desk.services.reports import ExportResult, ReportService
from dsar_desk.ui.dialogs.export_dialog import ExportOptions
from dsar_desk.ui.tasks import TaskRunner

translate = QCoreApplication.translate

CANCELLED = "cancelled"


class ExportJob(QObject):
    """Signals:
    progressed(int, int): done and total rows (emitted on the worker, delivered queued).
    finished(object): the ExportResult, or None when cancelled or failed.
    """

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(
        self, reports: ReportService, tasks: TaskRunner, options: ExportOptions, path: Path, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.options, self.path = options, path
        self._cancel = threading.Event()
        self.result: ExportResult | None = None
        self.cancelled = False
        self.progress = QProgressDialog(
            translate("Reports", "Exporting the request log for %1…").replace("%1", str(options.month)),
            translate("Reports", "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setObjectName("export-progress")
        self.progress.setWindowTitle(translate("Reports", "Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._start(reports, tasks)

    def cancel(self) -> None:
        self._cancel.set()
        self.progress.setLabelText(translate("Reports", "Cancelling…"))

    def _start(self, reports: ReportService, tasks: TaskRunner) -> None:
        options, path, flag, emit = self.options, self.path, self._cancel, self.progressed.emit

        def work() -> ExportResult | str:
            try:
                return reports.export(
                    options.month,
                    options.entity,
                    options.format,
                    path,
                    include_names=options.include_names,
                    delimiter=options.delimiter,
                    progress=emit,
                    cancelled=flag.is_set,
                )
            except ExportCancelled:
                return CANCELLED

        tasks.run(work, self._done, on_error=lambda _exc: self._finish(None))

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != total:
            self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, outcome: ExportResult | str) -> None:
        if isinstance(outcome, ExportResult):
            self.result = outcome
            self._finish(outcome)
        else:
            self.cancelled = True
            self._finish(None)

    def _finish(self, result: ExportResult | None) -> None:
        # Closing the dialog would emit canceled() again on some styles; disconnect first.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.finished.emit(result)
