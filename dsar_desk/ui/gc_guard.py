"""Run Python's cyclic garbage collector on the UI thread only.

A cycle that holds Qt wrappers (a dialog and its slots, say) may be collected by
whichever thread happens to allocate when the collector triggers; on the database
worker thread that destroys Qt objects off their thread and crashes the process.
So automatic collection is switched off and a timer on the UI thread collects,
generation by generation, as the allocation counts ask for it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self._thresholds[0]:
            generation = 0
            if second > self._thresholds[1]:
                generation = 2 if third > self._thresholds[2] else 1
            gc.collect(generation)


_collector: UiThreadCollector | None = None


def install(app: QObject) -> UiThreadCollector:
    """Idempotent: one collector per application."""
    global _collector
    if _collector is None:
        _collector = UiThreadCollector(app)
    return _collector
