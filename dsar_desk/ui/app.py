"""The composition root of the window: builds every object once and starts the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from dsar_desk.config import APP_AUTHOR, APP_NAME, os_user
from dsar_desk.credentials.secret_store import InMemorySecretStore
from dsar_desk.domain.clock import Clock
from dsar_desk.logging_setup import init_logging
from dsar_desk.services.desk import Desk
from dsar_desk.ui import gc_guard, none_guard
from dsar_desk.ui.crash import install_excepthook
from dsar_desk.ui.dialogs.recovery_key import RecoveryKeyDialog
from dsar_desk.ui.i18n import choose_language, install_translator
from dsar_desk.ui.main_window import MainWindow
from dsar_desk.ui.security_actions import install_security_actions
from dsar_desk.ui.unlock import StoreOpener

DEMO_CASES = 2000


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("DSAR Desk")
    install_translator(app, choose_language(QSettings()))
    return app


def build_window(desk: Desk, clock: Clock, qsettings: QSettings) -> MainWindow:
    """The object graph: services, clock and settings go in through constructors."""
    settings = desk.ctx.settings
    entities = desk.entities.list()
    window = MainWindow(desk, clock, qsettings, settings, entities)
    none_guard.install(window)
    gc_guard.install(QApplication.instance() or window)
    window.security = install_security_actions(window)  # type: ignore[attr-defined]
    return window


def open_store(data_dir: Path, clock: Clock, demo: bool, parent: QWidget | None = None) -> Desk | None:
    """Open with the OS keyring (or a passphrase dialog); a new key's recovery key is shown once."""
    secrets = None
    if demo:
        # The demo store is a throwaway folder of fictional data: its key lives in this
        # process only, so the demo runs on a machine without a keyring and never adds
        # entries to the user's real keyring.
        secrets = InMemorySecretStore()
    desk = StoreOpener(data_dir, clock, os_user(), secrets, parent).open()
    if desk is not None and desk.report.recovery_key and not demo:
        RecoveryKeyDialog(desk.report.recovery_key, clock.today(), parent).exec()
    return desk


def main(data_dir: Path, demo: bool, clock: Clock | None = None) -> int:
    from dsar_desk.services.clock import SystemClock

    app = make_application()
    clock = clock or SystemClock()
    install_excepthook(init_logging(data_dir))
    desk = open_store(data_dir, clock, demo)
    if desk is None:
        return 2
    if demo:
        from dsar_desk.services.demo import generate_demo

        generate_demo(desk.ctx, DEMO_CASES, seed=7)
    window = build_window(desk, clock, QSettings())
    window.show()
    window.security.start_daily_backup()  # type: ignore[attr-defined]
    try:
        return app.exec()
    finally:
        window.shutdown()
        desk.close()
