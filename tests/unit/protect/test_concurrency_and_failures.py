"""Second instance, read-only opening, disk full and read-only failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from dsar_desk.services.desk import Desk, open_desk, open_desk_read_only
from dsar_desk.storage.errors import StoreFullError, StoreLockedError, StoreReadOnlyError
from dsar_desk.storage.lock import StoreLock
from tests.unit.protect.helpers import add_entity, case_count, new_case


def test_second_instance_is_told_who_holds_the_store(desk: Desk, clock, secrets) -> None:
    assert desk.ctx.data_dir is not None
    with pytest.raises(StoreLockedError, match="in use by tester on") as caught:
        open_desk(desk.ctx.data_dir, clock, "other", secrets=secrets, lock_wait=0.2)
    assert caught.value.holder is not None and caught.value.holder.user == "tester"


def test_read_only_instance_reads_and_refuses_changes(desk: Desk, clock, secrets) -> None:
    add_entity(desk)
    new_case(desk)
    assert desk.ctx.data_dir is not None
    viewer = open_desk_read_only(desk.ctx.data_dir, clock, "other")
    try:
        assert viewer.report.read_only and viewer.report.holder is not None
        assert case_count(viewer) == 1
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            new_case(viewer)
    finally:
        viewer.close()
    new_case(desk)  # the writer is unaffected
    assert case_count(desk) == 2


def test_lock_left_by_a_killed_process_is_recovered(tmp_path: Path) -> None:
    script = (
        "import sys, time; from pathlib import Path; from dsar_desk.storage.lock import StoreLock;"
        "lock = StoreLock(Path(sys.argv[1]), 'ghost'); lock.acquire();"
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    lock = StoreLock(tmp_path, "me")
    with pytest.raises(StoreLockedError, match="ghost"):
        lock.acquire(0.1)
    child.kill()
    child.wait()
    child.stdout.close()
    lock.acquire(1.0)  # the kernel dropped the dead process's lock; the stale info file is rewritten
    assert lock.held
    lock.release()


def test_disk_full_fails_cleanly_and_writes_nothing(desk: Desk) -> None:
    add_entity(desk)
    new_case(desk)

    @event.listens_for(desk.ctx.engine, "connect")
    def _cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StoreFullError, match=r"disk .* is full"):
        for _ in range(200):
            new_case(desk, "A long name " * 15)
    written = case_count(desk)
    event.remove(desk.ctx.engine, "connect", _cap)
    assert written >= 1
    with desk.ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        events = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_event WHERE action = 'case.created'"
        ).scalar()
    assert events == written  # no case without its audit event, no half-written case


def test_read_only_medium_fails_cleanly(desk: Desk) -> None:
    add_entity(desk)
    # query_only stands in for a read-only folder or medium: chmod does not stop root (CI runs as root).
    event.listen(desk.ctx.engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = ON"))
    with pytest.raises(StoreReadOnlyError, match="cannot be written"):
        new_case(desk)
    assert case_count(desk) == 0
