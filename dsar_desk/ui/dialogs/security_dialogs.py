"""Help → Diagnostics and Tools → Retention: plain views over values the services computed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.services.backups import BackupInfo
from dsar_desk.services.diagnostics import AuditStatus, TrailState
from dsar_desk.services.retention import RetentionItem

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Diagnostics:
    """Everything Help → Diagnostics shows; gathered on the DB worker."""

    audit: AuditStatus
    data_dir: Path | None
    key_mode: str
    read_only: bool
    last_backup: BackupInfo | None
    backups: int
    log_file: Path | None


def _value(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Hashes and paths have no spaces to break at: wrapping them only clipped them.
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def trail_text(audit: AuditStatus) -> str:
    if audit.state is TrailState.INTACT:
        return translate("Diagnostics", "intact")
    if audit.state is TrailState.EMPTY:
        return translate("Diagnostics", "empty (nothing recorded yet)")
    return translate("Diagnostics", "BROKEN")


class DiagnosticsDialog(QDialog):
    def __init__(self, info: Diagnostics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnostics-dialog")
        self.setWindowTitle(translate("Diagnostics", "Diagnostics"))
        audit = info.audit
        form = QFormLayout()
        self.trail = _value(trail_text(audit), "audit-state")
        if not audit.ok:
            self.trail.setStyleSheet("color: #b3261e; font-weight: bold;")
        form.addRow(translate("Diagnostics", "Audit trail"), self.trail)
        form.addRow(translate("Diagnostics", "Events"), _value(str(audit.events)))
        form.addRow(translate("Diagnostics", "Head hash"), _value(audit.head or "–", "head-hash", wrap=False))
        if audit.redacted:
            form.addRow(translate("Diagnostics", "Redacted by retention"), _value(str(audit.redacted)))
        if not audit.ok:
            form.addRow(translate("Diagnostics", "First bad event"), _value(audit.summary(), "first-bad"))
        form.addRow(
            translate("Diagnostics", "Checked at"),
            _value(audit.checked_at.isoformat(sep=" ", timespec="seconds")),
        )
        form.addRow(translate("Diagnostics", "Data folder"), _value(str(info.data_dir or "–"), wrap=False))
        modes = {
            "passphrase": translate("Diagnostics", "passphrase"),
            "memory": translate("Diagnostics", "in memory only (demo store, gone when the window closes)"),
        }
        mode = modes.get(info.key_mode, translate("Diagnostics", "OS keyring"))
        if info.read_only:
            mode += " · " + translate("Diagnostics", "opened read-only")
        form.addRow(translate("Diagnostics", "Key"), _value(mode))
        last = (
            translate("Diagnostics", "%1 (%2, %3 in the data folder)")
            .replace("%1", info.last_backup.taken.isoformat(sep=" ", timespec="minutes"))
            .replace("%2", info.last_backup.kind)
            .replace("%3", str(info.backups))
            if info.last_backup
            else translate("Diagnostics", "none yet")
        )
        form.addRow(translate("Diagnostics", "Last backup"), _value(last, "last-backup"))
        form.addRow(
            translate("Diagnostics", "Log file"),
            _value(
                str(info.log_file) if info.log_file else translate("Diagnostics", "not written"), wrap=False
            ),
        )
        note = QLabel(
            translate("Diagnostics", "Nothing here is personal data, and nothing is sent anywhere.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)


class RetentionDialog(QDialog):
    """The dry run: which cases would be anonymised and what goes; OK runs it."""

    def __init__(self, items: list[RetentionItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention-dialog")
        self.setWindowTitle(translate("Retention", "Retention of closed cases"))
        self.resize(820, 440)
        intro = QLabel(
            translate(
                "Retention",
                "%1 closed case(s) have passed their entity's retention period. Running retention "
                "anonymises them: personal fields, attachments and letters are removed; statistics "
                "and the audit skeleton stay. This cannot be undone (backups keep the old state).",
            ).replace("%1", str(len(items)))
            if items
            else translate("Retention", "No closed case has passed its retention period. Nothing to do.")
        )
        intro.setWordWrap(True)
        headers = [
            translate("Retention", "Case"),
            translate("Retention", "Entity"),
            translate("Retention", "Closed"),
            translate("Retention", "Due"),
            translate("Retention", "What is removed"),
        ]
        self.table = QTableWidget(len(items), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, item in enumerate(items):
            values = (
                item.reference,
                item.entity_code,
                item.closed_on.isoformat(),
                item.due_on.isoformat(),
                item.describe(),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = buttons.addButton(
            translate("Retention", "Anonymise %1 case(s)").replace("%1", str(len(items))),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.run_button.setEnabled(bool(items))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
