"""What every service needs: the engine, the clock, who is acting, where files live."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from dsar_desk.domain.clock import Clock
from dsar_desk.services.settings import Settings, load_settings
from dsar_desk.storage.engine import WRITE_OPTION
from dsar_desk.storage.errors import StoreReadOnlyError, classify


@contextmanager
def _storage_errors() -> Iterator[None]:
    """Disk full, read-only or locked files become clear messages; anything else is a bug."""
    try:
        yield
    except DBAPIError as exc:
        known = classify(exc)
        if known is None:
            raise
        raise known from exc


@dataclass(frozen=True)
class Changes:
    """What an action changed, so views refresh only that."""

    case_refs: frozenset[str] = frozenset()
    entities: bool = False
    settings: bool = False
    letters: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.case_refs | other.case_refs,
            self.entities or other.entities,
            self.settings or other.settings,
            self.letters or other.letters,
        )


@dataclass
class ServiceContext:
    engine: Engine
    clock: Clock
    os_user: str
    data_dir: Path | None = None
    read_only: bool = False
    # Pooled, read-only connections for the register's queries (storage.engine query_pool).
    query_engine: Engine | None = None
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def reader(self) -> Engine:
        """The engine for read-only queries: the pooled one when there is one."""
        return self.query_engine or self.engine

    def close_query_engine(self) -> None:
        if self.query_engine is not None:
            self.query_engine.dispose()
            self.query_engine = None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _storage_errors(), Session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        if self.read_only:
            self.writing_refused()
        with _storage_errors(), self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin(), Session(bind=conn, expire_on_commit=False) as session:
                yield session
                session.flush()

    def writing_refused(self) -> NoReturn:
        raise StoreReadOnlyError(
            "this window opened the case store read-only because another DSAR Desk has it open; "
            "nothing was changed - make the change there, or close it and reopen this one"
        )

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            with self.reading() as session:
                self._settings = load_settings(session)
        return self._settings

    def forget_settings(self) -> None:
        self._settings = None

    @property
    def actor(self) -> str:
        """Who is acting, for the audit trail: the handler name if set, else the OS user."""
        return self.settings.handler_name or self.os_user

    @property
    def files_dir(self) -> Path:
        if self.data_dir is None:
            raise RuntimeError("this store has no data folder for files")
        return self.data_dir
