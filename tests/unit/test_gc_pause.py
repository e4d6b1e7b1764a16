"""The collector pause restores what it found, and leaves a disabled collector alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from dsar_desk.gc_pause import collector_paused


@pytest.fixture
def collector_state() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_state")
def test_pauses_and_restores_automatic_collection() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("export failed")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()  # as the window's UI-thread collector does
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
