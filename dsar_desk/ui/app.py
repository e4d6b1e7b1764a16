"""The composition root of the window: builds every object once and starts the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from dsar_desk.config import APP_AUTHOR, APP_NAME, os_user
from dsar_desk.domain.clock import Clock
from dsar_desk.domain.errors import DomainError
from dsar_desk.services.desk import Desk, open_desk
from dsar_desk.ui import none_guard
from dsar_desk.ui.i18n import choose_language, install_translator
from dsar_desk.ui.main_window import MainWindow

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
    return window


def main(data_dir: Path, demo: bool, clock: Clock | None = None) -> int:
    from dsar_desk.services.clock import SystemClock

    app = make_application()
    clock = clock or SystemClock()
    try:
        desk = open_desk(data_dir, clock, os_user())
    except DomainError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Main", "Cannot open the case store"), str(exc))
        return 2
    if demo:
        from dsar_desk.services.demo import generate_demo

        generate_demo(desk.ctx, DEMO_CASES, seed=7)
    window = build_window(desk, clock, QSettings())
    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
        desk.close()
