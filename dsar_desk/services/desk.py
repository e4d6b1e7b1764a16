"""Opening a case store and wiring the services over it (the headless composition root).

Opening: lock the folder (one writer), find or create the key, convert a plain store,
check the file, migrate (backup first), write the day's backup. A second instance can
open read-only instead of waiting for the lock.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from dsar_desk.credentials.secret_store import KeyringSecretStore, SecretStore
from dsar_desk.domain.clock import Clock
from dsar_desk.domain.errors import DomainError
from dsar_desk.services import backups as backup_files
from dsar_desk.services.audit import append_event
from dsar_desk.services.backups import BackupInfo
from dsar_desk.services.cases import CaseService
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.deadline_refresh import refresh_stale_calendar
from dsar_desk.services.diagnostics import AuditStatus, audit_status
from dsar_desk.services.entities import EntityService
from dsar_desk.services.letters import LetterService
from dsar_desk.services.queries import CaseQueries
from dsar_desk.services.register import RegisterService
from dsar_desk.services.retention import RetentionService
from dsar_desk.services.settings import Settings, store_settings
from dsar_desk.services.suppression import SuppressionService
from dsar_desk.services.unlock import (
    KeyManager,
    KeyMode,
    PassphraseProvider,
    RecoveryOutcome,
    StoreKey,
    no_passphrase,
)
from dsar_desk.storage.cipher import FileKind, check_file, copy_database, file_kind, key_opens
from dsar_desk.storage.engine import DATABASE_FILE, make_engine, sqlite_url
from dsar_desk.storage.errors import (
    LockHolder,
    StoreDamagedError,
    StoreError,
    WrongKeyError,
    classify,
)
from dsar_desk.storage.files import make_private, private_dir, remove_quietly, sidecars, touch_private
from dsar_desk.storage.lock import StoreLock, read_holder
from dsar_desk.storage.migrate import HEAD_REVISION, current_revision, upgrade_to_head
from dsar_desk.storage.repository import refresh_sort_keys

BACKUP_DIR = backup_files.BACKUP_DIR


class DataFolderError(DomainError):
    """The data folder cannot be created or written."""


@dataclass
class OpenReport:
    """What happened while opening, for the window or the command line to tell the user."""

    created: bool = False
    converted: bool = False
    recovery_key: str | None = None  # set once, when a key was created: show it, offer the sheet
    key_mode: KeyMode = KeyMode.KEYRING
    read_only: bool = False
    holder: LockHolder | None = None  # who holds the store when this desk is read-only
    backups_written: list[Path] = field(default_factory=list)
    recovery: RecoveryOutcome = RecoveryOutcome.NONE  # after opening with the recovery key
    key_in_memory: bool = False  # keyring mode with a process-only store (the demo): gone at exit


@dataclass
class Desk:
    ctx: ServiceContext
    entities: EntityService
    cases: CaseService
    queries: CaseQueries
    retention: RetentionService
    suppression: SuppressionService
    letters: LetterService
    register: RegisterService
    db_file: Path | None = None
    report: OpenReport = field(default_factory=OpenReport)
    _key: bytes | None = field(default=None, repr=False)
    _keys: KeyManager | None = field(default=None, repr=False)
    _lock: StoreLock | None = field(default=None, repr=False)

    def audit_status(self, anchor: str | None = None) -> AuditStatus:
        """Help → Diagnostics: verify the audit trail and say where it stands."""
        return audit_status(self.ctx, anchor)

    def update_settings(self, settings: Settings) -> Changes:
        settings = settings.validated()
        with self.ctx.writing() as session:
            changed = store_settings(session, settings)
            if not changed:
                return Changes()
            if "name_order" in changed:
                # Same transaction: the register never sorts by keys of the other order.
                refresh_sort_keys(session, settings.name_order)
            append_event(session, self.ctx.clock.now(), self.ctx.actor, "settings.changed", changed)
        self.ctx.forget_settings()
        refs: frozenset[str] = frozenset()
        if "pause_counting" in changed:
            from dsar_desk.services.deadline_refresh import refresh_all_open

            with self.ctx.writing() as session:
                refs = refresh_all_open(session, self.ctx)
        return Changes(case_refs=refs, settings=True)

    # --- backups ---------------------------------------------------------------------

    def _require_store(self) -> tuple[Path, bytes, KeyManager]:
        if self.db_file is None or self._key is None or self._keys is None:
            raise StoreError("this store has no file to back up")
        return self.db_file, self._key, self._keys

    def _require_writable(self) -> None:
        if self.report.read_only:
            self.ctx.writing_refused()

    def list_backups(self) -> list[BackupInfo]:
        assert self.ctx.data_dir is not None
        return backup_files.list_backups(backup_files.backup_dir(self.ctx.data_dir))

    def daily_backup(self) -> Path | None:
        """The day's integrity check and automatic backup, unless today's exists; the backup's path.

        `open_desk(auto_backup=True)` runs it while opening (the command line). The window opens
        with `auto_backup=False` and runs this on its DB worker once it is on screen, because
        on a large store the check and the copy take seconds. Raises StoreDamagedError, naming
        the newest good backup, when the check finds a problem.
        """
        _db_file, key, _keys = self._require_store()
        if self.report.read_only:
            return None
        return _daily_backup(self, key)

    def backup_now(self, folder: Path | None = None, kind: str = "manual") -> Path:
        """An encrypted backup into the data folder's backups, or into `folder` (e.g. a network drive)."""
        db_file, key, _keys = self._require_store()
        assert self.ctx.data_dir is not None
        target = folder or backup_files.backup_dir(self.ctx.data_dir)
        try:
            return backup_files.write_backup(
                db_file, key, target, kind, self.ctx.clock.now().replace(tzinfo=None)
            )
        except OSError as exc:
            raise StoreError(
                f"backup: cannot write to {target} ({exc.strerror}); choose another folder"
            ) from exc

    def restore(self, backup: Path, recovery_key: str | None = None) -> Path:
        """Replace the store with a checked backup; returns the safety copy of the old one."""
        from dsar_desk.credentials.keys import parse_recovery_key

        self._require_writable()
        db_file, key, _keys = self._require_store()
        assert self.ctx.data_dir is not None
        backup_key = parse_recovery_key(recovery_key) if recovery_key else None
        self.ctx.close_query_engine()
        self.ctx.engine.dispose()
        try:
            safety = backup_files.restore_into(
                db_file, key, backup, backup_key, self.ctx.data_dir, self.ctx.clock
            )
        finally:
            self.ctx.engine = make_engine(sqlite_url(db_file), key)
            self.ctx.query_engine = make_engine(sqlite_url(db_file), key, query_pool=QUERY_CONNECTIONS)
            self.ctx.forget_settings()
        _harden(self.ctx.data_dir)
        return safety

    # --- keys ------------------------------------------------------------------------

    def recovery_key(self) -> str:
        """The recovery key of the current key, for the printable sheet."""
        from dsar_desk.credentials.keys import recovery_key_for

        _db_file, key, _keys = self._require_store()
        return recovery_key_for(key)

    def rotate_key(self) -> str:
        """Re-encrypt with a new random key (or new passphrase salt); returns the new recovery key."""
        return self._rekey(None)

    def change_passphrase(self, new_passphrase: str) -> str:
        """Protect the store with a (new) passphrase instead; returns the new recovery key."""
        return self._rekey(new_passphrase)

    def _rekey(self, new_passphrase: str | None) -> str:
        self._require_writable()
        db_file, key, keys = self._require_store()
        assert self.ctx.data_dir is not None
        folder = backup_files.backup_dir(self.ctx.data_dir)
        staged = keys.stage_new(new_passphrase)
        self.ctx.close_query_engine()
        self.ctx.engine.dispose()
        try:
            backup_files.settle_for_replace(db_file, key)
            copy_database(db_file, key, db_file, staged.key)
        except BaseException:
            keys.abandon_new(staged)
            self.ctx.engine = make_engine(sqlite_url(db_file), key)
            self.ctx.query_engine = make_engine(sqlite_url(db_file), key, query_pool=QUERY_CONNECTIONS)
            raise
        keys.commit_new(staged)
        self._key = staged.key
        self.ctx.engine = make_engine(sqlite_url(db_file), staged.key)
        self.ctx.query_engine = make_engine(sqlite_url(db_file), staged.key, query_pool=QUERY_CONNECTIONS)
        # Backups in the data folder follow the store's key, so a restore needs no old key.
        for info in backup_files.list_backups(folder):
            if info.kind != "damaged" and key_opens(info.path, key):
                with contextlib.suppress(Exception):
                    copy_database(info.path, key, info.path, staged.key)
        with self.ctx.writing() as session:
            append_event(
                session, self.ctx.clock.now(), self.ctx.actor, "store.key-changed", {"mode": staged.mode}
            )
        self.report.key_mode = staged.mode
        assert staged.recovery_key is not None
        return staged.recovery_key

    def unlock_needs_passphrase(self) -> bool:
        return self.report.key_mode is KeyMode.PASSPHRASE

    def check_unlock(self, passphrase: str | None = None) -> None:
        """After the window locked itself: the passphrase, or the keyring's key, must still
        open this store; raises WrongKeyError otherwise (nothing is changed either way)."""
        _db_file, key, keys = self._require_store()
        if keys.verify(key, passphrase):
            return
        if self.unlock_needs_passphrase():
            raise WrongKeyError("wrong passphrase for this case store; try again")
        raise WrongKeyError(
            "the key in this computer's keyring no longer matches this case store "
            "(the keyring may be locked); unlock the keyring and try again"
        )

    def close(self) -> None:
        self.ctx.close_query_engine()
        self.ctx.engine.dispose()
        if self._lock is not None:
            self._lock.release()


