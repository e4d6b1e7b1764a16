"""Opening the case store from the window: keyring first, a passphrase dialog where none works.

Everything here runs before the main window exists (modal dialogs on the UI thread are
fine: nothing else is going on yet). The passphrase lives in memory only while the
store opens; it is never written anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
from dsar_desk.credentials.secret_store import SecretStore
from dsar_desk.domain.clock import Clock
from dsar_desk.domain.errors import DomainError
from dsar_desk.services.desk import Desk, open_desk, restore_store
from dsar_desk.services.unlock import NoKeyringError, PassphrasePurpose
from dsar_desk.storage.errors import LockHolder, StoreDamagedError, StoreLockedError, WrongKeyError
from dsar_desk.ui.dialogs.base import error_label, show_error

translate = QCoreApplication.translate


class PassphraseDialog(QDialog):
    """NEW: choose a passphrase (typed twice, at least 12 characters). EXISTING: type it once."""

    def __init__(self, purpose: PassphrasePurpose, message: str = "", parent: QWidget | None = None) -> None:
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
        self.ok_button.setText(translate("Unlock", "Create store") if new else translate("Unlock", "Unlock"))
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
        self._remembered: str | None = None

    def __call__(self, purpose: PassphrasePurpose) -> str | None:
        # One opening may need the passphrase more than once (restore, then open); ask once.
        if purpose is PassphrasePurpose.EXISTING and self._remembered is not None:
            return self._remembered
        self.asked = True
        dialog = PassphraseDialog(purpose, self.message, self.parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.text()
        dialog.deleteLater()
        if not accepted:
            self.cancelled = True
            return None
        self._remembered = text
        return text

    def wrong(self, message: str) -> None:
        self._remembered = None
        self.message = message

    def forget(self) -> None:
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

    def open(self) -> Desk | None:
        """The opened desk, or None when the user gave up (the reason has been shown)."""
        provider = DialogPassphrase(self.parent)
        read_only = False
        while True:
            try:
                desk = open_desk(
                    self.data_dir,
                    self.clock,
                    self.os_user,
                    secrets=self.secrets,
                    passphrase=provider,
                    read_only=read_only,
                )
            except WrongKeyError as exc:
                if provider.asked and not provider.cancelled:
                    provider.wrong(str(exc).capitalize())
                    continue
                self.fail(exc)
                return None
            except StoreLockedError as exc:
                if not read_only and self.ask_read_only(exc.holder):
                    read_only = True
                    continue
                return None
            except StoreDamagedError as exc:
                if exc.newest_backup is not None and self.ask_restore(exc):
                    if self._restore(exc.newest_backup, provider):
                        continue
                    return None
                self.fail(exc)
                return None
            except NoKeyringError as exc:
                if not provider.cancelled:
                    self.fail(exc)
                return None
            except DomainError as exc:
                if not provider.cancelled:
                    self.fail(exc)
                return None
            provider.forget()
            return desk

    def _restore(self, backup: Path, provider: DialogPassphrase) -> bool:
        try:
            restore_store(
                self.data_dir, backup, self.clock, self.os_user, secrets=self.secrets, passphrase=provider
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
