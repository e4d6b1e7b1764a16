"""The recovery key, shown once after the store was created or encrypted, with its printable sheet."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.credentials.recovery_sheet import STEPS, write_recovery_sheet

translate = QCoreApplication.translate

SHEET_FILE = "dsar-desk-recovery-key.pdf"


class RecoveryKeyDialog(QDialog):
    """Close stays disabled until the user confirms the key is stored safely."""

    def __init__(self, recovery_key: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-key-dialog")
        self.setWindowTitle(translate("Recovery", "Your recovery key"))
        self._key, self._today = recovery_key, today
        intro = QLabel(
            translate(
                "Recovery",
                "This key opens the case store and its backups on another computer, or when this "
                "computer's keyring or your passphrase is lost. It is shown only now. Print it or "
                "save the recovery sheet, and keep it apart from the computer.",
            )
        )
        intro.setWordWrap(True)
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label = QLabel("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.key_label.setObjectName("recovery-key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("border: 1px solid palette(mid); border-radius: 6px; padding: 12px;")
        self.print_button = QPushButton(translate("Recovery", "Print…"))
        self.save_button = QPushButton(translate("Recovery", "Save as PDF…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.choose_pdf)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.stored = QCheckBox(translate("Recovery", "I have stored it safely"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.buttons.rejected.connect(self.accept)
        self.stored.toggled.connect(self.close_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:
        # Escape must not skip the key: it is never shown again.
        if self.stored.isChecked():
            super().reject()

    def choose_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Recovery", "Save the recovery sheet"),
            str(Path.home() / SHEET_FILE),
            "PDF (*.pdf)",
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> Path | None:
        try:
            return write_recovery_sheet(path, self._key, self._today)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("Recovery", "Not saved"),
                translate("Recovery", "The sheet could not be written (%1); choose another folder.").replace(
                    "%1", exc.strerror or type(exc).__name__
                ),
            )
            return None

    def sheet_document(self) -> QTextDocument:
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in STEPS)
        doc = QTextDocument()
        doc.setHtml(
            "<h1>DSAR Desk recovery key</h1>"
            f"<p>Created {self._today.isoformat()}</p>"
            f"<p style='font-size:18pt; font-family:monospace'><b>{html.escape(self._key)}</b></p>"
            f"<h3>What to do with this sheet</h3><ol>{steps}</ol>"
            "<p><small>This sheet holds no personal data.</small></p>"
        )
        return doc

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("DSAR Desk recovery key")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sheet_document().print_(printer)
