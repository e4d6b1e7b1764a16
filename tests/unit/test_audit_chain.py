"""The audit trail is tamper-evident: every kind of edit made behind the app's back is named."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dsar_desk.cli import run
from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Right
from dsar_desk.services import audit
from dsar_desk.services.audit import AuditWriteError, append_event, verify_chain
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk, open_desk
from dsar_desk.services.diagnostics import TrailState


def _case(desk: Desk, name: str = "Ola Nordmann", received: date | None = None) -> str:
    reference, _ = desk.cases.new_case(
        NewCaseRequest(
            "NO1",
            [Right.ACCESS],
            Requester(name, email="ola@example.no"),
            received=received or date(2026, 11, 2),
        )
    )
    return reference


@pytest.fixture
def trail(entities: Desk) -> Desk:
    """Four entities, two cases, notes: a dozen chained events."""
    first = _case(entities)
    second = _case(entities, "Kari Nordmann")
    entities.cases.add_note(first, "Asked for call logs too")
    entities.cases.add_note(second, "Posted by letter")
    entities.cases.assign_handler(first, "Ingrid")
    return entities


def _sql(desk: Desk, statement: str, **params: object) -> None:
    with desk.ctx.engine.begin() as conn:
        conn.execute(text(statement), params)


def _report(desk: Desk) -> audit.ChainReport:
    with desk.ctx.engine.connect() as conn:
        return verify_chain(conn)


def _ids(desk: Desk) -> list[int]:
    with desk.ctx.engine.connect() as conn:
        ids: list[int] = list(conn.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars())
        return ids


def test_an_untouched_trail_verifies(trail: Desk) -> None:
    report = _report(trail)
    assert report.ok and report.first_bad_id is None
    assert report.events == len(_ids(trail)) >= 9
    with trail.ctx.engine.connect() as conn:
        last = conn.execute(text("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")).scalar()
    assert report.head == last


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("payload", '{"text":"Asked for nothing"}', audit.CONTENT),
        ("actor", "mallory", audit.FACTS),
        ("action", "case.closed", audit.FACTS),
        ("at", "2026-11-19 10:30:00.000000", audit.FACTS),
        ("case_ref", "NO1-2026-0099", audit.FACTS),
        ("entity_code", "SE1", audit.FACTS),
        ("payload_sha256", "0" * 64, audit.FACTS),
        ("at", "not a time", audit.FACTS),
    ],
)
def test_altering_any_column_names_that_event(trail: Desk, column: str, value: str, problem: str) -> None:
    target = _ids(trail)[6]
    _sql(trail, f"UPDATE audit_event SET {column} = :value WHERE id = :id", value=value, id=target)
    report = _report(trail)
    assert not report.ok
    assert report.first_bad_id == target
    assert report.problem == problem


def test_a_time_moved_by_one_microsecond_is_caught(trail: Desk) -> None:
    target = _ids(trail)[3]
    with trail.ctx.engine.connect() as conn:
        stored = conn.execute(text("SELECT at FROM audit_event WHERE id = :id"), {"id": target}).scalar()
    moved = datetime.fromisoformat(str(stored)) + timedelta(microseconds=1)
    _sql(trail, "UPDATE audit_event SET at = :at WHERE id = :id", at=str(moved), id=target)
    assert _report(trail).first_bad_id == target


def test_deleting_an_event_names_the_one_after_it(trail: Desk) -> None:
    ids = _ids(trail)
    _sql(trail, "DELETE FROM audit_event WHERE id = :id", id=ids[4])
    report = _report(trail)
    assert report.first_bad_id == ids[5]
    assert report.problem == audit.FOLLOW
    assert report.problems == 1


def test_deleting_the_first_event_is_caught(trail: Desk) -> None:
    ids = _ids(trail)
    _sql(trail, "DELETE FROM audit_event WHERE id = :id", id=ids[0])
    assert _report(trail).first_bad_id == ids[1]


def test_reordering_two_events_names_the_earlier_position(trail: Desk) -> None:
    ids = _ids(trail)
    a, b = ids[2], ids[3]
    _sql(trail, "UPDATE audit_event SET id = -1 WHERE id = :a", a=a)
    _sql(trail, "UPDATE audit_event SET id = :a WHERE id = :b", a=a, b=b)
    _sql(trail, "UPDATE audit_event SET id = :b WHERE id = -1", b=b)
    report = _report(trail)
    assert report.first_bad_id == a
    assert report.problem == audit.FOLLOW


def test_an_inserted_event_is_caught(trail: Desk) -> None:
    ids = _ids(trail)
    with trail.ctx.engine.begin() as conn:
        row = conn.execute(text("SELECT * FROM audit_event WHERE id = :id"), {"id": ids[2]}).mappings().one()
        forged = dict(row)
        forged["id"] = ids[-1] + 100
        forged["prev_hash"] = "f" * 64  # it cannot reuse a predecessor: that is unique
        conn.execute(
            text(
                "INSERT INTO audit_event (id, at, actor, action, case_ref, entity_code, payload, "
                "payload_sha256, prev_hash, hash, redacted) VALUES (:id, :at, :actor, :action, "
                ":case_ref, :entity_code, :payload, :payload_sha256, :prev_hash, :hash, :redacted)"
            ),
            forged,
        )
    assert _report(trail).first_bad_id == ids[-1] + 100


def test_the_earliest_of_several_bad_events_is_named_and_all_are_counted(trail: Desk) -> None:
    ids = _ids(trail)
    _sql(trail, "UPDATE audit_event SET actor = 'x' WHERE id IN (:a, :b)", a=ids[7], b=ids[2])
    report = _report(trail)
    assert report.first_bad_id == ids[2]
    assert report.problems == 2


def test_a_cut_off_tail_needs_an_anchor_to_be_seen(trail: Desk) -> None:
    anchor = _report(trail).head
    _case(trail, "Per Hansen")
    ids = _ids(trail)
    with trail.ctx.engine.connect() as conn:
        assert verify_chain(conn, anchor=anchor).anchor_found is True
    _sql(trail, "DELETE FROM audit_event WHERE id >= :id", id=ids[-3])
    assert _report(trail).ok  # a shorter but consistent trail: only an outside record shows the loss
    later = _report(trail).head
    _sql(trail, "DELETE FROM audit_event WHERE id >= :id", id=ids[-5])
    with trail.ctx.engine.connect() as conn:
        report = verify_chain(conn, anchor=later)
    assert not report.ok and report.anchor_found is False


def test_times_in_any_zone_and_with_microseconds_round_trip(tmp_path: Path, entities: Desk) -> None:
    oslo_summer = timezone(timedelta(hours=2))
    for moment in (
        datetime(2026, 6, 1, 9, 0, 0, 123456, tzinfo=oslo_summer),
        datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 0, tzinfo=timezone(timedelta(hours=-5))),
    ):
        with entities.ctx.writing() as session:
            append_event(session, moment, "tester", "test.time", {"x": 1})
    assert _report(entities).ok


def test_appending_outside_a_write_transaction_is_refused(entities: Desk) -> None:
    before = len(_ids(entities))
    with entities.ctx.reading() as session, pytest.raises(AuditWriteError):
        append_event(session, datetime(2026, 11, 20, tzinfo=UTC), "tester", "test.bad", {})
    assert len(_ids(entities)) == before


def test_two_events_cannot_follow_the_same_predecessor(trail: Desk) -> None:
    ids = _ids(trail)
    with pytest.raises(IntegrityError), trail.ctx.engine.begin() as conn:
        prev = conn.execute(text("SELECT prev_hash FROM audit_event WHERE id = :id"), {"id": ids[3]}).scalar()
        conn.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, payload, payload_sha256, prev_hash, hash, "
                "redacted) VALUES ('2026-11-20 10:00:00.000000', 'x', 'fork', '{}', 'x', :prev, 'x', 0)"
            ),
            {"prev": prev},
        )


def test_concurrent_writers_on_one_store_keep_one_chain(tmp_path: Path, clock: FixedClock) -> None:
    store = tmp_path / "shared"
    first = open_desk(store, clock, "a")
    from dsar_desk.domain.model import Entity
    from dsar_desk.domain.vocabulary import Country

    first.entities.add(Entity("NO1", "Nordkapp Inkasso AS", Country.NO))
    reference = _case(first)
    # A second writer on the same file (the folder lock keeps a second *program* out; this is
    # a second connection, as two worker threads of one program would have).
    from dsar_desk.services.cases import CaseService
    from dsar_desk.services.context import ServiceContext
    from dsar_desk.storage.engine import DATABASE_FILE, make_engine, sqlite_url

    engine = make_engine(sqlite_url(store / DATABASE_FILE), first._key)
    second = CaseService(ServiceContext(engine=engine, clock=clock, os_user="b", data_dir=store))
    errors: list[BaseException] = []

    def write(cases: CaseService, label: str) -> None:
        try:
            for index in range(8):
                cases.add_note(reference, f"{label} {index}")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(c, label)) for c, label in ((first.cases, "a"), (second, "b"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = _report(first)
    assert report.ok and report.events == 2 + 16
    first.close()
    engine.dispose()


def test_diagnostics_report_state_count_head_and_first_bad(trail: Desk) -> None:
    status = trail.audit_status()
    assert status.state is TrailState.INTACT and status.ok
    assert status.events == len(_ids(trail)) and len(status.head) == 64
    target = _ids(trail)[6]  # four entities, two cases, then the first note
    _sql(trail, "UPDATE audit_event SET payload = '{}' WHERE id = :id", id=target)
    broken = trail.audit_status()
    assert broken.state is TrailState.BROKEN and not broken.ok
    assert broken.first_bad_id == target
    assert broken.first_bad_action == "case.note-added"
    assert broken.first_bad_case == "NO1-2026-0001"
    assert f"event {target}" in broken.summary()


def test_diagnostics_of_an_empty_store(desk: Desk) -> None:
    status = desk.audit_status()
    assert status.state is TrailState.EMPTY and status.events == 0 and status.ok


def test_cli_verify_exit_status_and_one_line(trail: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(trail.ctx.data_dir)
    trail.close()  # the command line takes the folder lock itself
    assert run(["--data-dir", data_dir, "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("Audit trail intact:")
    target = _ids(trail)[4]
    _sql(trail, "UPDATE audit_event SET actor = 'someone else' WHERE id = :id", id=target)
    assert run(["--data-dir", data_dir, "audit", "verify"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert f"event {target}" in lines[0] and "were changed" in lines[0]
    assert captured.out == ""


def test_cli_anchor_must_be_a_hash(trail: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(trail.ctx.data_dir)
    trail.close()  # the command line takes the folder lock itself
    assert run(["--data-dir", data_dir, "audit", "verify", "--anchor", "'; DROP TABLE x"]) == 2
    assert "anchor" in capsys.readouterr().err
    assert run(["--data-dir", data_dir, "audit", "verify", "--anchor", "a" * 64]) == 1
    assert "not in the trail" in capsys.readouterr().err