def prepare_data_dir(data_dir: Path) -> None:
    try:
        private_dir(data_dir)  # the case store is for its owner only
    except OSError as exc:
        raise DataFolderError(
            f"data folder: cannot use {data_dir} ({exc.strerror}); choose another with --data-dir"
        ) from exc


def _harden(data_dir: Path) -> None:
    """Owner-only modes on everything DSAR Desk keeps in the folder (POSIX)."""
    if os.name != "posix":
        return
    for path in [data_dir, *data_dir.iterdir()]:
        with contextlib.suppress(OSError):
            make_private(path)
    folder = data_dir / BACKUP_DIR
    if folder.is_dir():
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                make_private(path)


def _clean_leftovers(data_dir: Path) -> None:
    """Temporary copies from an interrupted conversion, backup or restore (we hold the lock)."""
    for folder in (data_dir, data_dir / BACKUP_DIR):
        if folder.is_dir():
            for path in folder.glob(".*.tmp*"):
                remove_quietly(path)


def _damaged(data_dir: Path, key: bytes, reason: str) -> StoreDamagedError:
    newest = backup_files.newest_good_backup(data_dir, key)
    advice = (
        f"restore the newest good backup with: dsar-desk backup restore {newest}"
        if newest
        else "no good backup was found; keep the file and contact support"
    )
    return StoreDamagedError(
        f"the case store is damaged ({reason}); it was not changed - {advice}", newest_backup=newest
    )


