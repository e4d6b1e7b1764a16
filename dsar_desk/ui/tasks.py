"""Running service calls off the UI thread, on database workers.

Every read and write goes through `TaskRunner.run`: the function runs on a pool with a
single thread (SQLite has one writer; one worker also keeps results in call order), and
its result comes back by signal on the UI thread. Failures take one path: `failed`.

Queries that only read and need no order against other work (the register's filter,
its pages, the dashboard) run with `read=True` on a second pool of their own, so a
keystroke never waits behind the dashboard counts or a letter being rendered; SQLite's
WAL lets them read while the worker writes. A mutation (`exclusive=True`, as
`Operations.perform` runs them) still has the store to itself: reads wait for it to
finish, because a restore or a re-key replaces the file under their feet.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


READ_THREADS = 2


class _Gate:
    """Shared for reads, exclusive for mutations; a waiting mutation goes before new reads.

    Built on threading.Condition, whose wait releases the GIL (a Qt lock held by a
    waiting worker could keep the GIL from the one that owns the lock).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


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
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(READ_THREADS)
        self._gate = _Gate()
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
        read: bool = False,
        exclusive: bool = False,
    ) -> int:
        """Queue `fn`; `on_done(result)` runs on the UI thread.

        With a `key`, only the newest job of that key is run and delivered: older ones
        still waiting in the queue are skipped and their results dropped.
        `on_error(exc)` runs after the error has gone to the error path (to re-enable a button).
        `read=True`: a pure query, run on the read pool, in no order against other jobs.
        `exclusive=True`: a mutation; no read runs while it does.
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
        gate = self._gate

        def gated() -> Any:
            with gate.shared() if read else gate.exclusive():
                return fn()

        job = _Job(token, gated if read or exclusive else fn, self._relay, still_wanted)
        (self._read_pool if read else self._pool).start(job)
        return token

    def drain(self, timeout_ms: int = 10000) -> bool:
        """Wait for queued work, deliver what finished, then refuse new work (teardown)."""
        self._closed = True
        done = self.wait_idle(timeout_ms)
        self._pending.clear()
        return done

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        # A read may have been queued by a write's callback, and the other way round.
        writes = self._pool.waitForDone(timeout_ms)
        reads = self._read_pool.waitForDone(timeout_ms)
        return writes and reads and self._pool.waitForDone(timeout_ms)

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
