"""One writer per data folder: an OS file lock, released by the kernel if the holder dies.

The lock is `flock` on POSIX and `msvcrt.locking` on Windows, so a crashed process
never leaves a stale lock behind. The holder writes who it is (user, host, pid, since)
into a separate info file so a second instance can say who holds the store.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import IO

from dsar_desk.storage.errors import LockHolder, StoreLockedError
from dsar_desk.storage.files import touch_private, write_private_file

LOCK_FILE = "dsar-desk.lock"
INFO_FILE = "dsar-desk.lock.json"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_holder(data_dir: Path) -> LockHolder | None:
    try:
        data = json.loads((data_dir / INFO_FILE).read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class StoreLock:
    """Held for as long as a writable desk is open on the folder."""

    def __init__(self, data_dir: Path, user: str) -> None:
        self.data_dir = data_dir
        self.user = user
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        path = self.data_dir / LOCK_FILE
        touch_private(path)
        handle = open(path, "r+b")  # noqa: SIM115 - kept open for the lifetime of the lock
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                handle.close()
                holder = read_holder(self.data_dir)
                who = holder.describe() if holder else "another DSAR Desk process"
                raise StoreLockedError(
                    f"the case store is in use by {who}; close it there first, or open this one read-only",
                    holder,
                )
            time.sleep(0.1)
        self._handle = handle
        since = datetime.now().astimezone().isoformat(timespec="seconds")
        info = {"user": self.user, "host": socket.gethostname(), "pid": os.getpid(), "since": since}
        write_private_file(self.data_dir / INFO_FILE, json.dumps(info).encode("utf-8"))

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            (self.data_dir / INFO_FILE).unlink()
        _unlock(self._handle)
        self._handle.close()
        self._handle = None
