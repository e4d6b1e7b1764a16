"""Render the real window offscreen on demo data and write PNGs: `python scripts/screenshots.py OUTDIR`.

`--tour` writes, instead, every screen (main window, case tabs, each action dialog, new request,
settings tabs, letters, reports, about, diagnostics, lock screen) in English and in the
pseudo-locale at 1280x800 and 1920x1080, for looking for clipped or cramped layouts.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from dsar_desk.credentials.secret_store import InMemorySecretStore
from dsar_desk.domain.vocabulary import Right
from dsar_desk.services.clock import SystemClock
from dsar_desk.services.demo import generate_demo
from dsar_desk.services.desk import Desk, open_desk
from dsar_desk.ui.app import build_window, make_application
from dsar_desk.ui.dialogs.recovery_key import RecoveryKeyDialog
from dsar_desk.ui.dialogs.recovery_unlock import RecoveryReason, RecoveryUnlockDialog
from dsar_desk.ui.dialogs.security_dialogs import DiagnosticsDialog
from dsar_desk.ui.i18n import PSEUDO_ENV, install_translator
from dsar_desk.ui.main_window import MainWindow
from dsar_desk.ui.security_actions import SecurityActions

SIZES = ((1280, 800), (1920, 1080))


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    # Short timed event loops, never a tight processEvents() loop: PySide6 6.12 drops a
    # reference to None on every processEvents() call (none_dealloc crash after ~10^5 calls).
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        spin(20)
    spin(50)


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _register_ready(window: MainWindow) -> bool:
    return window.register_model.rowCount() > 0 and not window.tasks.busy


def _dashboard_ready(window: MainWindow) -> bool:
    return window.dashboard.next_model.rowCount() > 0


def _case_ready(window: MainWindow, reference: str) -> bool:
    view = window.case_view
    return view.detail is not None and view.detail.case.reference == reference and not window.tasks.busy


def _reports_ready(window: MainWindow) -> bool:
    return window.reports.data is not None and not window.tasks.busy


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def save_letter_dialog(app: QApplication, window: MainWindow, outdir: Path, width: int, height: int) -> None:
    from PySide6.QtPdf import QPdfDocument

    from dsar_desk.letters.kinds import LetterKind

    letters = window.case_letters.open_dialog()
    assert letters is not None
    letters.resize(width - 100, height - 40)
    wait_until(app, lambda: letters.kind.count() > 0)
    letters.select_kind(LetterKind.ACKNOWLEDGEMENT)
    letters.text.setPlainText(
        "Olemme aloittaneet tietojesi haun asiakasrekisteristä ja laskutusjärjestelmästä."
    )
    wait_until(app, lambda: letters.document.status() == QPdfDocument.Status.Ready and not window.tasks.busy)
    spin(600)  # QPdfView paints its pages asynchronously
    save(letters, outdir / f"letter-dialog-{width}x{height}.png")
    letters.reject()


def save_register_tab(app: QApplication, window: MainWindow, outdir: Path, width: int) -> None:
    """Settings > Processing register: Fjordtall Oy's Swedish versions, languages complete."""
    dialog = window.open_settings()
    tab = dialog.register_tab
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentWidget(tab)
    tab.entity.setCurrentIndex(tab.entity.findData("FI1"))
    wait_until(app, lambda: tab.model.rowCount() > 0 and tab.language_code == "fi" and not window.tasks.busy)
    tab.language.setCurrentIndex(tab.language.findData("sv"))
    wait_until(app, lambda: tab.model.rowCount() > 0)
    save(dialog, outdir / f"settings-register-{width}.png")
    dialog.reject()


