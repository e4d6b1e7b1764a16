"""The window's protection commands: lock, back up, restore, retention, diagnostics, read-only banner.

`install_security_actions(window)` adds them to the existing menus; main_window.py does
not know about any of this. Service calls run on the window's DB worker and refusals
(a read-only store, a full disk) take the window's one error path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from dsar_desk.logging_setup import log_file
from dsar_desk.services.context import Changes
from dsar_desk.services.desk import Desk
from dsar_desk.storage.errors import StoreDamagedError
from dsar_desk.ui.dialogs.security_dialogs import Diagnostics, DiagnosticsDialog, RetentionDialog
from dsar_desk.ui.lock import LockController
from dsar_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _menu(window: MainWindow, title: str, before: str | None = None) -> QMenu:
    """The window's menu with this (translated) title; created before `before` when missing."""
    bar = window.menuBar()
    anchor = None
    for action in bar.actions():
        menu = action.menu()
        if action.text() == title and isinstance(menu, QMenu):
            return menu
        if before is not None and action.text() == before:
            anchor = action
    menu = QMenu(title, window)
    if anchor is not None:
        bar.insertMenu(anchor, menu)
    else:
        bar.addMenu(menu)
    return menu


def gather_diagnostics(desk: Desk) -> Diagnostics:
    """On the DB worker: verifying the chain reads every event."""
    audit = desk.audit_status()
    data_dir = desk.ctx.data_dir
    backups = desk.list_backups() if data_dir is not None else []
    last = max(backups, key=lambda info: info.taken) if backups else None
    log = log_file(data_dir) if data_dir is not None else None
    return Diagnostics(
        audit=audit,
        data_dir=data_dir,
        key_mode="memory"
        if desk.report.key_in_memory and not desk.unlock_needs_passphrase()
        else str(desk.report.key_mode),
        read_only=desk.report.read_only,
        last_backup=last,
        backups=len(backups),
        log_file=log if log is not None and log.exists() else None,
    )


class SecurityActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk: Desk = window.desk
        self.dialog: QWidget | None = None  # the last dialog opened here (tests look at it)
        self.lock = LockController(
            window, window.stack, self.desk, window.tasks, window.settings.lock_after_minutes
        )
        self._build_actions()
        self.banner: QLabel | None = None
        if self.desk.report.read_only:
            self._show_read_only_banner()
        window.changes_applied.connect(self._on_changes)

    # --- building ------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.act_lock = self._action(translate("Security", "&Lock"), self.lock.lock, "Ctrl+L")
        self.act_backup = self._action(translate("Security", "&Back up now…"), self.back_up_now)
        self.act_restore = self._action(translate("Security", "&Restore…"), self.choose_restore)
        self.act_retention = self._action(translate("Security", "&Retention…"), self.plan_retention)
        self.act_diagnostics = self._action(translate("Security", "&Diagnostics"), self.show_diagnostics)
        file_menu = _menu(w, translate("Main", "&File"))
        quit_action = w.act_quit
        file_menu.insertActions(quit_action, [self.act_backup, self.act_restore])
        file_menu.insertSeparator(quit_action)
        file_menu.insertAction(quit_action, self.act_lock)
        file_menu.insertSeparator(quit_action)
        tools = _menu(w, translate("Security", "&Tools"), before=translate("Main", "&Help"))
        tools.addAction(self.act_retention)
        help_menu = _menu(w, translate("Main", "&Help"))
        help_menu.insertAction(w.act_about, self.act_diagnostics)
        help_menu.insertSeparator(w.act_about)
        # Ctrl+L also works inside modal dialogs (through the lock's event filter); they are closed.
        self.lock.lock_shortcut = self.act_lock.shortcut()
        w.addAction(self.act_lock)
        self.lock.allowed_actions = {quit_action}

    def _show_read_only_banner(self) -> None:
        holder = self.desk.report.holder
        who = holder.describe() if holder else translate("Security", "another DSAR Desk")
        self.banner = QLabel(
            translate(
                "Security",
                "Read-only: the case store is open in %1. You can look cases up; changes are refused "
                "until it is closed there and this window is reopened.",
            ).replace("%1", who)
        )
        self.banner.setObjectName("read-only-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #d6b656; padding: 6px 10px;"
        )
        w = self.window
        stack = w.takeCentralWidget()
        assert stack is not None
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(stack, 1)
        w.setCentralWidget(container)

    def _on_changes(self, changes: Changes) -> None:
        if changes.settings:
            desk = self.desk
            self.window.tasks.run(
                lambda: desk.ctx.settings, lambda s: self.lock.set_minutes(s.lock_after_minutes)
            )

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    # --- backups -------------------------------------------------------------------

    def start_daily_backup(self) -> None:
        """The day's integrity check and automatic backup, on the DB worker after the window shows."""
        desk = self.desk
        if desk.report.read_only:
            return

        def run() -> tuple[Path | None, StoreDamagedError | None]:
            try:
                return desk.daily_backup(), None
            except StoreDamagedError as exc:  # answered by its own dialog, not the error path
                return None, exc

        self.window.statusBar().showMessage(
            translate("Security", "Checking the case store and writing the daily backup…")
        )
        # On the DB worker, not exclusive: the register keeps reading while the copy is made.
        self.window.tasks.run(run, self._daily_backup_done)

    def _daily_backup_done(self, result: tuple[Path | None, StoreDamagedError | None]) -> None:
        written, damage = result
        if damage is None:
            message = (
                translate("Security", "Daily backup written; the case store passed its integrity check.")
                if written is not None
                else ""
            )
            self.window.statusBar().showMessage(message, 8000)
            return
        self.window.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Security", "The case store failed its integrity check"),
            translate(
                "Security",
                "The daily check found a problem in the case store, so no backup was written today. "
                "Stop entering changes and restore the newest good backup; the damaged file is kept "
                "as a safety copy.",
            ),
            parent=self.window,
        )
        box.setObjectName("store-damaged")
        box.setDetailedText(str(damage))  # SQLite's finding and the backup's path: no case data
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        newest = damage.newest_backup
        if newest is not None:
            restore = box.addButton(
                translate("Security", "Restore newest backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            restore.clicked.connect(lambda: self._restore_after_damage(newest))
        box.addButton(QMessageBox.StandardButton.Close)
        self.dialog = box
        box.open()

    def _restore_after_damage(self, newest: Path) -> None:
        if self.confirm_restore(newest):
            self.restore(newest)

    def back_up_now(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Security", "Back up the case store into…"), str(Path.home())
        )
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> None:
        desk = self.desk
        self.window.tasks.run(
            lambda: desk.backup_now(folder),
            lambda path: self._inform(
                translate("Security", "Backup written"),
                translate(
                    "Security",
                    "The encrypted backup is in %1. It opens with this store's key or its recovery key.",
                ).replace("%1", str(path)),
            ),
        )

    def choose_restore(self) -> None:
        start = self.desk.ctx.data_dir
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            translate("Security", "Restore the case store from…"),
            str(start / "backups") if start else str(Path.home()),
            translate("Security", "DSAR Desk backups (*.sqlite3)"),
        )
        if name and self.confirm_restore(Path(name)):
            self.restore(Path(name))

    def confirm_restore(self, backup: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Security", "Restore a backup"),
            translate(
                "Security",
                "Replace the case store with the backup %1? The backup is checked first, and the "
                "current store is kept as a safety copy in the backups folder.",
            ).replace("%1", backup.name),
            parent=self.window,
        )
        restore = box.addButton(translate("Security", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.dialog = box
        box.exec()
        return box.clickedButton() is restore

    def restore(self, backup: Path) -> None:
        desk, model = self.desk, self.window.register_model
        # Every case may differ now: whatever the register has loaded is fetched afresh.
        loaded = frozenset(
            ref
            for row in range(model.rowCount())
            if model.is_row_loaded(row) and (ref := model.reference_at(row)) is not None
        )

        def run() -> tuple[Path, Changes]:
            safety = desk.restore(backup)
            return safety, Changes(case_refs=loaded, entities=True, settings=True)

        self.window.ops.perform(
            run,
            lambda result: self._inform(
                translate("Security", "Backup restored"),
                translate("Security", "The backup was restored. The store as it was is kept in %1.").replace(
                    "%1", str(result[0])
                ),
            ),
        )

    # --- retention -----------------------------------------------------------------

    def plan_retention(self) -> None:
        desk = self.desk
        self.window.tasks.run(desk.retention.plan, self._show_plan)

    def _show_plan(self, items) -> None:
        dialog = RetentionDialog(items, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.run_retention)
        self.dialog = dialog
        dialog.open()

    def run_retention(self) -> None:
        desk = self.desk

        def run() -> tuple[int, Changes]:
            report = desk.retention.run()
            return len(report.items), report.changes

        self.window.ops.perform(
            run,
            lambda result: self._inform(
                translate("Security", "Retention done"),
                translate("Security", "%1 case(s) anonymised; the audit trail records it.").replace(
                    "%1", str(result[0])
                ),
            ),
        )

    # --- diagnostics ---------------------------------------------------------------

    def show_diagnostics(self) -> None:
        desk = self.desk
        self.window.tasks.run(lambda: gather_diagnostics(desk), self._show_diagnostics)

    def _show_diagnostics(self, info: Diagnostics) -> None:
        dialog = DiagnosticsDialog(info, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def install_security_actions(window: MainWindow) -> SecurityActions:
    return SecurityActions(window)
