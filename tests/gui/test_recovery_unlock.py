"""Opening a moved or restored store in the window by typing its recovery key."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from dsar_desk.credentials.keys import key_to_text, new_key, parse_recovery_key, recovery_key_for
from dsar_desk.credentials.secret_store import InMemorySecretStore, store_account
from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.desk import open_desk
from dsar_desk.services.unlock import KeyMode, PassphrasePurpose, kdf_file
from dsar_desk.storage.engine import DATABASE_FILE
from dsar_desk.ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from dsar_desk.ui.unlock import PassphraseDialog, StoreOpener
from tests.gui.test_security import GOOD, DialogDriver, type_passphrase
from tests.unit.protect.helpers import add_entity, case_count, new_case


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the data folder with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def make_store(folder: Path, clock: FixedClock, secrets: InMemorySecretStore, passphrase: str | None = None):
    desk = open_desk(folder, clock, "tester", secrets=secrets, passphrase=lambda _purpose: passphrase)
    add_entity(desk)
    new_case(desk)
    recovery = desk.report.recovery_key
    assert recovery is not None
    desk.close()
    return recovery


def mistyped(recovery: str) -> str:
    """One character changed to another letter of the alphabet: the checksum catches it."""
    first = recovery[0]
    return ("B" if first != "B" else "C") + recovery[1:]


def type_key(qtbot, text: str, expect_error: str | None = None) -> Callable[[RecoveryUnlockDialog], None]:
    def step(dialog: RecoveryUnlockDialog) -> None:
        dialog.key_edit.setText(text)
        dialog.unlock_button.click()
        if expect_error is not None:
            qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy, timeout=5000)
            assert expect_error in dialog.error.text().lower()

    return step


def label_text(widget: QWidget, name: str) -> str:
    label = widget.findChild(QLabel, name)
    assert isinstance(label, QLabel)
    return label.text()


def click_ok(name: str) -> Callable[[QWidget], None]:
    def step(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox) and widget.objectName() == name
        widget.button(QMessageBox.StandardButton.Ok).click()

    return step


def test_moved_store_opens_with_the_typed_recovery_key(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    first_machine = InMemorySecretStore()
    recovery = make_store(tmp_path / "old", clock, first_machine)
    # The data folder is copied to a new computer: another path, another (empty) keyring.
    shutil.copytree(tmp_path / "old", tmp_path / "new")
    folder = tmp_path / "new"
    new_machine = InMemorySecretStore()
    before = folder_state(folder)
    other_store_key = recovery_key_for(new_key())

    def recovery_dialog(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryUnlockDialog)
        assert "does not hold the key" in label_text(widget, "recovery-unlock-reason")
        assert "keyring keeps the key" in label_text(widget, "recovery-unlock-after")
        # The sheet of another store: well-formed, so only opening the file can tell.
        type_key(qtbot, other_store_key, expect_error="does not open this case store")(widget)
        assert widget.isVisible() and widget.key_edit.text() == other_store_key
        assert folder_state(folder) == before and new_machine.secrets == {}
        type_key(qtbot, mistyped(recovery), expect_error="mistyped")(widget)
        type_key(qtbot, recovery[:20], expect_error="needs 56")(widget)
        assert folder_state(folder) == before and new_machine.secrets == {}
        # Typed as people type it from paper: lower case, spaces instead of dashes.
        type_key(qtbot, "  " + recovery.lower().replace("-", " ") + " ")(widget)

    driver = DialogDriver(recovery_dialog, click_ok("recovered"))
    desk = StoreOpener(folder, clock, "tester", new_machine).open()
    driver.stop()
    assert desk is not None
    assert case_count(desk) == 1
    assert desk.report.key_mode is KeyMode.KEYRING
    desk.close()
    assert new_machine.secrets == {store_account(folder): key_to_text(parse_recovery_key(recovery))}
    # The next start needs no prompt at all: the keyring now holds the key.
    driver = DialogDriver()
    again = StoreOpener(folder, clock, "tester", new_machine).open()
    driver.stop()
    assert again is not None and case_count(again) == 1
    again.close()


def test_quitting_the_recovery_dialog_changes_nothing(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    make_store(tmp_path / "s", clock, InMemorySecretStore())
    new_machine = InMemorySecretStore()
    before = folder_state(tmp_path / "s")

    def wrong_then_quit(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryUnlockDialog)
        type_key(qtbot, recovery_key_for(new_key()), expect_error="does not open")(widget)
        widget.cancel_button.click()

    driver = DialogDriver(wrong_then_quit)
    assert StoreOpener(tmp_path / "s", clock, "tester", new_machine).open() is None
    driver.stop()
    assert folder_state(tmp_path / "s") == before and new_machine.secrets == {}


def test_forgotten_passphrase_gives_way_to_the_recovery_key(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    recovery = make_store(tmp_path / "s", clock, InMemorySecretStore(available=False), GOOD)
    keyring_here = InMemorySecretStore()

    def use_recovery(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog) and widget.purpose is PassphrasePurpose.EXISTING
        assert widget.recovery_button is not None
        widget.recovery_button.click()

    def back(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryUnlockDialog)
        assert widget.cancel_button.text() == "Back"
        widget.cancel_button.click()

    def recovery_dialog(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryUnlockDialog)
        type_key(qtbot, recovery)(widget)

    # "Back" returns to the passphrase dialog; from there the recovery key after all.
    driver = DialogDriver(use_recovery, back, use_recovery, recovery_dialog, click_ok("recovered"))
    desk = StoreOpener(tmp_path / "s", clock, "tester", keyring_here).open()
    driver.stop()
    assert desk is not None and case_count(desk) == 1
    desk.close()
    # As `dsar-desk unlock` does: with a keyring here, the key moves into it and the
    # passphrase parameters go.
    assert not kdf_file(tmp_path / "s" / DATABASE_FILE).exists()
    driver = DialogDriver()
    again = StoreOpener(tmp_path / "s", clock, "tester", keyring_here).open()
    driver.stop()
    assert again is not None and again.report.key_mode is KeyMode.KEYRING
    again.close()


def test_without_a_keyring_the_recovered_store_gets_a_new_passphrase(
    qtbot, tmp_path: Path, clock: FixedClock
) -> None:
    recovery = make_store(tmp_path / "s", clock, InMemorySecretStore())
    no_keyring = InMemorySecretStore(available=False)

    def recovery_dialog(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryUnlockDialog)
        assert "no keyring is available" in label_text(widget, "recovery-unlock-reason").lower()
        assert "choose a passphrase" in label_text(widget, "recovery-unlock-after")
        type_key(qtbot, recovery)(widget)

    def new_passphrase(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog) and widget.purpose is PassphrasePurpose.NEW
        assert widget.ok_button.text() == "Set passphrase"
        type_passphrase(GOOD, GOOD)(widget)

    driver = DialogDriver(recovery_dialog, new_passphrase)
    desk = StoreOpener(tmp_path / "s", clock, "tester", no_keyring).open()
    driver.stop()
    assert desk is not None and case_count(desk) == 1
    assert desk.report.key_mode is KeyMode.PASSPHRASE
    # A new key protects the store, so its new recovery key is shown like a new store's.
    assert desk.report.recovery_key and desk.report.recovery_key != recovery
    desk.close()
    driver = DialogDriver(type_passphrase(GOOD))
    again = StoreOpener(tmp_path / "s", clock, "tester", no_keyring).open()
    driver.stop()
    assert again is not None and case_count(again) == 1
    again.close()
