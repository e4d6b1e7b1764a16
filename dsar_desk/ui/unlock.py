"""Opening the case store from the window: keyring first, a passphrase dialog where none works.

Everything here runs before the main window exists (modal dialogs on the UI thread are
fine: nothing else is going on yet). The passphrase lives in memory only while the
store opens; it is never written anywhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.credentials.keys import MIN_PASSPHRASE_CHARS
from dsar_desk.credentials.secret_store import KeyringSecretStore, SecretStore
from dsar_desk.domain.clock import Clock
from dsar_desk.domain.errors import DomainError
from dsar_desk.services.desk import Desk, open_desk, restore_store
from dsar_desk.services.unlock import (
    KeyMode,
    KeyringNeededError,
    NoKeyringError,
    PassphrasePurpose,
    RecoveryOutcome,
)
from dsar_desk.storage.errors import (
    KeyMissingError,
    LockHolder,
    StoreDamagedError,
    StoreLockedError,
    WrongKeyError,
)
from dsar_desk.ui.dialogs.base import error_label, show_error
from dsar_desk.ui.dialogs.recovery_unlock import RecoveryReason, RecoveryUnlockDialog

translate = QCoreApplication.translate


@contextlib.contextmanager
def _wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


USE_RECOVERY_KEY = 2  # PassphraseDialog's result when the user asks for the recovery key instead


class PassphraseDialog(QDialog):
    """NEW: choose a passphrase (typed twice, at least 12 characters). EXISTING: type it once."""

    def __init__(
        self,
        purpose: PassphrasePurpose,
        message: str = "",
        parent: QWidget | None = None,
        after_recovery: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase-dialog")
        self.purpose = purpose
        new = purpose is PassphrasePurpose.NEW
        self.setWindowTitle(
            translate("Unlock", "Choose a passphrase")
            if new
            else translate("Unlock", "Unlock the case store")
        )
        intro = QLabel(
            translate(
                "Unlock",
                "The recovery key opened the case store. No keyring is available on this computer to "
                "keep its key, so choose a passphrase now: the store is re-encrypted with it, and you "
                "get a new recovery key. If you skip this, the next start asks for the recovery key again.",
            )
            if after_recovery
            else translate(
                "Unlock",
                "No keyring is available on this computer to keep the case store's key. Choose a "
                "passphrase instead: it encrypts every case. DSAR Desk never stores the cases "
                "unencrypted and never writes the passphrase down.",
            )
            if new
            else translate("Unlock", "This case store is protected by a passphrase.")
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("passphrase-repeat")
        form = QFormLayout()
        form.addRow(translate("Unlock", "Passphrase"), self.passphrase)
        if new:
            form.addRow(translate("Unlock", "Repeat it"), self.repeat)
            self.passphrase.setPlaceholderText(
                translate("Unlock", "at least %1 characters; a few unrelated words work well").replace(
                    "%1", str(MIN_PASSPHRASE_CHARS)
                )
            )
        else:
            self.repeat.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            translate("Unlock", "Set passphrase")
            if after_recovery
            else translate("Unlock", "Create store")
            if new
            else translate("Unlock", "Unlock")
        )
        if after_recovery:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Unlock", "Skip"))
        self.recovery_button = None
        if not new:
            # A lost passphrase is what the recovery key is for.
            self.recovery_button = self.buttons.addButton(
                translate("Unlock", "Use recovery key…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.recovery_button.clicked.connect(lambda: self.done(USE_RECOVERY_KEY))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self.revalidate)
        self.repeat.textChanged.connect(self.revalidate)
        self._message = message
        self.revalidate()
        self.setMinimumWidth(440)

    def problem(self) -> str:
        text = self.passphrase.text()
        if self.purpose is PassphrasePurpose.EXISTING:
            return "" if text else " "
        if len(text) < MIN_PASSPHRASE_CHARS:
            return (
                translate("Unlock", "Passphrase: use at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_CHARS)
                )
                if text
                else " "
            )
        if text != self.repeat.text():
            if not self.repeat.text():
                return " "
            return translate("Unlock", "The two passphrases differ; type the same one twice.")
        return ""

    def revalidate(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        # A blank problem means "not finished yet": no red text while the user types.
        show_error(self.error, problem.strip() or self._message)

    def text(self) -> str:
        return self.passphrase.text()


class DialogPassphrase:
    """A PassphraseProvider that asks in a dialog; after a wrong one it asks again with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.message = ""
        self.asked = False
        self.cancelled = False
        self.wants_recovery_key = False
        self._remembered: str | None = None

    def __call__(self, purpose: PassphrasePurpose) -> str | None:
        # One opening may need the passphrase more than once (restore, then open); ask once.
        if purpose is PassphrasePurpose.EXISTING and self._remembered is not None:
            return self._remembered
        self.asked = True
        dialog = PassphraseDialog(purpose, self.message, self.parent)
        result = dialog.exec()
        text = dialog.text()
        dialog.deleteLater()
        if result == USE_RECOVERY_KEY:
            self.wants_recovery_key = True
            return None
        if result != QDialog.DialogCode.Accepted:
            self.cancelled = True
            return None
        self._remembered = text
        return text

    def wrong(self, message: str) -> None:
        self._remembered = None
        self.message = message

    def forget(self) -> None:
        self._remembered = None

    def reset(self) -> None:
        """Ask afresh (after the user came back from the recovery key dialog)."""
        self.asked = self.cancelled = self.wants_recovery_key = False
        self.message = ""
        self._remembered = None