def _unlock_existing(keys: KeyManager, db_file: Path, data_dir: Path) -> bytes:
    candidates = keys.candidates()
    for key in candidates:
        if key_opens(db_file, key):
            keys.confirmed(key)
            return key
    # The key may be right and the file damaged: a backup that opens with it tells us so.
    for key in candidates:
        newest = backup_files.newest_good_backup(data_dir, key)
        if newest is not None:
            raise _damaged(data_dir, key, "its first page cannot be decrypted")
    if keys.recovery_key:
        raise WrongKeyError("this recovery key does not open this case store; the file was not changed")
    if keys.mode is KeyMode.PASSPHRASE:
        raise WrongKeyError("wrong passphrase for this case store; the file was not changed")
    raise WrongKeyError(
        "the key in this computer's keyring does not open this case store (was the file replaced "
        "by one from another computer?); unlock it with its recovery key - the file was not changed"
    )


def _convert_plain(
    keys: KeyManager, db_file: Path, data_dir: Path, clock: Clock, report: OpenReport
) -> bytes:
    """Encrypt a store made before encryption existed; the original stays until the copy is verified."""
    created = keys.create()
    report.recovery_key = created.recovery_key
    report.key_mode = created.mode
    now = clock.now().replace(tzinfo=None)
    # Fold its WAL in first so the original file alone holds every row (nothing is lost if we stop).
    backup_files.settle_for_replace(db_file, None)
    folder = private_dir(backup_files.backup_dir(data_dir))
    pre = backup_files._target(folder, "pre-conversion", now)
    copy_database(db_file, None, pre, created.key)
    report.backups_written.append(pre)
    copy_database(db_file, None, db_file, created.key)
    # Old plain backups would keep the cases readable; encrypt them too.
    for info in backup_files.list_backups(folder):
        if file_kind(info.path) is FileKind.PLAIN:
            copy_database(info.path, None, info.path, created.key)
    report.converted = True
    return created.key


