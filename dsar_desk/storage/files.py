"""Owner-only files written atomically: temporary name, fsync, os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path) -> None:
    """Owner-only on POSIX; a no-op elsewhere (Windows ACLs follow the user profile)."""
    if os.name != "posix" or not path.exists():
        return
    path.chmod(PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    make_private(path)
    return path


def touch_private(path: Path) -> None:
    """Create an empty owner-only file, so SQLite's -wal and -shm inherit the mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    make_private(path)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A fresh owner-only file name in the target's folder (same file system: os.replace is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    make_private(Path(name))
    return Path(name)


def write_private_file(path: Path, data: bytes) -> None:
    temp = temp_path_beside(path)
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def sidecars(db_file: Path) -> list[Path]:
    """SQLite's companion files for a database."""
    return [db_file.with_name(db_file.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
