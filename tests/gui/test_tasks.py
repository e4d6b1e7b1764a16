"""The DB workers: reads beside the worker, mutations with the store to themselves."""

from __future__ import annotations

import threading

from dsar_desk.ui.tasks import TaskRunner


def test_a_read_does_not_wait_behind_the_worker(qtbot) -> None:
    tasks = TaskRunner()
    release = threading.Event()
    results: list[str] = []
    tasks.run(lambda: release.wait(5) and "slow", results.append)
    tasks.run(lambda: "read", results.append, read=True)
    qtbot.waitUntil(lambda: results == ["read"], timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: results == ["read", "slow"], timeout=3000)
    assert tasks.drain()


def test_no_read_runs_while_a_mutation_does(qtbot) -> None:
    tasks = TaskRunner()
    started, release = threading.Event(), threading.Event()
    log: list[str] = []

    def mutation() -> str:
        started.set()
        release.wait(5)
        log.append("mutation done")
        return "m"

    tasks.run(mutation, exclusive=True)
    assert started.wait(3)
    tasks.run(lambda: log.append("read ran"), read=True)
    qtbot.wait(150)
    assert log == []  # the read waits for the mutation (a restore may be replacing the file)
    release.set()
    qtbot.waitUntil(lambda: log == ["mutation done", "read ran"], timeout=3000)
    assert tasks.drain()


def test_only_the_newest_keyed_read_is_delivered(qtbot) -> None:
    tasks = TaskRunner()
    release = threading.Event()
    delivered: list[int] = []
    tasks.run(lambda: release.wait(5) and 1, delivered.append, key="register", read=True)
    tasks.run(lambda: 2, delivered.append, key="register", read=True)
    qtbot.waitUntil(lambda: delivered == [2], timeout=3000)
    release.set()
    assert tasks.wait_idle()
    qtbot.wait(50)
    assert delivered == [2]
    assert tasks.drain()