# Pooled query connections: one per read thread of the window (ui.tasks.READ_THREADS).
QUERY_CONNECTIONS = 2


def open_desk(
    data_dir: Path,
    clock: Clock,
    os_user: str,
    secrets: SecretStore | None = None,
    passphrase: PassphraseProvider = no_passphrase,
    recovery_key: str | None = None,
    read_only: bool = False,
    lock_wait: float = 0.0,
    auto_backup: bool = True,
) -> Desk:
    """Open (or create) the encrypted case store in `data_dir`.

    `secrets` defaults to the OS keyring; `passphrase` is asked only where a passphrase
    protects the store or no keyring exists (the CLI reads an env var or a terminal, the
    window shows a dialog). With `read_only`, no lock is taken and nothing is written.
    """
    prepare_data_dir(data_dir)
    db_file = data_dir / DATABASE_FILE
    report = OpenReport(read_only=read_only)
    store = secrets or KeyringSecretStore()
    report.key_in_memory = not store.is_system()
    keys = KeyManager(data_dir, db_file, store, passphrase, recovery_key)
    lock: StoreLock | None = None
    if not read_only:
        lock = StoreLock(data_dir, os_user)
        lock.acquire(lock_wait)
    else:
        report.holder = read_holder(data_dir)
    try:
        key = _open_file(keys, db_file, data_dir, clock, report, read_only)
        report.recovery = keys.recovery
        engine = make_engine(sqlite_url(db_file), key, read_only=read_only)
        ctx = ServiceContext(
            engine=engine, clock=clock, os_user=os_user, data_dir=data_dir, read_only=read_only
        )
        ctx.query_engine = make_engine(
            sqlite_url(db_file), key, read_only=read_only, query_pool=QUERY_CONNECTIONS
        )
        desk = Desk(
            ctx,
            EntityService(ctx),
            CaseService(ctx),
            CaseQueries(ctx),
            RetentionService(ctx),
            SuppressionService(ctx),
            LetterService(ctx),
            RegisterService(ctx),
            db_file,
            report,
            key,
            keys,
            lock,
        )
        if read_only:
            if current_revision(engine) != HEAD_REVISION:
                raise StoreError("the case store needs an update that a read-only window cannot make")
            return desk
        try:
            _migrate(desk, engine, db_file)
            _harden(data_dir)
            refresh_stale_calendar(ctx)
            if auto_backup:
                _daily_backup(desk, key)
        except (DBAPIError, StoreDamagedError) as exc:
            ctx.close_query_engine()
            engine.dispose()
            if isinstance(exc, DBAPIError) and not isinstance(classify(exc), StoreDamagedError):
                raise
            raise _damaged(data_dir, key, "it cannot be read") from exc
        return desk
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def check_recovery_key(data_dir: Path, recovery_key: str) -> None:
    """Whether `recovery_key` opens the store in `data_dir`, before anything is opened for real.

    Reads only (the file, its lock and the keyring are left alone), so a window can ask on a
    worker thread and let the user retry. Raises ValidationError for a mistyped key and
    WrongKeyError for a well-formed key of another store.
    """
    from dsar_desk.credentials.keys import parse_recovery_key

    key = parse_recovery_key(recovery_key)
    db_file = data_dir / DATABASE_FILE
    if file_kind(db_file) is not FileKind.ENCRYPTED:
        raise StoreError("there is no encrypted case store in this data folder to open with a recovery key")
    if not key_opens(db_file, key):
        raise WrongKeyError(
            "this recovery key does not open this case store (is it the sheet of another store, or of "
            "an older key?); the file was not changed"
        )


