"""User actions that change data: run on the DB worker, then announce what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from dsar_desk.services.context import Changes
from dsar_desk.ui.tasks import TaskRunner


class Operations(QObject):
    """Runs mutations and publishes their `Changes`.

    Signals:
        changes_applied(Changes): after a mutation succeeded; views refresh what it names.
    """

    changes_applied = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks

    def perform(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """`fn` returns `Changes`, or a tuple whose last item is `Changes` (e.g. new_case)."""

        def done(result: Any) -> None:
            changes = result[-1] if isinstance(result, tuple) else result
            if isinstance(changes, Changes):
                self.changes_applied.emit(changes)
            if on_done is not None:
                on_done(result)

        self.tasks.run(fn, done, on_error=on_error, exclusive=True)
