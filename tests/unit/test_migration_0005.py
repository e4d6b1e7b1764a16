"""Migration 0005 (month-log indexes) on an existing encrypted store with cases in it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, inspect, select, text

from dsar_desk.domain.clock import FixedClock
from dsar_desk.services.audit import verify_chain
from dsar_desk.services.demo import generate_demo
from dsar_desk.services.desk import open_desk
from dsar_desk.services.reports import _audit
from dsar_desk.storage.cipher import FileKind, file_kind
from dsar_desk.storage.engine import DATABASE_FILE
from dsar_desk.storage.migrate import HEAD_REVISION, _config, current_revision

CLOCK = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))


def _indexes(conn: Connection, table: str) -> set[str]:
    return {str(index["name"]) for index in inspect(conn).get_indexes(table)}


def test_an_encrypted_0004_store_is_backed_up_and_gets_the_month_log_indexes(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    desk = open_desk(folder, CLOCK, "t")
    generate_demo(desk.ctx, 40, seed=3)
    config = _config()
    with desk.ctx.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    with desk.ctx.engine.connect() as conn:
        assert "ix_dsar_case_received" in _indexes(conn, "dsar_case")
        cases = conn.execute(text("SELECT count(*) FROM dsar_case")).scalar()
    assert current_revision(desk.ctx.engine) == "0004"
    desk.close()
    assert file_kind(folder / DATABASE_FILE) is FileKind.ENCRYPTED

    reopened = open_desk(folder, CLOCK, "t")
    try:
        assert [p.name.startswith("pre-migration-") for p in reopened.report.backups_written] == [True]
        assert current_revision(reopened.ctx.engine) == HEAD_REVISION
        with reopened.ctx.engine.connect() as conn:
            case_indexes = _indexes(conn, "dsar_case")
            audit_indexes = _indexes(conn, "audit_event")
            assert conn.execute(text("SELECT count(*) FROM dsar_case")).scalar() == cases
            assert verify_chain(conn).ok
        assert "ix_dsar_case_received_closed_on" in case_indexes
        assert "ix_dsar_case_received" not in case_indexes
        assert "ix_audit_event_case_ref_action" in audit_indexes
        assert "ix_audit_event_case_ref" not in audit_indexes
    finally:
        reopened.close()


def test_closure_history_reads_by_case_and_action_not_every_closure(tmp_path: Path) -> None:
    """Without statistics SQLite took the action index for a long IN list: every closure in the trail."""
    desk = open_desk(tmp_path / "s", CLOCK, "t")
    try:
        refs = [f"NO1-2026-{n:05d}" for n in range(500)]
        query = select(_audit.c.case_ref, _audit.c.payload).where(
            _audit.c.case_ref.in_(refs), _audit.c.action.in_(["case.closed", "case.reopened"])
        )
        with desk.ctx.engine.connect() as conn:
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(row[3]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "ix_audit_event_case_ref_action" in plan
    finally:
        desk.close()
