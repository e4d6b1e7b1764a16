"""Backups, restore, a damaged store on open, and owner-only files."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.desk import Desk, open_desk, restore_store
from dsar_desk.storage.cipher import FileKind, file_kind
from dsar_desk.storage.engine import DATABASE_FILE
from dsar_desk.storage.errors import StoreDamagedError
from tests.unit.protect.helpers import add_entity, case_count, new_case


def _corrupt(db: Path, at: int = 6000) -> None:
    data = bytearray(db.read_bytes())
    for offset in range(at, at + 64):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_backup_now_list_and_restore_keep_a_safety_copy(desk: Desk, tmp_path: Path) -> None:
    add_entity(desk)
    new_case(desk)
    backup = desk.backup_now()
    assert file_kind(backup) is FileKind.ENCRYPTED
    new_case(desk)
    assert case_count(desk) == 2
    safety = desk.restore(backup)
    assert case_count(desk) == 1
    assert safety.name.startswith("pre-restore-")
    kinds = [info.kind for info in desk.list_backups()]
    assert {"auto", "manual", "pre-restore"} <= set(kinds)
    elsewhere = desk.backup_now(tmp_path / "network-drive")
    assert elsewhere.parent == tmp_path / "network-drive" and file_kind(elsewhere) is FileKind.ENCRYPTED


def test_a_damaged_backup_is_refused_and_the_store_left_alone(desk: Desk) -> None:
    add_entity(desk)
    for _ in range(40):
        new_case(desk, "Name " * 30)
    backup = desk.backup_now()
    _corrupt(backup)
    with pytest.raises(StoreDamagedError, match="integrity check"):
        desk.restore(backup)
    assert case_count(desk) == 40


def test_daily_backups_are_taken_once_a_day_and_pruned(tmp_path: Path, secrets) -> None:
    day = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for offset in range(20):
        opened = open_desk(tmp_path / "s", FixedClock(day + timedelta(days=offset)), "t", secrets=secrets)
        opened.close()
    opened = open_desk(tmp_path / "s", FixedClock(day + timedelta(days=19, hours=3)), "t", secrets=secrets)
    autos = [info for info in opened.list_backups() if info.kind == "auto"]
    opened.close()
    assert len({info.taken.date() for info in autos}) == len(autos)  # one per day at most
    assert 7 <= len(autos) < 20


def test_damaged_store_names_the_newest_good_backup_and_is_kept_aside(tmp_path: Path, clock, secrets) -> None:
    desk = open_desk(tmp_path / "s", clock, "t", secrets=secrets)
    add_entity(desk)
    for _ in range(40):
        new_case(desk, "Name " * 30)
    good = desk.backup_now()
    desk.close()
    db = tmp_path / "s" / DATABASE_FILE
    _corrupt(db)
    damaged_bytes = db.read_bytes()
    later = FixedClock(datetime(2026, 11, 21, 9, tzinfo=UTC))  # a new day: the full check runs
    with pytest.raises(StoreDamagedError, match="backup restore") as caught:
        open_desk(tmp_path / "s", later, "t", secrets=secrets)
    assert caught.value.newest_backup == good
    assert db.read_bytes() == damaged_bytes  # never overwritten by the failed open
    safety = restore_store(tmp_path / "s", good, later, "t", secrets=secrets)
    assert safety.name.startswith("damaged-") and safety.read_bytes() == damaged_bytes
    reopened = open_desk(tmp_path / "s", later, "t", secrets=secrets)
    assert case_count(reopened) == 40
    reopened.close()


def test_unreadable_first_page_with_a_good_backup_is_damage_not_a_wrong_key(
    tmp_path: Path, clock, secrets
) -> None:
    desk = open_desk(tmp_path / "s", clock, "t", secrets=secrets)
    desk.close()
    _corrupt(tmp_path / "s" / DATABASE_FILE, at=100)
    with pytest.raises(StoreDamagedError, match="damaged"):
        open_desk(tmp_path / "s", clock, "t", secrets=secrets)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes; Windows relies on the profile's ACLs")
def test_data_folder_and_every_file_are_owner_only(desk: Desk) -> None:
    add_entity(desk)
    new_case(desk)
    desk.backup_now()
    folder = desk.ctx.data_dir
    assert folder is not None
    with desk.ctx.engine.connect() as conn:  # keep a connection so -wal and -shm exist
        conn.exec_driver_sql("SELECT 1 FROM dsar_case").all()
        names = {p.name for p in folder.iterdir()}
        assert {DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"} <= names
        for path in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), (path.name, oct(mode))
