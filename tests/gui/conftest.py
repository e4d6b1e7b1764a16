"""A real main window over a real store, with a fixed clock and private QSettings."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Channel, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.ui import gc_guard, none_guard
from dsar_desk.ui.app import build_window
from dsar_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp) -> Iterator[None]:
    """As in the app: cycles are collected on this thread only, never on the DB worker."""
    gc_guard.install(qapp)
    none_guard.top_up()
    yield
    gc.collect()


def make_window(qtbot, desk: Desk, clock: FixedClock, tmp_path: Path) -> MainWindow:
    qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = build_window(desk, clock, qsettings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    return window


@pytest.fixture
def window(qtbot, entities: Desk, clock: FixedClock, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, entities, clock, tmp_path)
    yield win
    # Teardown drains the DB worker before the `entities` fixture closes the store.
    win.shutdown()


def new_case(desk: Desk, name: str, received: date, entity: str = "NO1", rights=(Right.ACCESS,)) -> str:
    ref, _ = desk.cases.new_case(
        NewCaseRequest(entity, list(rights), Requester(name, email=""), Channel.EMAIL, received=received)
    )
    return ref


def register_refs(window: MainWindow) -> list[str]:
    model = window.register_model
    return [model.reference_at(row) or "" for row in range(model.rowCount())]


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
