"""Migration 0007 (register languages) on an existing store with a register in it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.model import Entity
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.domain.vocabulary import Country, Language
from dsar_desk.services.desk import open_desk
from dsar_desk.storage.migrate import HEAD_REVISION, _config, current_revision

CLOCK = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))


def test_existing_activities_get_their_entity_language_and_a_key(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    desk = open_desk(folder, CLOCK, "t")
    desk.entities.add(Entity("FI1", "Fjordtall Oy", Country.FI, language=Language.FI))
    desk.entities.add(Entity("NO2", "Fjordbu AS", Country.NO, language=Language.NN))
    for code in ("FI1", "NO2"):
        desk.register.add(code, ProcessingActivity("Marketing / e-mail", "p", "l", "c", retention="r"))
        desk.register.add(code, ProcessingActivity("Marketing: e-mail", "p", "l", "c", retention="r"))
    config = _config()
    with desk.ctx.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    with desk.ctx.engine.connect() as conn:
        columns = {column["name"] for column in inspect(conn).get_columns("processing_activity")}
    assert "language" not in columns and current_revision(desk.ctx.engine) == "0006"
    desk.close()

    reopened = open_desk(folder, CLOCK, "t")
    try:
        assert [p.name.startswith("pre-migration-") for p in reopened.report.backups_written] == [True]
        assert current_revision(reopened.ctx.engine) == HEAD_REVISION == "0007"
        finnish = reopened.register.list("FI1")
        assert [(a.language, a.key) for a in finnish] == [
            ("fi", "marketing-e-mail"),
            ("fi", "marketing-e-mail-2"),
        ]
        assert {a.language for a in reopened.register.list("NO2")} == {"nb"}  # Nynorsk letters use Bokmål
        with reopened.ctx.engine.connect() as conn:
            names = {i["name"] for i in inspect(conn).get_indexes("processing_activity")}
            assert conn.execute(text("SELECT count(*) FROM processing_activity")).scalar() == 4
        assert "ix_processing_activity_language" in names
    finally:
        reopened.close()
