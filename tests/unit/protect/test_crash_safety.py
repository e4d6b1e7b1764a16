"""Every change reported as saved survives SIGKILL at a random moment."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from dsar_desk.credentials.secret_store import InMemorySecretStore
from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.desk import open_desk
from tests.unit.protect.helpers import add_entity, new_case

KILLS = 50


def _writer(data_dir: Path, secrets: InMemorySecretStore, clock: FixedClock, out: int) -> None:
    """Runs in the forked child: write cases forever, report each after its commit returned."""
    desk = open_desk(data_dir, clock, "crash", secrets=secrets, lock_wait=5.0)
    os.write(out, b"ready\n")
    while True:
        reference = new_case(desk, "Crash Test Person")
        os.write(out, reference.encode() + b"\n")


def _read_lines(fd: int, count: int) -> bytes:
    """Blocks until `count` whole lines arrived (or the child is gone)."""
    data = b""
    while data.count(b"\n") < count:
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return data


def _read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_acknowledged_cases_survive_sigkill(tmp_path: Path, clock: FixedClock) -> None:
    secrets = InMemorySecretStore()
    desk = open_desk(tmp_path / "s", clock, "t", secrets=secrets)
    add_entity(desk)
    new_case(desk)  # warms the holiday calendars, so forked children start writing at once
    desk.close()
    rng = random.Random(20261120)
    reported: set[str] = set()
    for _round in range(KILLS):
        read_end, write_end = os.pipe()
        # fork, not a fresh interpreter: the child starts in milliseconds, so 50 kills stay fast.
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(read_end)
            try:
                _writer(tmp_path / "s", secrets, clock, write_end)
            except BaseException as exc:
                os.write(write_end, f"child failed: {exc!r}\n".encode())
            finally:
                os._exit(1)
        os.close(write_end)
        first = _read_lines(read_end, 2)  # "ready" and one saved case: the writer is mid-stream
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        out = first.decode() + _read_all(read_end)
        os.close(read_end)
        assert out.startswith("ready"), out
        reported.update(line for line in out.split() if line.startswith("NO1-"))
    assert len(reported) >= KILLS  # every round was killed while writing, however loaded the machine
    survivor = open_desk(tmp_path / "s", clock, "t", secrets=secrets)
    with survivor.ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        stored = {row[0] for row in conn.exec_driver_sql("SELECT reference FROM dsar_case")}
    survivor.close()
    assert reported <= stored, sorted(reported - stored)[:5]
