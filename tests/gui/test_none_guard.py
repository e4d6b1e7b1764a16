"""The guard against PySide6 6.12 dropping references to None (see dsar_desk.ui.none_guard)."""

from __future__ import annotations

import sys

import pytest

from dsar_desk.ui import none_guard


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_guard_keeps_none_far_from_zero(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    none_guard.top_up()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    # The bug itself: if PySide6 stops leaking, this fails and the guard can go.
    assert sys.getrefcount(None) <= before - 1500
    assert sys.getrefcount(None) > none_guard.LOW_WATER // 2
