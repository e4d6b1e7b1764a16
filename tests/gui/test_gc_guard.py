"""Cyclic garbage is collected by the UI thread's timer, not wherever allocation happens."""

from __future__ import annotations

import gc
import weakref

from dsar_desk.ui import gc_guard


class _Node:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_timer_collects(qtbot, qapp) -> None:
    collector = gc_guard.install(qapp)
    assert not gc.isenabled()
    probe = _Node()
    gone = weakref.ref(probe)
    del probe
    for _ in range(gc.get_threshold()[0] + 10):  # push generation 0 over its threshold
        _Node()
    collector.check()
    assert gone() is None
