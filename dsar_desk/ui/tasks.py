"""Running service calls off the UI thread, on one database worker.

Every read and write goes through `TaskRunner.run`: the function runs on a pool with a
single thread (SQLite has one writer; one worker also keeps results in call order), and
its result comes back by signal on the UI thread. Failures take one path: `failed`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from dsar_desk.domain.errors import DomainError
from dsar_desk.ui.error_text import error_text

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker are queued to it."""

    finished = Signal(int, object)
    raised = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, token: int, fn: Callable[[], Any], relay: _Relay, still_wanted: Callable[[], bool]):
        super().__init__()
        self.setAutoDelete(True)
        self._token, self._fn, self._relay, self._still_wanted = token, fn, relay, still_wanted

    def run(self) -> None:
        # A superseded query (the user typed another letter) is skipped, not run.
        if not self._still_wanted():
            self._relay.finished.emit(self._token, _SKIPPED)
            return
        try:
            result = self._fn()
        except BaseException as exc:  # every failure reaches the one error path
            self._relay.raised.emit(self._token, exc)
        else:
            self._relay.finished.emit(self._token, result)


_SKIPPED = object()


class TaskRunner(QObject):
    """The single DB worker.

    Signals:
        failed(str, str): "domain" or "bug", and a message without personal data for bugs.
        busy_changed(bool): whether work is queued or running.
    """

    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.raised.connect(self._on_raised)
        self._tokens = count(1)
        self._pending: dict[int, tuple[Callback | None, Callback | None, str | None]] = {}
        self._latest: dict[str, int] = {}
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        *,
        key: str | None = None,
        on_error: Callback | None = None,
    ) -> int:
        """Queue `fn`; `on_done(result)` runs on the UI thread.

        With a `key`, only the newest job of that key is run and delivered: older ones
        still waiting in the queue are skipped and their results dropped.
        `on_error(exc)` runs after the error has gone to the error path (to re-enable a button).
        """
        if self._closed:
            return 0
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error, key)
        if key is not None:
            self._latest[key] = token

        def still_wanted() -> bool:
            return key is None or self._latest.get(key) == token

        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(token, fn, self._relay, still_wanted))
        return token

    def drain(self, timeout_ms: int = 10000) -> bool:
        """Wait for queued work, deliver what finished, then refuse new work (teardown)."""
        self._closed = True
        done = self._pool.waitForDone(timeout_ms)
        self._pending.clear()
        return done

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _settle(self, token: int) -> tuple[Callback | None, Callback | None, str | None] | None:
        callbacks = self._pending.pop(token, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, token: int, result: object) -> None:
        callbacks = self._settle(token)
        if callbacks is None or result is _SKIPPED:
            return
        on_done, _, key = callbacks
        if key is not None and self._latest.get(key) != token:
            return  # a newer query of the same kind is on its way
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_raised(self, token: int, exc: object) -> None:
        callbacks = self._settle(token)
        if callbacks is None:
            return
        if isinstance(exc, DomainError):
            self.failed.emit("domain", error_text(exc))
        else:
            self.failed.emit("bug", describe_bug(exc))
        _, on_error, _ = callbacks
        if on_error is not None:
            on_error(exc)


def describe_bug(exc: object) -> str:
    """Where it failed, never what the data were: exception messages can hold names."""
    if not isinstance(exc, BaseException):
        return type(exc).__name__
    frames = traceback.extract_tb(exc.__traceback__)
    where = [f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} in {frame.name}" for frame in frames[-4:]]
    log.error("unexpected %s at %s", type(exc).__name__, "; ".join(where))
    return type(exc).__name__ + "\n" + "\n".join(where)