def main(outdir: Path) -> int:
    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translator(app, "en")  # the user's own language choice must not leak into the README shots
    work = Path(tempfile.mkdtemp(prefix="dsar-desk-shots-"))
    clock = SystemClock()
    # A throwaway store of fictional data: its key stays in this process, not in the OS keyring.
    desk = open_desk(work / "store", clock, "demo", secrets=InMemorySecretStore())
    generate_demo(desk.ctx, 2000, seed=7)
    for width, height in SIZES:
        qsettings = QSettings(str(work / f"window-{width}.ini"), QSettings.Format.IniFormat)
        window = build_window(desk, clock, qsettings)
        window.resize(width, height)
        window.show()
        wait_until(app, partial(_register_ready, window))
        wait_until(app, partial(_dashboard_ready, window))
        save(window, outdir / f"main-{width}x{height}.png")

        # The case with the longest history among the next deadlines shows the timeline best.
        refs = [s.reference for s in window.dashboard.next_model.rows()]
        details = [desk.queries.case_detail(ref) for ref in refs]
        busiest = max(details, key=lambda d: len(d.timeline)).case.reference
        window.open_case(busiest)
        wait_until(app, partial(_case_ready, window, busiest))
        save(window, outdir / f"case-overview-{width}x{height}.png")
        window.case_view.tabs.setCurrentIndex(2)
        wait_until(app, lambda: True)
        save(window, outdir / f"case-timeline-{width}x{height}.png")

        save_letter_dialog(app, window, outdir, width, height)
        if width == SIZES[0][0]:
            save_register_tab(app, window, outdir, width)

        dialog = window.new_request()
        assert dialog is not None
        dialog.entity.setCurrentIndex(dialog.entity.findData("SE1"))
        # 31 January: the month after has no 31st, and the last day falls on a weekend.
        dialog.received.setDate(QDate(date.today().year, 1, 31))
        dialog.name.setText("Kari Nordmann")
        dialog.email.setText("kari.nordmann@example")
        dialog.rights[Right.ACCESS].setChecked(True)
        dialog.rights[Right.ERASURE].setChecked(True)
        wait_until(app, lambda: True)
        save(dialog, outdir / f"new-request-{width}x{height}.png")
        dialog.reject()

        window.tabs.setCurrentWidget(window.reports)
        wait_until(app, partial(_reports_ready, window))
        save(window, outdir / f"reports-{width}x{height}.png")
        window.tabs.setCurrentIndex(0)
        window.save_state()
        window.shutdown()
        window.deleteLater()
        spin(50)
    security_shots(app, desk, clock, work, outdir)
    localised_shots(app, desk, clock, work, outdir)
    desk.close()
    return 0


def security_shots(app: QApplication, desk: Desk, clock: SystemClock, work: Path, outdir: Path) -> None:
    """The lock screen, Help → Diagnostics, the recovery key and the recovery-key unlock (1280x800)."""
    qsettings = QSettings(str(work / "window-security.ini"), QSettings.Format.IniFormat)
    window = build_window(desk, clock, qsettings)
    window.resize(1280, 800)
    window.show()
    wait_until(app, partial(_register_ready, window))
    security = window.findChild(SecurityActions)
    assert isinstance(security, SecurityActions)
    security.lock.lock()
    wait_until(app, lambda: True)
    save(window, outdir / "lock-screen-1280x800.png")
    security.lock.unlock()
    security.show_diagnostics()
    wait_until(app, lambda: isinstance(security.dialog, DiagnosticsDialog))
    assert security.dialog is not None
    save(security.dialog, outdir / "diagnostics.png")
    security.dialog.close()
    recovery = RecoveryKeyDialog(desk.recovery_key(), clock.today(), window)
    recovery.show()
    wait_until(app, lambda: True)
    save(recovery, outdir / "recovery-key.png")
    recovery.close()
    assert desk.ctx.data_dir is not None
    unlock = RecoveryUnlockDialog(desk.ctx.data_dir, RecoveryReason.KEY_NOT_HERE, keyring_available=True)
    unlock.show()
    # Typed the way people copy it from paper; the dialog takes lower case and spaces.
    unlock.key_edit.setText(desk.recovery_key().lower().replace("-", " "))
    wait_until(app, lambda: True)
    save(unlock, outdir / "recovery-unlock.png")
    unlock.close()
    window.shutdown()
    window.deleteLater()
    spin(50)


def use_language(app: QApplication, language: str, pseudo: bool = False) -> None:
    if pseudo:
        os.environ[PSEUDO_ENV] = "1"
    install_translator(app, language)
    os.environ.pop(PSEUDO_ENV, None)


def open_window(
    app: QApplication, desk: Desk, clock: SystemClock, ini: Path, size: tuple[int, int]
) -> MainWindow:
    window = build_window(desk, clock, QSettings(str(ini), QSettings.Format.IniFormat))
    window.resize(*size)
    window.show()
    wait_until(app, partial(_register_ready, window))
    wait_until(app, partial(_dashboard_ready, window))
    return window


def close_window(window: MainWindow) -> None:
    window.shutdown()
    window.deleteLater()
    spin(50)


def localised_shots(app: QApplication, desk: Desk, clock: SystemClock, work: Path, outdir: Path) -> None:
    """The main window in Norwegian (1280x800), and in the pseudo-locale, which shows clipped or
    untranslated text, at both sizes."""
    for name, pseudo, language, sizes in (("nb", False, "nb", SIZES[:1]), ("pseudo", True, "en", SIZES)):
        use_language(app, language, pseudo)
        for width, height in sizes:
            window = open_window(app, desk, clock, work / f"window-{name}-{width}.ini", (width, height))
            save(window, outdir / f"main-{name}-{width}x{height}.png")
            close_window(window)
    install_translator(app, "en")


