"""Writing export files safely: checked target, temporary name, fsync, os.replace, checksum.

A cancelled or failed export leaves neither the file nor a partial temporary file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dsar_desk.domain.errors import DomainError, ValidationError

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ExportCancelled(DomainError):
    """The user cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


class ExportFailed(DomainError):
    """The file system refused the export; nothing was written."""


def no_progress(done: int, total: int) -> None:
    """The default progress callback: report nothing."""


def never_cancelled() -> bool:
    return False


class Ticker:
    """Reports progress and checks for cancellation every `every` rows (cheap per row)."""

    def __init__(self, total: int, progress: ProgressFn, cancelled: CancelFn, every: int = 250) -> None:
        self.total, self._progress, self._cancelled, self._every = total, progress, cancelled, every
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self.done % self._every == 0:
            self.check()

    def check(self) -> None:
        if self._cancelled():
            raise ExportCancelled()
        self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.check()
        self._progress(self.total, self.total)


def check_target(path: Path) -> Path:
    """Refuse an output path that cannot be written, before any work is done."""
    target = path.expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ValidationError("out", f"{target} is a folder; give a file name such as log-2026-03.csv")
    if not folder.is_dir():
        raise ValidationError("out", f"the folder {folder} does not exist; create it or choose another")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError("out", f"the folder {folder} is not writable; choose another folder")
    if target.exists() and not os.access(target, os.W_OK):
        raise ValidationError("out", f"{target.name} exists and is read-only; choose another name")
    return target.absolute()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; os.replace is atomic there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _temporary(folder: Path, name: str) -> Iterator[Path]:
    fd, raw = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    os.close(fd)
    temporary = Path(raw)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_export(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the target folder; on success move it (and its .sha256) into place.

    The checksum file uses the `sha256sum` format, so `sha256sum -c FILE.sha256` verifies it.
    """
    target = check_target(path)
    try:
        with (
            _temporary(target.parent, target.name) as data,
            _temporary(target.parent, target.name + ".sha256") as checksum,
        ):
            yield data
            digest = sha256_file(data)
            checksum.write_text(f"{digest}  {target.name}\n", encoding="utf-8")
            _fsync(data)
            _fsync(checksum)
            os.replace(data, target)
            os.replace(checksum, target.with_name(target.name + ".sha256"))
            _fsync_folder(target.parent)
    except OSError as exc:
        raise ExportFailed(
            f"out: cannot write {target.name} ({exc.strerror or exc}); nothing was written"
        ) from exc
