"""Opening the store from the window, the lock screen, read-only mode and the protection menus."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dsar_desk.credentials.secret_store import InMemorySecretStore
from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.desk import Desk, open_desk
from dsar_desk.services.settings import Settings
from dsar_desk.services.unlock import KeyMode
from dsar_desk.storage.engine import DATABASE_FILE
from dsar_desk.ui import crash
from dsar_desk.ui.app import open_store
from dsar_desk.ui.dialogs.recovery_key import RecoveryKeyDialog
from dsar_desk.ui.main_window import MainWindow
from dsar_desk.ui.security_actions import SecurityActions, gather_diagnostics
from dsar_desk.ui.unlock import PassphraseDialog, StoreOpener
from tests.gui.conftest import make_window, new_case, wait_idle

GOOD = "fjord tall seventeen lanterns"


def security(window: MainWindow) -> SecurityActions:
    found = window.findChild(SecurityActions)
    assert isinstance(found, SecurityActions)
    return found


class DialogDriver:
    """Answers the modal dialogs that code under test opens with exec(), one step per dialog."""

    def __init__(self, *steps: Callable[[QWidget], None]) -> None:
        self.steps = list(steps)
        self.seen: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or any(widget is seen for seen in self.seen):
            return
        self.seen.append(widget)
        try:
            if not self.steps:
                raise AssertionError(f"unexpected dialog {widget.objectName()}")
            self.steps.pop(0)(widget)
        except BaseException as exc:
            # Close it, or exec() would wait for ever and the test would hang instead of failing.
            self.errors.append(exc)
            self.steps.clear()
            widget.close()

    def stop(self) -> None:
        self.timer.stop()
        if self.errors:
            raise self.errors[0]
        assert not self.steps, "a dialog that should have opened did not"


def type_passphrase(text: str, repeat: str | None = None) -> Callable[[QWidget], None]:
    def step(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog)
        widget.passphrase.setText(text)
        if repeat is not None:
            widget.repeat.setText(repeat)
        widget.ok_button.click()

    return step


def test_passphrase_flow_without_keyring(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    no_keyring = InMemorySecretStore(available=False)
    messages: list[str] = []

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog)
        widget.passphrase.setText("too short")
        widget.repeat.setText("too short")
        assert not widget.ok_button.isEnabled()
        assert "12" in widget.error.text()
        widget.passphrase.setText(GOOD)
        widget.repeat.setText(GOOD + "x")
        assert not widget.ok_button.isEnabled()
        assert "differ" in widget.error.text()
        widget.repeat.setText(GOOD)
        assert widget.ok_button.isEnabled()
        widget.ok_button.click()

    driver = DialogDriver(choose)
    desk = StoreOpener(tmp_path / "store", clock, "tester", no_keyring).open()
    driver.stop()
    assert desk is not None
    assert desk.report.key_mode is KeyMode.PASSPHRASE
    assert desk.report.recovery_key
    desk.close()

    def wrong_then_explained(widget: QWidget) -> None:
        type_passphrase("not the passphrase")(widget)

    def right(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseDialog)
        messages.append(widget.error.text())
        assert not widget.repeat.isVisible()  # an existing passphrase is typed once
        type_passphrase(GOOD)(widget)

    driver = DialogDriver(wrong_then_explained, right)
    desk = StoreOpener(tmp_path / "store", clock, "tester", no_keyring).open()
    driver.stop()
    assert desk is not None
    assert desk.report.recovery_key is None
    assert "wrong passphrase" in messages[0].lower()
    desk.close()


def test_cancelling_the_passphrase_opens_nothing(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    def cancel(widget: QWidget) -> None:
        widget.close()

    driver = DialogDriver(cancel)
    desk = StoreOpener(tmp_path / "store", clock, "tester", InMemorySecretStore(available=False)).open()
    driver.stop()
    assert desk is None
    assert not (tmp_path / "store" / DATABASE_FILE).exists()  # never a store without a key


def test_demo_needs_no_keyring_and_leaves_the_real_one_alone(
    qtbot, tmp_path: Path, clock: FixedClock, memory_keyring
) -> None:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    driver = DialogDriver()  # no passphrase and no recovery key dialog for a throwaway store
    desk = open_store(tmp_path / "demo", clock, demo=True)
    driver.stop()
    assert desk is not None
    assert desk.report.key_mode is KeyMode.KEYRING
    desk.close()
    assert memory_keyring.store == {}


def test_recovery_key_dialog_on_creation(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    shown: list[str] = []

    def recovery(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryKeyDialog)
        shown.append(widget.key_label.text())
        assert not widget.close_button.isEnabled()
        widget.reject()  # Escape does not skip the key
        assert widget.isVisible()
        sheet = widget.save_pdf(tmp_path / "sheet.pdf")
        assert sheet is not None and sheet.read_bytes().startswith(b"%PDF")
        widget.stored.setChecked(True)
        widget.close_button.click()

    driver = DialogDriver(recovery)
    desk = open_store(tmp_path / "store", clock, demo=False)
    driver.stop()
    assert desk is not None and desk.report.recovery_key is not None
    assert shown[0].replace("\n", "") == desk.report.recovery_key
    desk.close()
    # Opened again: the key is in the keyring and the recovery key is not shown again.
    driver = DialogDriver()
    desk = open_store(tmp_path / "store", clock, demo=False)
    driver.stop()
    assert desk is not None
    desk.close()


@pytest.fixture
def window_with_case(
    qtbot, entities: Desk, clock: FixedClock, tmp_path: Path
) -> Iterator[tuple[MainWindow, str]]:
    ref = new_case(entities, "Ingrid Bråthen", date(2026, 11, 2))
    win = make_window(qtbot, entities, clock, tmp_path)
    win.open_case(ref)
    wait_idle(qtbot, win)
    yield win, ref
    win.shutdown()


def test_ctrl_l_locks_and_unlock_restores(qtbot, window_with_case) -> None:
    window, ref = window_with_case
    lock = window.security.lock
    assert window.register.isVisible() and window.case_view.isVisible()
    dialog = window.new_request()
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Kari Nordmann")
    # Ctrl+L from inside the (window-modal) intake dialog: it is closed with everything else.
    qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert lock.screen.isVisible()
    for widget in (window.register, window.dashboard, window.case_view, window.menuBar()):
        assert not widget.isVisible()
    assert not dialog.isVisible()
    assert ref not in window.windowTitle() and "Ingrid" not in window.windowTitle()
    # New data arriving while locked must not switch the page back.
    window.stack.setCurrentWidget(window.tabs)
    assert lock.screen.isVisible() and not window.register.isVisible()
    # While locked, shortcuts do nothing (Ctrl+N would open a new request with the menus hidden).
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.new_request_dialog is dialog

    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lock.locked, timeout=5000)
    assert window.register.isVisible() and window.case_view.isVisible() and window.menuBar().isVisible()
    qtbot.keyClick(window.register.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not window.register.isVisible()


def test_idle_time_locks_and_input_postpones(qtbot, window_with_case) -> None:
    window, _ref = window_with_case
    lock = window.security.lock
    assert lock.timer.interval() == 10 * 60_000  # the default setting
    lock.timer.setInterval(150)
    lock.timer.start()
    qtbot.wait(80)
    qtbot.mouseMove(window.register.table, window.register.table.rect().center())
    qtbot.keyClick(window.register.table, Qt.Key.Key_Down)
    assert not lock.locked and lock.timer.remainingTime() > 100
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert not window.register.isVisible()


def test_settings_change_the_idle_time(qtbot, window_with_case) -> None:
    window, _ref = window_with_case
    dialog = window.open_settings()
    assert dialog.lock_minutes.value() == 10
    dialog.lock_minutes.setValue(3)
    dialog.save()
    qtbot.waitUntil(lambda: window.security.lock.timer.interval() == 3 * 60_000, timeout=5000)
    assert window.desk.ctx.settings.lock_after_minutes == 3
    with pytest.raises(Exception, match="240"):
        Settings(lock_after_minutes=241).validated()


def test_passphrase_lock_refuses_a_wrong_passphrase(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    desk = open_desk(
        tmp_path / "store", clock, "tester", InMemorySecretStore(available=False), passphrase=lambda _p: GOOD
    )
    window = make_window(qtbot, desk, clock, tmp_path)
    try:
        lock = security(window).lock
        lock.lock()
        assert lock.screen.passphrase.isVisible()
        qtbot.keyClicks(lock.screen.passphrase, "a wrong passphrase")
        qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lock.screen.error.isVisible(), timeout=5000)
        assert "wrong passphrase" in lock.screen.error.text().lower() and lock.locked
        qtbot.keyClicks(lock.screen.passphrase, GOOD)
        qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.locked, timeout=5000)
    finally:
        window.shutdown()
        desk.close()


def test_locked_folder_opens_read_only_with_a_banner(qtbot, entities: Desk, clock, tmp_path) -> None:
    assert entities.ctx.data_dir is not None

    def read_only(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox) and widget.objectName() == "store-locked"
        assert "tester" in widget.text()
        button = next(b for b in widget.buttons() if "read-only" in b.text())
        button.click()

    driver = DialogDriver(read_only)
    second = StoreOpener(entities.ctx.data_dir, clock, "second", None).open()
    driver.stop()
    assert second is not None and second.report.read_only
    window = make_window(qtbot, second, clock, tmp_path)
    try:
        banner = security(window).banner
        assert banner is not None and banner.isVisible()
        assert "Read-only" in banner.text() and "tester" in banner.text()
        dialog = window.open_settings()
        dialog.handler_name.setText("Someone Else")
        dialog.save()
        qtbot.waitUntil(lambda: window.message_box is not None, timeout=5000)
        assert window.message_box is not None and "read-only" in window.message_box.text()
        assert entities.ctx.settings.handler_name == ""
    finally:
        window.shutdown()
        second.close()


def test_diagnostics_backup_and_retention(qtbot, window_with_case, tmp_path: Path) -> None:
    window, _ref = window_with_case
    security = window.security
    security.show_diagnostics()
    qtbot.waitUntil(lambda: security.dialog is not None and security.dialog.isVisible(), timeout=5000)
    dialog = security.dialog
    assert dialog.objectName() == "diagnostics-dialog"
    assert dialog.trail.text() == "intact"
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.trail)))
    assert str(window.desk.ctx.data_dir) in texts and "Ingrid" not in texts
    dialog.reject()

    target = tmp_path / "network-drive"
    target.mkdir()
    security.back_up_to(target)
    qtbot.waitUntil(lambda: any(target.iterdir()), timeout=5000)
    wait_idle(qtbot, window)

    security.plan_retention()
    qtbot.waitUntil(lambda: getattr(security.dialog, "objectName", str)() == "retention-dialog")
    assert not security.dialog.run_button.isEnabled()  # nothing is due in a fresh store


def test_crash_dialog_names_the_type_and_the_log_only(qtbot, tmp_path: Path) -> None:
    previous = crash.install_excepthook(tmp_path / "logs" / "dsar-desk.log")
    try:
        hook = sys.excepthook
        try:
            raise ValueError("Ingrid Bråthen, 12345678901")
        except ValueError as exc:
            hook(type(exc), exc, exc.__traceback__)
        box = hook.last_box  # type: ignore[attr-defined]
        assert "ValueError" in box.text() and str(tmp_path / "logs") in box.text()
        assert "Ingrid" not in box.text() and "12345678901" not in box.text()
        box.close()
    finally:
        sys.excepthook = previous


def test_damaged_store_offers_the_newest_backup(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "store"
    desk = open_desk(folder, clock, "tester")  # writes the day's automatic backup
    desk.close()
    db_file = folder / DATABASE_FILE
    with db_file.open("r+b") as handle:
        handle.write(b"\x00" * 4096)  # the first page: nothing decrypts any more

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox) and widget.objectName() == "store-damaged"
        next(b for b in widget.buttons() if "Restore" in b.text()).click()

    driver = DialogDriver(restore)
    reopened = StoreOpener(folder, clock, "tester").open()
    driver.stop()
    assert reopened is not None
    assert any(path.name.startswith("damaged-") for path in (folder / "backups").iterdir())
    reopened.close()


def test_diagnostics_names_where_the_key_is_kept(entities: Desk, clock: FixedClock, tmp_path: Path) -> None:
    assert gather_diagnostics(entities).key_mode == "keyring"
    demo = open_desk(tmp_path / "demo", clock, "tester", secrets=InMemorySecretStore())
    try:
        assert gather_diagnostics(demo).key_mode == "memory"  # a demo key never reaches a keyring
    finally:
        demo.close()


def _drop_auto_backups(desk: Desk) -> None:
    assert desk.ctx.data_dir is not None
    for path in (desk.ctx.data_dir / "backups").glob("auto-*.sqlite3"):
        path.unlink()


def test_window_writes_the_daily_backup_after_it_is_shown(qtbot, window_with_case) -> None:
    window, _ref = window_with_case
    _drop_auto_backups(window.desk)
    window.security.start_daily_backup()
    wait_idle(qtbot, window)
    assert window.desk.ctx.data_dir is not None
    assert len(list((window.desk.ctx.data_dir / "backups").glob("auto-*.sqlite3"))) == 1
    assert "integrity check" in window.statusBar().currentMessage()
    assert window.desk.daily_backup() is None  # once a day


def test_a_failed_daily_check_offers_the_newest_good_backup(qtbot, window_with_case, monkeypatch) -> None:
    import dsar_desk.services.desk as desk_module

    window, _ref = window_with_case
    good = window.desk.backup_now(kind="manual")
    _drop_auto_backups(window.desk)
    monkeypatch.setattr(desk_module, "check_file", lambda _path, _key: ["row 7 missing from index"])
    window.security.start_daily_backup()
    qtbot.waitUntil(lambda: getattr(window.security.dialog, "objectName", str)() == "store-damaged")
    box = window.security.dialog
    assert isinstance(box, QMessageBox)
    assert any("Restore newest backup" in button.text() for button in box.buttons())
    assert "row 7" in box.detailedText() and "row 7" not in box.text()
    assert not list((window.desk.ctx.data_dir / "backups").glob("auto-*.sqlite3"))
    assert good.exists()
    box.close()
