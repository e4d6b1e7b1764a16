"""Bring a database to the schema this program knows, safely.

The caller backs the store up before any migration; a database stamped with a revision
this program does not know (written by a newer version) is refused, never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dsar_desk.domain.errors import DomainError

if TYPE_CHECKING:
    from alembic.config import Config

# Kept in code so that opening an up-to-date store needs no Alembic import at all;
# a test checks it against the script directory.
HEAD_REVISION = "0007"


class SchemaTooNewError(DomainError):
    """The database was written by a newer DSAR Desk."""


def _config() -> Config:
    # Alembic is imported only when a migration or a revision check needs it (CLI start-up).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("dsar_desk.storage") / "migrations"))
    return config


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, before_upgrade: Callable[[str], object] | None = None) -> bool:
    """Migrate to head; `before_upgrade(current)` backs the store up first. True if it migrated."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"this case store was written by a newer DSAR Desk (schema {current}); "
            "install the newer version to open it - the file was not changed"
        )
    if current is not None and before_upgrade is not None:
        before_upgrade(current)
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True
