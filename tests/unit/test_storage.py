"""Migrations run on open, copy the file first, and refuse a newer schema."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.desk import open_desk
from dsar_desk.storage.engine import DATABASE_FILE, make_engine, sqlite_url
from dsar_desk.storage.migrate import HEAD_REVISION, SchemaTooNewError, script_head, upgrade_to_head

CLOCK = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))


def test_head_constant_matches_the_migration_scripts() -> None:
    assert script_head() == HEAD_REVISION


def test_a_new_store_is_migrated_and_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "s", CLOCK, "t")
    with desk.ctx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
    desk.close()
    assert (tmp_path / "s" / DATABASE_FILE).stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "s").stat().st_mode & 0o777 == 0o700


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "s", CLOCK, "t")
    with desk.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999'"))
    desk.close()
    db = tmp_path / "s" / DATABASE_FILE
    before = db.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer DSAR Desk"):
        open_desk(tmp_path / "s", CLOCK, "t")
    assert db.read_bytes() == before


def test_an_unknown_revision_is_refused(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / DATABASE_FILE))
    upgrade_to_head(engine)
    with engine.begin() as conn:  # a revision this program never shipped
        conn.execute(text("UPDATE alembic_version SET version_num='0000'"))
    with pytest.raises(SchemaTooNewError):
        upgrade_to_head(engine)
    engine.dispose()


def test_the_store_is_backed_up_before_a_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dsar_desk.storage.migrate as migrate

    engine = make_engine(sqlite_url(tmp_path / DATABASE_FILE))
    assert upgrade_to_head(engine) is True
    assert upgrade_to_head(engine) is False  # already at head: nothing to do, no Alembic import
    # A program whose head is newer than the store: its (known) revision must be backed up first.
    monkeypatch.setattr(migrate, "HEAD_REVISION", "not-this-one")
    seen: list[str] = []
    upgrade_to_head(engine, before_upgrade=seen.append)
    assert seen == [HEAD_REVISION]
    engine.dispose()


def test_unusable_data_folder_gives_a_clear_error(tmp_path: Path) -> None:
    from dsar_desk.services.desk import DataFolderError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError, match="data folder"):
        open_desk(blocker / "store", CLOCK, "t")


def test_queries_use_pooled_connections_that_refuse_writes(tmp_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    desk = open_desk(tmp_path / "s", CLOCK, "t")
    assert desk.ctx.query_engine is not None and desk.ctx.reader is desk.ctx.query_engine
    with desk.ctx.reader.connect() as conn:
        assert conn.execute(text("PRAGMA query_only")).scalar() == 1
        with pytest.raises(OperationalError, match="readonly"):
            conn.execute(text("DELETE FROM setting"))
    desk.close()
    assert desk.ctx.query_engine is None  # its connections are closed with the store
