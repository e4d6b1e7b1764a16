"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

Every call into a PySide6 method that returns nothing (setText, repaint, processEvents…)
drops one reference to `None` without having taken it. Python 3.12 made `None` immortal,
so there it is harmless; on 3.11 the count reaches zero after some hundred thousand calls
and the interpreter aborts with "none_dealloc". Measured here: 1,000 calls of `repaint()`
lower `sys.getrefcount(None)` by 1,000. Until PySide6 is fixed, keep a ballast of
references so the count never gets near zero.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

LOW_WATER = 1_000_000
TOP_UP = 2_000_000
_ballast: list[object] = []

# Calls returning a bool leak references to True and False the same way (seen as a
# "bool_dealloc" abort when the interpreter shuts down), so they get a ballast too.
_SINGLETONS: tuple[object, ...] = (None, True, False)


def top_up() -> None:
    for singleton in _SINGLETONS:
        if sys.getrefcount(singleton) < LOW_WATER:
            _ballast.extend([singleton] * TOP_UP)  # 16 MB of pointers per top-up


def install(parent: QObject, interval_ms: int = 250) -> QTimer | None:
    """Check on a timer; returns the timer, or None where `None` is immortal."""
    if sys.version_info >= (3, 12):
        return None
    top_up()
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
