"""Export options for the monthly log: format, names or not, CSV separator."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from dsar_desk.exports.month import Month
from dsar_desk.ui.dialogs.base import FormDialog

translate = QCoreApplication.translate

FORMATS = ("csv", "xlsx", "pdf")


@dataclass(frozen=True)
class ExportOptions:
    month: Month
    entity: str | None
    format: str
    include_names: bool = False
    delimiter: str = ";"


def default_file_name(options: ExportOptions) -> str:
    """`request-log-2026-10[-NO1].csv`: month and entity only, never personal data."""
    entity = f"-{options.entity}" if options.entity else ""
    return f"request-log-{options.month}{entity}.{options.format}"


def format_label(fmt: str) -> str:
    return {
        "csv": translate("Reports", "CSV (spreadsheet text)"),
        "xlsx": translate("Reports", "XLSX (Excel workbook)"),
        "pdf": translate("Reports", "PDF (printable report)"),
    }[fmt]


class ExportDialog(FormDialog):
    def __init__(
        self, month: Month, entity: str | None, scope_label: str, fmt: str, parent: QWidget | None = None
    ):
        super().__init__(
            translate("Reports", "Export monthly log"),
            translate("Reports", "The request log for %1, %2.")
            .replace("%1", str(month))
            .replace("%2", scope_label),
            parent,
        )
        self.setObjectName("export-dialog")
        self.month, self.entity = month, entity
        self.format = QComboBox()
        for value in FORMATS:
            self.format.addItem(format_label(value), value)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))
        self.add_row(translate("Reports", "Format:"), self.format)
        self.delimiter = QComboBox()
        self.delimiter.addItem(translate("Reports", "; semicolon (Nordic spreadsheets)"), ";")
        self.delimiter.addItem(translate("Reports", ", comma"), ",")
        self.add_row(translate("Reports", "CSV separator:"), self.delimiter)
        self.include_names = QCheckBox(translate("Reports", "Include requester names and contact details"))
        self.add_row("", self.include_names)
        self.names_warning = QLabel(
            translate(
                "Reports",
                "The file will then hold personal data. Keep it where only those who need it "
                "can read it, and delete it when it is no longer needed. Without names the log "
                "is pseudonymous by case reference.",
            )
        )
        self.names_warning.setObjectName("names-warning")
        self.names_warning.setWordWrap(True)
        self.names_warning.setStyleSheet("color: #8a4b00;")
        self.form.addRow("", self.names_warning)
        self.format.currentIndexChanged.connect(self._update)
        self.include_names.toggled.connect(self._update)
        self.ok_button.setText(translate("Reports", "Choose file…"))
        self._update()

    def _update(self) -> None:
        self.delimiter.setEnabled(self.format.currentData() == "csv")
        self.names_warning.setVisible(self.include_names.isChecked())

    def options(self) -> ExportOptions:
        return ExportOptions(
            self.month,
            self.entity,
            str(self.format.currentData()),
            self.include_names.isChecked(),
            str(self.delimiter.currentData()),
        )
