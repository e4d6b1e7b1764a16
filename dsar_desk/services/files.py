"""Writing files the safe way: a temporary name in the target folder, fsync, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dsar_desk.domain.errors import DomainError


class FileWriteError(DomainError):
    """The target file cannot be written."""


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that a reader sees the old file or the new one, never half."""
    target = path.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise FileWriteError(f"out: the folder {folder} does not exist; create it or choose another")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise FileWriteError(f"out: cannot write in {folder} ({exc.strerror})") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise FileWriteError(f"out: cannot write {target.name} ({exc.strerror})") from exc
    return target