def busiest_case(desk: Desk, window: MainWindow) -> str:
    """The case with the longest history among the next deadlines shows the timeline best."""
    refs = [s.reference for s in window.dashboard.next_model.rows()]
    details = [desk.queries.case_detail(ref) for ref in refs]
    return max(details, key=lambda d: len(d.timeline)).case.reference


def grab_dialog(app: QApplication, dialog: QWidget | None, path: Path) -> None:
    assert dialog is not None
    dialog.show()
    wait_until(app, lambda: True)
    save(dialog, path)
    dialog.close()
    spin(30)


def tour(outdir: Path) -> int:
    """Every screen, in English and in the pseudo-locale, at both sizes (dialogs at the first)."""
    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application()
    work = Path(tempfile.mkdtemp(prefix="dsar-desk-tour-"))
    clock = SystemClock()
    desk = open_desk(work / "store", clock, "demo", secrets=InMemorySecretStore())
    generate_demo(desk.ctx, 600, seed=7)
    for language, pseudo in (("en", False), ("pseudo", True)):
        use_language(app, "en", pseudo)
        for width, height in SIZES:
            prefix = f"{language}-{width}x{height}-"
            window = open_window(app, desk, clock, work / f"tour-{prefix}.ini", (width, height))
            save(window, outdir / (prefix + "main.png"))
            view = window.case_view
            reference = busiest_case(desk, window)
            window.open_case(reference)
            wait_until(app, partial(_case_ready, window, reference))
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                wait_until(app, lambda: True)
                save(window, outdir / f"{prefix}case-tab{index}.png")
            view.tabs.setCurrentIndex(0)
            window.tabs.setCurrentWidget(window.reports)
            wait_until(app, partial(_reports_ready, window))
            save(window, outdir / (prefix + "reports.png"))
            window.tabs.setCurrentIndex(0)
            security = window.findChild(SecurityActions)
            assert isinstance(security, SecurityActions)
            security.lock.lock()
            wait_until(app, lambda: True)
            save(window, outdir / (prefix + "lock-screen.png"))
            security.lock.unlock()
            save_letter_dialog(app, window, outdir, width, height)
            (outdir / f"letter-dialog-{width}x{height}.png").rename(outdir / (prefix + "letter-dialog.png"))
            if (width, height) == SIZES[0]:
                tour_dialogs(app, window, security, outdir, prefix)
            close_window(window)
    install_translator(app, "en")
    desk.close()
    return 0


def tour_dialogs(
    app: QApplication, window: MainWindow, security: SecurityActions, outdir: Path, prefix: str
) -> None:
    """Each case action's dialog, new request, the settings tabs, an entity, About and Diagnostics."""
    from PySide6.QtWidgets import QMessageBox, QTabWidget

    from dsar_desk.domain.vocabulary import Outcome, PauseReason
    from dsar_desk.ui.dialogs.about import about_text
    from dsar_desk.ui.dialogs.settings_dialog import EntityDialog

    view = window.case_view
    actions = {
        "verify": view.verify_identity,
        "pause": lambda: view.pause(PauseReason.IDENTITY),
        "resume": view.resume,
        "extend": view.extend,
        "outcome": view.record_outcome,
        "close": view.close_case,
        "reopen": view.reopen,
        "assign": view.assign_handler,
        "note": view.add_note,
        "edit-requester": view.edit_requester,
    }
    for name, open_action in actions.items():
        open_action()
        dialog = view.active_dialog
        if name == "outcome":
            outcome = dialog.outcome  # type: ignore[union-attr]
            outcome.setCurrentIndex(outcome.findData(Outcome.REFUSED))
        grab_dialog(app, dialog, outdir / f"{prefix}action-{name}.png")
    grab_dialog(app, window.new_request(), outdir / (prefix + "new-request.png"))
    settings = window.open_settings()
    tabs = settings.findChild(QTabWidget)
    assert tabs is not None
    settings.show()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_until(app, lambda: not window.tasks.busy)
        save(settings, outdir / f"{prefix}settings-tab{index}.png")
    settings.close()
    grab_dialog(app, EntityDialog(window.entities[0], window), outdir / (prefix + "entity.png"))
    about = QMessageBox(QMessageBox.Icon.Information, "About DSAR Desk", about_text(), parent=window)
    grab_dialog(app, about, outdir / (prefix + "about.png"))
    security.show_diagnostics()
    wait_until(app, lambda: isinstance(security.dialog, DiagnosticsDialog))
    grab_dialog(app, security.dialog, outdir / (prefix + "diagnostics.png"))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "--tour":
        sys.exit(tour(Path(args[1])))
    if len(args) != 1:
        print("usage: python scripts/screenshots.py [--tour] OUTDIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(args[0])))
