"""Backups of the case store: automatic daily ones, on demand, and restore.

Backups use SQLite's online backup API from a keyed connection into a keyed file, so
they are encrypted exactly like the store. Automatic backups are pruned to 7 daily,
4 weekly and 12 monthly; the ones taken before a migration, conversion, restore or
key change are kept until the user removes them.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dsar_desk.domain.clock import Clock
from dsar_desk.domain.errors import ValidationError
from dsar_desk.storage.cipher import check_file, connect, copy_database, file_kind, key_opens
from dsar_desk.storage.errors import StoreDamagedError, WrongKeyError
from dsar_desk.storage.files import private_dir, remove_quietly, sidecars
from dsar_desk.storage.rotation import backups_to_keep

BACKUP_DIR = "backups"
AUTO = "auto"
_NAME = re.compile(r"^(?P<kind>[a-z][a-z-]*?)-(?P<stamp>\d{8}T\d{6})(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # auto, manual, pre-migration, pre-conversion, pre-restore, pre-rekey, damaged
    taken: datetime
    size: int

    def as_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "kind": self.kind,
            "taken": self.taken.isoformat(timespec="seconds"),
            "size": self.size,
        }


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def parse_backup_name(path: Path) -> tuple[str, datetime] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return match["kind"], datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S")


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        parsed = parse_backup_name(path)
        if parsed:
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda info: (info.taken, info.path.name), reverse=True)


def _target(folder: Path, kind: str, now: datetime) -> Path:
    stem = f"{kind}-{now:%Y%m%dT%H%M%S}"
    target = folder / f"{stem}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}.sqlite3"
    return target


def write_backup(db_file: Path, key: bytes, folder: Path, kind: str, now: datetime) -> Path:
    """A verified, encrypted copy of the store in `folder`."""
    private_dir(folder)
    target = _target(folder, kind, now)
    copy_database(db_file, key, target, key)
    return target


def newest_good_backup(data_dir: Path, key: bytes) -> Path | None:
    for info in list_backups(backup_dir(data_dir)):
        if info.kind != "damaged" and not check_file(info.path, key):
            return info.path
    return None


def prune_auto_backups(data_dir: Path) -> list[Path]:
    autos = [(info.taken, info.path) for info in list_backups(backup_dir(data_dir)) if info.kind == AUTO]
    _keep, delete = backups_to_keep(autos)
    for path in delete:
        remove_quietly(path)
    return delete


def has_auto_backup_on(data_dir: Path, day: datetime) -> bool:
    return any(
        info.kind == AUTO and info.taken.date() == day.date() for info in list_backups(backup_dir(data_dir))
    )


def settle_for_replace(db_file: Path, key: bytes | None) -> None:
    """Fold the WAL into the file and drop -wal/-shm, so a replaced file gets no stale log."""
    if file_kind(db_file).value in ("missing", "empty"):
        remove_quietly(*sidecars(db_file))
        return
    with connect(db_file, key) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    remove_quietly(*sidecars(db_file))


def restore_into(
    db_file: Path,
    store_key: bytes,
    backup: Path,
    backup_key: bytes | None,
    data_dir: Path,
    clock: Clock,
) -> Path:
    """Replace the store with a checked backup; returns the safety copy of the old store.

    The caller holds the folder lock and has closed every connection to the store.
    The backup is checked before anything is touched; the current store is kept as a
    safety copy (a verified backup if it is readable, else its bytes as they are).
    """
    if not backup.is_file():
        raise ValidationError("backup file", f"{backup} does not exist")
    source_key = backup_key or store_key
    if file_kind(backup).value != "encrypted" or not key_opens(backup, source_key):
        raise WrongKeyError(
            "this backup does not open with the store's key; if it comes from before a key change "
            "or from another computer, give its recovery key with --recovery-key"
        )
    problems = check_file(backup, source_key)
    if problems:
        raise StoreDamagedError(f"the backup failed its integrity check ({problems[0]}); nothing was changed")
    now = clock.now().replace(tzinfo=None)
    folder = private_dir(backup_dir(data_dir))
    if key_opens(db_file, store_key) and not check_file(db_file, store_key):
        safety = write_backup(db_file, store_key, folder, "pre-restore", now)
        settle_for_replace(db_file, store_key)
    elif db_file.exists():
        # Unreadable or damaged: keep its bytes (and its log) aside exactly as they are.
        safety = _target(folder, "damaged", now)
        shutil.copy2(db_file, safety)
        for extra in sidecars(db_file):
            if extra.exists():
                shutil.copy2(extra, safety.with_name(safety.name + extra.name[len(db_file.name) :]))
        remove_quietly(*sidecars(db_file))
    else:
        safety = db_file
    copy_database(backup, source_key, db_file, store_key)
    return safety
