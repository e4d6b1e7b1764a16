"""Environment errors from the case store: the user can act on them (not bugs).

Each message says what happened and what to do; none contains personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dsar_desk.domain.errors import DomainError


class StoreError(DomainError):
    """The case store cannot do this right now for a reason outside the program."""


class StoreFullError(StoreError):
    pass


class StoreReadOnlyError(StoreError):
    pass


class WrongKeyError(StoreError):
    """The key or passphrase does not open the store; the file was not modified."""


class KeyMissingError(StoreError):
    """The store is encrypted but this computer does not hold its key."""


class StoreDamagedError(StoreError):
    """The store failed its integrity check or cannot be read; a good backup may exist."""

    def __init__(self, message: str, newest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}) since {self.since}"


class StoreLockedError(StoreError):
    def __init__(self, message: str, holder: LockHolder | None) -> None:
        super().__init__(message)
        self.holder = holder


FULL_MESSAGE = (
    "the disk holding the case store is full, so nothing was saved; free some space "
    "(or move the data folder) and try again"
)
READ_ONLY_MESSAGE = (
    "the case store cannot be written (read-only folder, file or medium, or opened read-only), "
    "so nothing was saved; check the data folder's permissions"
)


def classify(exc: BaseException) -> StoreError | None:
    """Map a driver error to an environment error, or None for a bug."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database or disk is full" in text or "disk full" in text:
        return StoreFullError(FULL_MESSAGE)
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StoreReadOnlyError(READ_ONLY_MESSAGE)
    if "malformed" in text or "file is not a database" in text:
        return StoreDamagedError(
            "the case store is damaged, so nothing was saved; close DSAR Desk and restore the newest "
            "backup (dsar-desk backup list, then dsar-desk backup restore FILE)"
        )
    if "disk i/o error" in text:
        return StoreError("the disk reported an input/output error, so nothing was saved; check the disk")
    if "database is locked" in text or "database table is locked" in text:
        return StoreError("the case store is busy in another program; try again in a moment")
    return None