class StoreOpener:
    """Open the store, asking the user what to do when it is protected, held elsewhere or damaged.

    The questions are methods so a caller (or a test) can answer them differently.
    """

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        os_user: str,
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.data_dir, self.clock, self.os_user, self.secrets = data_dir, clock, os_user, secrets
        self.parent = parent
        self.message_box: QMessageBox | None = None
        self.recovery_dialog: RecoveryUnlockDialog | None = None

    def open(self) -> Desk | None:
        """The opened desk, or None when the user gave up (the reason has been shown)."""
        provider = DialogPassphrase(self.parent)
        read_only = False
        recovery_key: str | None = None
        while True:
            try:
                desk = open_desk(
                    self.data_dir,
                    self.clock,
                    self.os_user,
                    secrets=self.secrets,
                    passphrase=provider,
                    recovery_key=recovery_key,
                    read_only=read_only,
                    # The day's check and backup run once the window is up (SecurityActions).
                    auto_backup=False,
                )
            except WrongKeyError as exc:
                if recovery_key is None and provider.asked and not provider.cancelled:
                    provider.wrong(str(exc).capitalize())
                    continue
                if recovery_key is None and not provider.asked:
                    # The keyring's key does not open this file: only its recovery key can.
                    recovery_key = self.ask_recovery_key(RecoveryReason.KEY_MISMATCH)
                    if recovery_key is not None:
                        continue
                    return None
                self.fail(exc)
                return None
            except KeyMissingError:
                recovery_key = self.ask_recovery_key(RecoveryReason.KEY_NOT_HERE)
                if recovery_key is None:
                    return None
                continue
            except KeyringNeededError:
                recovery_key = self.ask_recovery_key(RecoveryReason.NO_KEYRING)
                if recovery_key is None:
                    return None
                continue
            except StoreLockedError as exc:
                if not read_only and self.ask_read_only(exc.holder):
                    read_only = True
                    continue
                return None
            except StoreDamagedError as exc:
                if exc.newest_backup is not None and self.ask_restore(exc):
                    if self._restore(exc.newest_backup, provider, recovery_key):
                        continue
                    return None
                self.fail(exc)
                return None
            except NoKeyringError as exc:
                if provider.wants_recovery_key:
                    recovery_key = self.ask_recovery_key(RecoveryReason.PASSPHRASE, back=True)
                    provider.reset()  # "Back" shows the passphrase dialog again
                    continue
                if not provider.cancelled:
                    self.fail(exc)
                return None
            except DomainError as exc:
                if not provider.cancelled:
                    self.fail(exc)
                return None
            provider.forget()
            if desk.report.recovery is not RecoveryOutcome.NONE:
                self.after_recovery(desk)
            return desk

    def after_recovery(self, desk: Desk) -> None:
        """As `dsar-desk unlock` does: say the keyring keeps the key now, or, with no keyring here,
        ask for a new passphrase and re-encrypt (its new recovery key is then shown like a new one)."""
        if desk.report.recovery is RecoveryOutcome.KEPT_IN_KEYRING:
            box = self._box(
                QMessageBox.Icon.Information,
                translate("Unlock", "Unlocked with the recovery key"),
                translate(
                    "Unlock",
                    "The case store is open. This computer's keyring now keeps its key, so the "
                    "recovery key is not needed here again. Keep the recovery sheet safe.",
                ),
                "recovered",
            )
            box.exec()
            return
        if desk.report.read_only:
            return  # another window holds the store; it cannot be re-encrypted from here
        message = ""
        while True:
            dialog = PassphraseDialog(PassphrasePurpose.NEW, message, self.parent, after_recovery=True)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            phrase = dialog.text()
            dialog.deleteLater()
            if not accepted:
                return
            try:
                with _wait_cursor():
                    desk.report.recovery_key = desk.change_passphrase(phrase)
            except DomainError as exc:
                message = str(exc).capitalize()
                continue
            desk.report.key_mode = KeyMode.PASSPHRASE
            return

    def ask_recovery_key(self, reason: RecoveryReason, back: bool = False) -> str | None:
        """The recovery key, once the user typed one that opens the store; None to give up (or go back)."""
        dialog = RecoveryUnlockDialog(
            self.data_dir, reason, self._keyring_available(), self.parent, back=back
        )
        self.recovery_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        key = dialog.key()
        dialog.deleteLater()
        return key if accepted and key else None

    def _keyring_available(self) -> bool:
        secrets = self.secrets or KeyringSecretStore()
        return secrets.is_available()

    def _restore(self, backup: Path, provider: DialogPassphrase, recovery_key: str | None = None) -> bool:
        try:
            restore_store(
                self.data_dir,
                backup,
                self.clock,
                self.os_user,
                secrets=self.secrets,
                passphrase=provider,
                recovery_key=recovery_key,
            )
        except DomainError as exc:
            self.fail(exc)
            return False
        return True

    # --- the questions -----------------------------------------------------------------

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, parent=self.parent)
        box.setObjectName(name)
        self.message_box = box
        return box

    def ask_read_only(self, holder: LockHolder | None) -> bool:
        who = holder.describe() if holder else translate("Unlock", "another DSAR Desk")
        box = self._box(
            QMessageBox.Icon.Question,
            translate("Unlock", "Case store in use"),
            translate(
                "Unlock",
                "The case store is open in %1. Only one DSAR Desk can change it at a time.\n\n"
                "Open it read-only to look up cases? Changes are refused until the other one closes.",
            ).replace("%1", who),
            "store-locked",
        )
        read_only = box.addButton(translate("Unlock", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Unlock", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is read_only

    def ask_restore(self, exc: StoreDamagedError) -> bool:
        box = self._box(
            QMessageBox.Icon.Warning,
            translate("Unlock", "The case store is damaged"),
            translate(
                "Unlock",
                "The case store failed its check and cannot be opened safely.\n\n"
                "Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.",
            ).replace("%1", exc.newest_backup.name if exc.newest_backup else ""),
            "store-damaged",
        )
        box.setDetailedText(str(exc))
        restore = box.addButton(translate("Unlock", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Unlock", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore

    def fail(self, exc: DomainError) -> None:
        box = self._box(
            QMessageBox.Icon.Critical,
            translate("Unlock", "Cannot open the case store"),
            str(exc).capitalize(),
            "open-failed",
        )
        box.exec()
