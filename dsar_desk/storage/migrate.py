"""Bring a database to the schema this program knows, safely.

A SQLite file is copied before any migration; a database stamped with a revision
this program does not know (written by a newer version) is refused, never touched.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from dsar_desk.domain.errors import DomainError

# Kept in code so that opening an up-to-date store needs no Alembic import at all;
# a test checks it against the script directory.
HEAD_REVISION = "0002"


class SchemaTooNewError(DomainError):
    """The database was written by a newer DSAR Desk."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("dsar_desk.storage") / "migrations"))
    return config


def script_head() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, db_file: Path | None, backup_dir: Path | None) -> str | None:
    """Migrate to head; returns the path of the pre-migration copy, if one was made."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"this case store was written by a newer DSAR Desk (schema {current}); "
            "install the newer version to open it - the file was not changed"
        )
    copy: Path | None = None
    if current is not None and db_file is not None and db_file.exists() and backup_dir is not None:
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        copy = backup_dir / f"pre-migration-{current}-{stamp}{db_file.suffix}"
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db_file, copy)
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return str(copy) if copy else None
