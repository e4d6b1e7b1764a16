"""Unlock a moved or restored case store with the recovery key from its printed sheet.

The key is checked on a worker thread (it reads the store's first page, and nothing
else); only a key that opens the store closes the dialog, so a typo or the sheet of
another store is explained at the field and the user can try again. Nothing is written
while the dialog is open: the caller opens the store with the key afterwards.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.credentials.keys import RECOVERY_KEY_LETTERS, recovery_key_letters
from dsar_desk.domain.errors import DomainError, ValidationError
from dsar_desk.services.desk import check_recovery_key
from dsar_desk.ui import gc_guard
from dsar_desk.ui.dialogs.base import error_label, show_error
from dsar_desk.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class RecoveryReason(StrEnum):
    """Why the store cannot be opened the usual way; the dialog explains it in the user's words."""

    KEY_NOT_HERE = "key-not-here"  # the keyring works but holds no key for this store
    NO_KEYRING = "no-keyring"  # the key was kept in a keyring and this computer has none
    KEY_MISMATCH = "key-mismatch"  # the keyring's key does not open the store
    PASSPHRASE = "passphrase"  # the user chose the recovery key instead of the passphrase


def reason_text(reason: RecoveryReason) -> str:
    if reason is RecoveryReason.KEY_NOT_HERE:
        return translate(
            "RecoveryUnlock",
            "This computer's keyring does not hold the key of this case store. That is expected "
            "when the data folder was moved here or restored from another computer.",
        )
    if reason is RecoveryReason.NO_KEYRING:
        return translate(
            "RecoveryUnlock",
            "This case store's key was kept in an OS keyring, and no keyring is available on this computer.",
        )
    if reason is RecoveryReason.KEY_MISMATCH:
        return translate(
            "RecoveryUnlock",
            "The key in this computer's keyring does not open this case store; the file may have "
            "been replaced by one from another computer.",
        )
    return translate("RecoveryUnlock", "If the passphrase is lost, the recovery key opens the store instead.")


def _check(data_dir: Path, text: str) -> str:
    """Runs on the worker: an empty string when the key opens the store, else the reason."""
    try:
        check_recovery_key(data_dir, text)
    except ValidationError as exc:
        return exc.detail[:1].upper() + exc.detail[1:]
    except DomainError as exc:
        message = str(exc)
        return message[:1].upper() + message[1:]
    return ""


class RecoveryUnlockDialog(QDialog):
    """Accepted only once the typed key has been shown to open the store; `key()` returns it."""

    def __init__(
        self,
        data_dir: Path,
        reason: RecoveryReason,
        keyring_available: bool,
        parent: QWidget | None = None,
        back: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-unlock-dialog")
        self.setWindowTitle(translate("RecoveryUnlock", "Unlock with the recovery key"))
        self.data_dir = data_dir
        self._checked_key = ""
        self._runner: TaskRunner | None = None

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(translate("RecoveryUnlock", "Open the case store with its recovery key"))
        title.setObjectName("recovery-unlock-title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        why = QLabel(reason_text(reason))
        why.setObjectName("recovery-unlock-reason")
        why.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(title)
        heading.addWidget(why)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        field_label = QLabel(translate("RecoveryUnlock", "&Recovery key, as printed on the recovery sheet"))
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recovery-key-input")
        field_label.setBuddy(self.key_edit)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.1)
        self.key_edit.setFont(fixed)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-…")
        self.key_edit.setMinimumHeight(self.key_edit.sizeHint().height() + 8)
        self.key_edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("recovery-key-count")
        self.count.setStyleSheet("color: palette(placeholder-text);")
        self.error = error_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the check has no steps to count
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        after = QLabel(
            translate(
                "RecoveryUnlock",
                "After unlocking, this computer's keyring keeps the key, so the recovery key is not "
                "needed here again. Keep the sheet safe: it still opens the store and its backups.",
            )
            if keyring_available
            else translate(
                "RecoveryUnlock",
                "No keyring is available on this computer to keep the key. After unlocking you "
                "choose a passphrase, which protects the store from then on.",
            )
        )
        after.setObjectName("recovery-unlock-after")
        after.setWordWrap(True)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            translate("RecoveryUnlock", "Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            translate("RecoveryUnlock", "Back") if back else translate("RecoveryUnlock", "Quit"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.start_check)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(field_label)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addSpacing(4)
        layout.addWidget(after)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addWidget(self.buttons)
        self.key_edit.textChanged.connect(self._typed)
        self._typed()
        # Wide enough for the whole key (14 groups of four) in the fixed-width font.
        self.setMinimumWidth(max(720, QFontMetrics(fixed).horizontalAdvance("XXXX-" * 14) + 60))

    # --- input -------------------------------------------------------------------------

    def _typed(self) -> None:
        letters = len(recovery_key_letters(self.key_edit.text()))
        self.count.setText(
            translate("RecoveryUnlock", "%1 of %2 letters and digits · spaces, dashes and case do not matter")
            .replace("%1", str(letters))
            .replace("%2", str(RECOVERY_KEY_LETTERS))
        )
        self.unlock_button.setEnabled(letters > 0 and not self.busy)
        if self.error.isVisible():
            self._show_problem("")

    @property
    def busy(self) -> bool:
        return self._runner is not None and self._runner.busy

    def key(self) -> str:
        """The key that was shown to open the store (empty until then)."""
        return self._checked_key

    # --- checking ----------------------------------------------------------------------

    def start_check(self) -> None:
        text = self.key_edit.text()
        if self.busy or not recovery_key_letters(text):
            return
        if self._runner is None:
            # A worker thread is about to run Python code: cycles must be collected on this
            # thread only (the window installs the same guard; at start-up it may not exist yet).
            gc_guard.install(QApplication.instance() or self)
            self._runner = TaskRunner(self)
        self._set_busy(True)
        data_dir = self.data_dir
        self._runner.run(
            lambda: _check(data_dir, text),
            lambda problem: self._checked(text, problem),
            on_error=lambda _exc: self._checked(
                text, translate("RecoveryUnlock", "The key could not be checked; see the log file.")
            ),
        )

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.key_edit.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self._show_problem("")
            self.count.setText(translate("RecoveryUnlock", "Checking the key…"))

    def _show_problem(self, message: str) -> None:
        show_error(self.error, message)
        # The message wraps onto new lines: grow with it rather than squeeze the text above.
        self.adjustSize()

    def _checked(self, text: str, problem: str) -> None:
        self._set_busy(False)
        self._typed()
        if problem:
            self._show_problem(problem)
            self.key_edit.setFocus()
            self.key_edit.selectAll()
            return
        self._checked_key = text
        self.accept()

    def done(self, result: int) -> None:
        if self._runner is not None:
            self._runner.drain()
        super().done(result)

    def reject(self) -> None:
        if self.busy:
            return  # the check takes a moment; leaving mid-way would race its answer
        super().reject()