def open_desk_read_only(data_dir: Path, clock: Clock, os_user: str, **options: object) -> Desk:
    """For a second instance: the store as it is, no lock, every change refused with a clear message."""
    return open_desk(data_dir, clock, os_user, read_only=True, **options)  # type: ignore[arg-type]


def _open_file(
    keys: KeyManager, db_file: Path, data_dir: Path, clock: Clock, report: OpenReport, read_only: bool
) -> bytes:
    kind = file_kind(db_file)
    if read_only:
        if kind is not FileKind.ENCRYPTED:
            raise StoreError("open the case store normally once (it must be created or encrypted first)")
        key = _unlock_existing(keys, db_file, data_dir)
        report.key_mode = keys.mode
        return key
    _clean_leftovers(data_dir)
    if kind in (FileKind.MISSING, FileKind.EMPTY):
        remove_quietly(*sidecars(db_file))
        created: StoreKey = keys.create()
        touch_private(db_file)  # SQLite gives -wal and -shm the same owner-only mode
        report.created = True
        report.recovery_key = created.recovery_key
        report.key_mode = created.mode
        return created.key
    if kind is FileKind.PLAIN:
        return _convert_plain(keys, db_file, data_dir, clock, report)
    key = _unlock_existing(keys, db_file, data_dir)
    report.key_mode = keys.mode
    return key


def _migrate(desk: Desk, engine: object, db_file: Path) -> None:
    def before_upgrade(_current: str) -> None:
        desk.report.backups_written.append(desk.backup_now(kind="pre-migration"))

    upgrade_to_head(desk.ctx.engine, before_upgrade)


def _daily_backup(desk: Desk, key: bytes) -> Path | None:
    """Once a day: a full integrity check, then an automatic backup and pruning."""
    assert desk.ctx.data_dir is not None and desk.db_file is not None
    now = desk.ctx.clock.now().replace(tzinfo=None)
    if backup_files.has_auto_backup_on(desk.ctx.data_dir, now):
        return None
    problems = check_file(desk.db_file, key)
    if problems:
        raise _damaged(desk.ctx.data_dir, key, problems[0])
    written = desk.backup_now(kind=backup_files.AUTO)
    desk.report.backups_written.append(written)
    backup_files.prune_auto_backups(desk.ctx.data_dir)
    return written


def restore_store(
    data_dir: Path,
    backup: Path,
    clock: Clock,
    os_user: str,
    secrets: SecretStore | None = None,
    passphrase: PassphraseProvider = no_passphrase,
    recovery_key: str | None = None,
    backup_recovery_key: str | None = None,
    lock_wait: float = 0.0,
) -> Path:
    """Restore a backup without opening the store first (it may be damaged or unreadable).

    Returns the safety copy of the store as it was. The backup must open with the store's
    key or with `backup_recovery_key`; it is checked before anything is touched.
    """
    from dsar_desk.credentials.keys import parse_recovery_key

    prepare_data_dir(data_dir)
    db_file = data_dir / DATABASE_FILE
    keys = KeyManager(data_dir, db_file, secrets or KeyringSecretStore(), passphrase, recovery_key)
    backup_key = parse_recovery_key(backup_recovery_key) if backup_recovery_key else None
    lock = StoreLock(data_dir, os_user)
    lock.acquire(lock_wait)
    try:
        if file_kind(db_file) in (FileKind.MISSING, FileKind.EMPTY):
            # Restoring onto a new computer: the backup's key becomes this store's key.
            key = backup_key or keys.candidates()[0]
        else:
            candidates = keys.candidates()
            opening = [k for k in candidates if key_opens(db_file, k)]
            usable = opening or [k for k in candidates if key_opens(backup, backup_key or k)]
            if not usable:
                raise WrongKeyError(
                    "neither the store nor the backup opens with this key; nothing was changed"
                )
            key = usable[0]
        safety = backup_files.restore_into(db_file, key, backup, backup_key, data_dir, clock)
        keys.confirmed(key)
        _harden(data_dir)
        return safety
    finally:
        lock.release()
