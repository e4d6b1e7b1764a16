"""Opening a case store and wiring the services over it (the headless composition root)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dsar_desk.domain.clock import Clock
from dsar_desk.domain.errors import DomainError
from dsar_desk.services.audit import append_event
from dsar_desk.services.cases import CaseService
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.deadline_refresh import refresh_all_open, refresh_stale_calendar
from dsar_desk.services.entities import EntityService
from dsar_desk.services.letters import LetterService
from dsar_desk.services.queries import CaseQueries
from dsar_desk.services.register import RegisterService
from dsar_desk.services.settings import Settings, store_settings
from dsar_desk.storage.engine import DATABASE_FILE, make_engine, sqlite_url
from dsar_desk.storage.migrate import upgrade_to_head

BACKUP_DIR = "backups"


class DataFolderError(DomainError):
    """The data folder cannot be created or written."""


@dataclass
class Desk:
    ctx: ServiceContext
    entities: EntityService
    cases: CaseService
    queries: CaseQueries
    letters: LetterService
    register: RegisterService

    def update_settings(self, settings: Settings) -> Changes:
        settings = settings.validated()
        with self.ctx.writing() as session:
            changed = store_settings(session, settings)
            if not changed:
                return Changes()
            append_event(session, self.ctx.clock.now(), self.ctx.actor, "settings.changed", changed)
        self.ctx.forget_settings()
        refs: frozenset[str] = frozenset()
        if "pause_counting" in changed:
            with self.ctx.writing() as session:
                refs = refresh_all_open(session, self.ctx)
        return Changes(case_refs=refs, settings=True)

    def close(self) -> None:
        self.ctx.engine.dispose()


def prepare_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            data_dir.chmod(0o700)  # the case store is for its owner only
    except OSError as exc:
        raise DataFolderError(
            f"data folder: cannot use {data_dir} ({exc.strerror}); choose another with --data-dir"
        ) from exc


def open_desk(data_dir: Path, clock: Clock, os_user: str) -> Desk:
    prepare_data_dir(data_dir)
    db_file = data_dir / DATABASE_FILE
    engine = make_engine(sqlite_url(db_file))
    upgrade_to_head(engine, db_file, data_dir / BACKUP_DIR)
    if os.name == "posix" and db_file.exists():
        db_file.chmod(0o600)
    ctx = ServiceContext(engine=engine, clock=clock, os_user=os_user, data_dir=data_dir)
    refresh_stale_calendar(ctx)
    return Desk(
        ctx, EntityService(ctx), CaseService(ctx), CaseQueries(ctx), LetterService(ctx), RegisterService(ctx)
    )
