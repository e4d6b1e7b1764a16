"""The lock screen: after idle time or on demand, every piece of personal data leaves the screen.

Locking switches the central stack to the lock page, hides menus and toolbars, closes
dialogs (they may hold a requester's details) and swallows every shortcut except the
ones the lock screen needs. Unlocking checks the passphrase (or the keyring's key) on
the DB worker, so the scrypt derivation never freezes the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.errors import DomainError
from dsar_desk.services.desk import Desk
from dsar_desk.ui.dialogs.base import error_label, show_error
from dsar_desk.ui.tasks import TaskRunner

translate = QCoreApplication.translate

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
LOCKED_TITLE = "DSAR Desk"


class LockScreen(QWidget):
    """Signals:
    unlock_requested(str): the passphrase typed (empty in keyring mode).
    """

    unlock_requested = Signal(str)

    def __init__(self, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.needs_passphrase = needs_passphrase
        title = QLabel(translate("Lock", "DSAR Desk is locked"))
        title.setObjectName("lock-title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            translate("Lock", "Every case is hidden. Enter the case store's passphrase to continue.")
            if needs_passphrase
            else translate("Lock", "Every case is hidden. Unlock to continue.")
        )
        hint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(translate("Lock", "Passphrase"))
        self.passphrase.setVisible(needs_passphrase)
        self.passphrase.returnPressed.connect(self._request)
        self.unlock_button = QPushButton(translate("Lock", "Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._request)
        self.error = error_label()
        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        for widget in (title, hint, self.passphrase, self.unlock_button, self.error):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _request(self) -> None:
        if self.needs_passphrase and not self.passphrase.text():
            show_error(self.error, translate("Lock", "Type the passphrase first."))
            return
        self.unlock_button.setEnabled(False)
        show_error(self.error, "")
        self.unlock_requested.emit(self.passphrase.text())

    def refused(self, message: str) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        show_error(self.error, message)
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        show_error(self.error, "")


class _InputFilter(QObject):
    """Application-wide: any input restarts the idle timer; while locked, shortcuts are swallowed."""

    def __init__(self, controller: LockController) -> None:
        super().__init__(controller)
        self._controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            controller = self._controller
            if (
                kind == QEvent.Type.KeyPress
                and not controller.locked
                and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == controller.lock_shortcut
            ):
                # A modal dialog blocks the window's shortcuts; the lock must work from there too.
                controller.lock()
                return True
            controller.activity()
        elif kind == QEvent.Type.Shortcut and self._controller.locked:
            return watched not in self._controller.allowed_actions
        return False


class LockController(QObject):
    """Signals:
    locked_changed(bool)
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        stack: QStackedWidget,
        desk: Desk,
        tasks: TaskRunner,
        minutes: int,
    ) -> None:
        super().__init__(window)
        self._window, self._stack, self._desk, self._tasks = window, stack, desk, tasks
        self.locked = False
        self.allowed_actions: set[QObject] = set()
        self.lock_shortcut = QKeySequence("Ctrl+L")
        self.screen = LockScreen(desk.unlock_needs_passphrase())
        stack.addWidget(self.screen)
        self.screen.unlock_requested.connect(self.try_unlock)
        stack.currentChanged.connect(self._keep_hidden)
        self._before: QWidget | None = None
        self._hidden_bars: list[QWidget] = []
        self._title = window.windowTitle()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        self._filter = _InputFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._filter)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if not self.locked:
            self.timer.start()

    def activity(self) -> None:
        if not self.locked:
            self.timer.start()  # restarts

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        window = self._window
        self._close_dialogs()
        current = self._stack.currentWidget()
        self._before = current if current is not self.screen else None
        self._stack.setCurrentWidget(self.screen)
        self._hidden_bars = [w for w in (window.menuBar(), *self._toolbars()) if w.isVisible()]
        for widget in self._hidden_bars:
            widget.hide()
        window.statusBar().clearMessage()
        self._title = window.windowTitle()
        window.setWindowTitle(translate("Lock", "%1 (locked)").replace("%1", LOCKED_TITLE))
        self.screen.reset()
        self.screen.passphrase.setFocus()
        self.locked_changed.emit(True)

    def _keep_hidden(self, _index: int) -> None:
        # The window may switch pages while locked (entities arrived): remember it, stay locked.
        current = self._stack.currentWidget()
        if self.locked and current is not self.screen:
            self._before = current
            self._stack.setCurrentWidget(self.screen)

    def _toolbars(self) -> list[QWidget]:
        from PySide6.QtWidgets import QToolBar

        return [bar for bar in self._window.findChildren(QToolBar) if bar.parent() is self._window]

    def _close_dialogs(self) -> None:
        # Rejected, not hidden: a dialog inside exec() would return and act on stale data later.
        app = QApplication.instance()
        seen: list[QDialog] = []
        for widget in [*self._window.findChildren(QDialog), *(QApplication.topLevelWidgets() if app else [])]:
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in seen:
                seen.append(widget)
        for dialog in reversed(seen):
            dialog.reject()
            dialog.hide()

    def try_unlock(self, passphrase: str) -> None:
        desk = self._desk

        def check() -> str:
            try:
                desk.check_unlock(passphrase or None)
            except DomainError as exc:
                return str(exc).capitalize()
            return ""

        self._tasks.run(check, self._checked)

    def _checked(self, problem: str) -> None:
        if problem:
            self.screen.refused(problem)
            return
        self.unlock()

    def unlock(self) -> None:
        """Only after the key was checked (try_unlock)."""
        if not self.locked:
            return
        self.locked = False
        if self._before is not None:
            self._stack.setCurrentWidget(self._before)
        for widget in self._hidden_bars:
            widget.show()
        self._hidden_bars = []
        self._window.setWindowTitle(self._title)
        self.screen.reset()
        self.timer.start()
        self.locked_changed.emit(False)
