"""Services over a real SQLite store: one transaction per action, every change audited."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from dsar_desk.domain.calendars import calendar_data_version
from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.errors import InvalidTransition, NotFound, ValidationError
from dsar_desk.domain.model import Entity, Requester
from dsar_desk.domain.vocabulary import (
    CaseStatus,
    Country,
    HolidayProfile,
    Outcome,
    PauseCounting,
    PauseReason,
    Right,
)
from dsar_desk.services.audit import verify_chain
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.queries import CaseFilter
from dsar_desk.services.settings import Settings
from dsar_desk.storage.tables import AuditEventRow, CaseRow


def new(
    desk: Desk,
    entity: str = "NO1",
    received: date = date(2026, 11, 2),
    name: str = "Máret Čuoppa Ŋuvttis",
    email: str = "maret@example.no",
    rights: tuple[Right, ...] = (Right.ACCESS,),
) -> str:
    reference, _ = desk.cases.new_case(
        NewCaseRequest(entity, list(rights), Requester(name, email), received=received)
    )
    return reference


def counts(desk: Desk) -> tuple[int, int]:
    with desk.ctx.engine.connect() as conn:
        cases = conn.execute(select(func.count()).select_from(CaseRow)).scalar_one()
        events = conn.execute(select(func.count()).select_from(AuditEventRow)).scalar_one()
    return cases, events


def test_references_are_per_entity_and_year(entities: Desk) -> None:
    assert new(entities) == "NO1-2026-0001"
    assert new(entities) == "NO1-2026-0002"
    assert new(entities, received=date(2025, 12, 31)) == "NO1-2025-0001"
    assert new(entities, entity="SE1") == "SE1-2026-0001"


def test_stored_due_dates_follow_the_case(entities: Desk) -> None:
    ref = new(entities, received=date(2026, 10, 31))  # one month: 30 Nov, a Monday
    detail = entities.queries.case_detail(ref)
    assert detail.deadlines.due == date(2026, 11, 30)
    entities.cases.pause(ref, PauseReason.IDENTITY, date(2026, 11, 2))
    entities.cases.verify_identity(ref, "BankID", date(2026, 11, 9))
    with entities.ctx.engine.connect() as conn:
        row = conn.execute(
            text("SELECT due_date, paused_days FROM dsar_case WHERE reference=:r"), {"r": ref}
        ).one()
    assert (row.due_date, row.paused_days) == ("2026-12-07", 7)


def test_refused_actions_write_nothing(entities: Desk) -> None:
    ref = new(entities)
    before = counts(entities)
    with pytest.raises(ValidationError):
        entities.cases.record_outcome(ref, Right.ACCESS, Outcome.REFUSED)
    with pytest.raises(NotFound, match="entity"):
        new(entities, entity="ZZ")
    with pytest.raises(ValidationError, match="email"):
        new(entities, email="nope")
    with pytest.raises(NotFound, match="reference"):
        entities.cases.close("NO1-2026-9999")
    with pytest.raises(InvalidTransition):
        entities.cases.resume(ref)
    assert counts(entities) == before


def test_every_change_is_audited_with_the_changed_fields(entities: Desk) -> None:
    ref = new(entities)
    entities.cases.extend(ref, "Data in five systems")
    detail = entities.queries.case_detail(ref)
    actions = [item.kind for item in detail.timeline]
    assert actions == ["case.created", "case.extended"]
    changed = detail.timeline[1].summary["changed"]
    assert changed["extension_reasons"] == ["", "Data in five systems"]
    assert changed["due_date"] == ["2026-12-02", "2027-02-02"]
    assert detail.timeline[1].actor == "tester"
    with entities.ctx.engine.connect() as conn:
        report = verify_chain(conn)
    assert report.ok and report.events >= 6  # four entities + two case events


def test_actor_is_the_handler_name_from_settings(entities: Desk) -> None:
    entities.update_settings(Settings(handler_name="Ingrid Bråthen"))
    ref = new(entities)
    assert entities.queries.case_detail(ref).timeline[0].actor == "Ingrid Bråthen"


def test_pause_counting_setting_recomputes_open_cases(entities: Desk) -> None:
    ref = new(entities, received=date(2026, 10, 31))
    entities.cases.pause(ref, PauseReason.CLARIFICATION, date(2026, 11, 2))
    entities.cases.resume(ref, date(2026, 11, 4))
    assert entities.queries.case_detail(ref).deadlines.due == date(2026, 12, 2)
    changes = entities.update_settings(Settings(pause_counting=PauseCounting.INCLUSIVE))
    assert ref in changes.case_refs
    summary = entities.queries.summaries_for([ref])[ref]
    assert summary.paused_days == 3 and summary.due == date(2026, 12, 3)


def test_changing_an_entity_profile_recomputes_its_open_cases(entities: Desk) -> None:
    ref = new(entities, entity="SE1", received=date(2026, 5, 19))  # due midsummer eve Fri 19 June
    assert entities.queries.summaries_for([ref])[ref].due == date(2026, 6, 19)
    entity = next(e for e in entities.entities.list() if e.code == "SE1")
    entity.profile = HolidayProfile.LENIENT
    changes = entities.entities.update(entity)
    assert ref in changes.case_refs
    assert entities.queries.summaries_for([ref])[ref].due == date(2026, 6, 22)


def test_list_filters(entities: Desk, clock: FixedClock) -> None:
    overdue = new(entities, received=date(2026, 9, 1))
    soon = new(entities, received=date(2026, 10, 23))  # due Mon 23 Nov
    paused = new(entities, received=date(2026, 9, 2))
    entities.cases.pause(paused, PauseReason.IDENTITY, date(2026, 9, 3))
    done = new(entities, received=date(2026, 9, 5), rights=(Right.ERASURE,))
    entities.cases.record_outcome(done, Right.ERASURE, Outcome.FULFILLED, on=date(2026, 9, 20))
    entities.cases.close(done, date(2026, 9, 20))

    def refs(status: str, **kw: object) -> list[str]:
        return [s.reference for s in entities.queries.list_cases(CaseFilter(status=status, **kw))]  # type: ignore[arg-type]

    assert refs("overdue") == [overdue]
    assert refs("due-soon") == [soon]
    assert refs("paused") == [paused]
    assert refs("closed") == [done]
    assert set(refs("open")) == {overdue, soon, paused}
    assert len(refs("all")) == 4
    assert refs("all", text="ŋuvttis", sort="received")[0] == overdue
    assert refs("all", right=Right.ERASURE) == [done]
    assert refs("overdue", as_of=date(2026, 9, 1)) == []
    with pytest.raises(ValidationError, match="status"):
        refs("late")
    board = entities.queries.dashboard()
    assert (board.open, board.overdue, board.due_soon, board.paused) == (3, 1, 1, 1)
    assert [s.reference for s in board.next_deadlines] == [overdue, soon]


def test_repeat_requests_within_twelve_months_are_linked(entities: Desk) -> None:
    first = new(entities, received=date(2026, 1, 10))
    new(entities, received=date(2025, 10, 1), email="other@example.no")  # same name, over 12 months before
    second = new(entities, received=date(2026, 11, 2), name="Someone Else")  # same e-mail
    related = entities.queries.case_detail(second).related
    assert [(r.reference, r.matched_on) for r in related] == [(first, "email")]
    third = new(entities, received=date(2026, 11, 3), name="máret  čuoppa ŋuvttis", email="")
    assert first in {r.reference for r in entities.queries.case_detail(third).related}


def test_notes_and_attachments(entities: Desk, tmp_path: Path) -> None:
    ref = new(entities)
    entities.cases.add_note(ref, "Called the requester to clarify scope.")
    source = tmp_path / "fullmakt Åse.pdf"
    source.write_bytes(b"%PDF-1.4 proof of authority")
    entities.cases.add_attachment(ref, source)
    detail = entities.queries.case_detail(ref)
    assert detail.notes[0][2] == "Called the requester to clarify scope."
    assert detail.attachments[0][1] == "fullmakt Åse.pdf"
    assert len(detail.attachments[0][2]) == 64
    with pytest.raises(ValidationError, match="file"):
        entities.cases.add_attachment(ref, tmp_path / "missing.pdf")


def test_close_flow_and_json(entities: Desk) -> None:
    ref = new(entities, rights=(Right.ACCESS, Right.MARKETING_OBJECTION))
    entities.cases.record_outcome(ref, Right.ACCESS, Outcome.FULFILLED)
    entities.cases.record_outcome(ref, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    entities.cases.close(ref)
    data = entities.queries.case_detail(ref).as_json()
    assert data["status"] == CaseStatus.CLOSED.value
    assert data["outcomes"]["marketing-objection"]["outcome"] == "fulfilled"
    json.dumps(data)


def test_stale_holiday_data_is_recomputed_on_open(tmp_path: Path) -> None:
    from dsar_desk.services.desk import open_desk

    clock = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))
    desk = open_desk(tmp_path / "s", clock, "t")
    desk.entities.add(Entity("NO1", "N", Country.NO))
    ref = new(desk, received=date(2026, 11, 2))
    with desk.ctx.engine.begin() as conn:
        # As a program with other holiday data would have left the store.
        conn.execute(text("UPDATE dsar_case SET due_date='2026-01-01', calendar_version='holidays-0.1'"))
        conn.execute(text("UPDATE setting SET value='holidays-0.1' WHERE key='calendar_version'"))
    desk.close()
    reopened = open_desk(tmp_path / "s", clock, "t")
    assert reopened.queries.summaries_for([ref])[ref].due == date(2026, 12, 2)
    with reopened.ctx.engine.connect() as conn:
        marker = conn.execute(text("SELECT value FROM setting WHERE key='calendar_version'")).scalar()
    assert marker == calendar_data_version()
    reopened.close()


def test_a_store_without_the_calendar_marker_is_checked_once(tmp_path: Path) -> None:
    """A store written before the marker existed: every open case is checked, then the marker is set."""
    from dsar_desk.services.desk import open_desk

    clock = FixedClock(datetime(2026, 11, 20, 9, tzinfo=UTC))
    desk = open_desk(tmp_path / "s", clock, "t")
    desk.entities.add(Entity("NO1", "N", Country.NO))
    ref = new(desk, received=date(2026, 11, 2))
    with desk.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE dsar_case SET due_date='2026-01-01', calendar_version='holidays-0.1'"))
        conn.execute(text("DELETE FROM setting WHERE key='calendar_version'"))
    desk.close()
    reopened = open_desk(tmp_path / "s", clock, "t")
    assert reopened.queries.summaries_for([ref])[ref].due == date(2026, 12, 2)
    reopened.close()


def test_a_pause_requested_late_is_flagged(entities: Desk) -> None:
    ref = new(entities, received=date(2026, 11, 2))
    entities.cases.pause(ref, PauseReason.IDENTITY, date(2026, 11, 10))  # six working days later
    detail = entities.queries.case_detail(ref)
    assert [p.start for p in detail.late_pauses] == [date(2026, 11, 10)]
    assert detail.as_json()["warnings"]["late_pauses"] == ["2026-11-10"]
    prompt = new(entities, received=date(2026, 11, 2))
    entities.cases.pause(prompt, PauseReason.IDENTITY, date(2026, 11, 5))
    assert entities.queries.case_detail(prompt).late_pauses == []


def test_national_id_is_stored_masked(tmp_path: Path, clock: FixedClock) -> None:
    from dsar_desk.cli import run
    from dsar_desk.services.desk import open_desk

    data_dir = str(tmp_path / "cli-store")  # the CLI keeps its key in the (test's memory) keyring
    assert (
        run(["--data-dir", data_dir, "entity", "add", "--code", "NO1", "--name", "N", "--country", "NO"]) == 0
    )
    assert (
        run(
            [
                "--data-dir",
                data_dir,
                "case",
                "new",
                "--entity",
                "NO1",
                "--right",
                "access",
                "--name",
                "A",
                "--national-id",
                "01019012345",
            ]
        )
        == 0
    )
    desk = open_desk(Path(data_dir), clock, "t")
    with desk.ctx.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))]
        dump = " ".join(
            str(row) for table in tables for row in conn.execute(text(f'SELECT * FROM "{table}"'))
        )
    desk.close()
    assert "•••••••••45" in dump
    assert "01019012345" not in dump and "0101901" not in dump
