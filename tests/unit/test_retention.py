"""Retention: closed cases lose their personal data after the entity's period, nothing else."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dsar_desk.cli import run
from dsar_desk.domain.errors import DomainError, InvalidTransition, ValidationError
from dsar_desk.domain.model import Representative, Requester
from dsar_desk.domain.retention import anonymise_on, is_due, validate_retention_years
from dsar_desk.domain.vocabulary import CaseStatus, Outcome, PauseReason, Right
from dsar_desk.services.audit import REDACTION_ACTION
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk, open_desk
from dsar_desk.storage.tables import LetterRow, StoredFileRow

NAME, EMAIL, PHONE = "Åse Ødegård-Testesen", "ase.odegard@example.no", "+47 912 34 567"
NOTE = "She called about invoice 4711 for Ødegård Holding"
GROUNDS = "Collection of claim 2021-555 against Åse continues"


def _closed_case(desk: Desk, received: date, closed: date, entity: str = "NO1") -> str:
    reference, _ = desk.cases.new_case(
        NewCaseRequest(
            entity,
            [Right.ACCESS, Right.ERASURE],
            Requester(NAME, EMAIL, PHONE, "Storgata 1\n0155 Oslo"),
            received=received,
            scope="All invoices since 2019",
            representative=Representative("Advokat Nordlys", True),
        )
    )
    desk.cases.pause(reference, PauseReason.IDENTITY, received)
    desk.cases.verify_identity(reference, "BankID login by Åse", received)
    desk.cases.add_note(reference, NOTE)
    desk.cases.record_outcome(reference, Right.ACCESS, Outcome.FULFILLED, on=closed)
    code = "art-17-3-b"
    desk.cases.record_outcome(
        reference, Right.ERASURE, Outcome.REFUSED, grounds=GROUNDS, code=code, on=closed
    )
    desk.cases.close(reference, closed)
    return reference


def _attach(desk: Desk, reference: str, tmp_path: Path) -> None:
    source = tmp_path / "id-scan-ase.pdf"
    source.write_bytes(b"%PDF-1.4 Ase Odegard passport copy")
    desk.cases.add_attachment(reference, source)


def _letter(desk: Desk, reference: str) -> None:
    """A saved letter as the letters feature stores it (bytes inside the store)."""
    content = f"Dear {NAME}".encode()
    with desk.ctx.writing() as session:
        case_id: int = session.execute(
            text("SELECT id FROM dsar_case WHERE reference = :r"), {"r": reference}
        ).scalar_one()
        stored = StoredFileRow(sha256=hashlib.sha256(content).hexdigest(), size=len(content), content=content)
        session.add(stored)
        session.flush()
        assert stored.id is not None
        session.add(
            LetterRow(
                case_id=case_id,
                kind="access-response",
                language="nb",
                created_at=desk.ctx.clock.now(),
                file_id=stored.id,
                sha256=stored.sha256,
                sent_on=date(2022, 3, 20),
                sent_channel="email",
            )
        )


def _dump(desk: Desk) -> str:
    """Every value in the store as text: what someone opening the file could read."""
    with desk.ctx.engine.connect() as conn:
        tables = [row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            repr(tuple(row)) for table in tables for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"')
        )


def _counts(desk: Desk) -> dict[str, int]:
    tables = [
        "dsar_case",
        "case_right",
        "case_note",
        "case_attachment",
        "case_letter",
        "stored_file",
        "audit_event",
    ]
    with desk.ctx.engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in tables}


@pytest.fixture
def old_case(entities: Desk, tmp_path: Path) -> tuple[Desk, str]:
    reference = _closed_case(entities, date(2022, 3, 1), date(2022, 3, 20))
    _attach(entities, reference, tmp_path)
    _letter(entities, reference)
    return entities, reference


def test_the_period_runs_from_closure() -> None:
    assert anonymise_on(date(2022, 3, 20), 3) == date(2025, 3, 20)
    assert anonymise_on(date(2024, 2, 29), 1) == date(2025, 3, 1)
    assert not is_due(date(2023, 11, 21), 3, date(2026, 11, 20))
    assert is_due(date(2023, 11, 20), 3, date(2026, 11, 20))
    assert not is_due(None, 3, date(2030, 1, 1))


@pytest.mark.parametrize("value", [0, 31, -1, True, "three", 2.5, None])
def test_retention_years_outside_the_range_are_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_retention_years(value)
    assert caught.value.field == "retention years"


def test_a_dry_run_lists_without_names_and_changes_nothing(old_case: tuple[Desk, str]) -> None:
    desk, reference = old_case
    before = _counts(desk)
    items = desk.retention.plan()
    assert [item.reference for item in items] == [reference]
    item = items[0]
    assert item.due_on == date(2025, 3, 20)
    assert {"requester_name", "requester_email", "requester_phone", "scope", "identity_method"} <= set(
        item.fields
    )
    assert (item.notes, item.attachments, item.letters, item.grounds) == (1, 1, 1, 1)
    assert NAME not in item.describe() and EMAIL not in item.describe()
    report = desk.retention.run(dry_run=True)
    assert report.dry_run and [i.reference for i in report.items] == [reference]
    assert _counts(desk) == before
    assert desk.queries.case_detail(reference).case.requester.name == NAME


def test_a_run_wipes_personal_data_and_keeps_the_statistics(old_case: tuple[Desk, str]) -> None:
    desk, reference = old_case
    before_detail = desk.queries.case_detail(reference)
    before = _counts(desk)
    report = desk.retention.run()
    assert [item.reference for item in report.items] == [reference]
    assert report.changes.case_refs == {reference}

    detail = desk.queries.case_detail(reference)
    case = detail.case
    assert (case.requester.name, case.requester.email, case.requester.phone, case.requester.address) == (
        "",
        "",
        "",
        "",
    )
    assert case.representative is None and case.scope == "" and case.identity_method == ""
    # statistics stay
    assert case.status is CaseStatus.CLOSED
    assert case.received == date(2022, 3, 1) and case.closed_on == date(2022, 3, 20)
    assert case.identity_checked_on == date(2022, 3, 1)
    assert case.channel is before_detail.case.channel
    assert case.requester.relationship is before_detail.case.requester.relationship
    assert [(line.right, line.outcome, line.ground_code) for line in case.rights] == [
        (line.right, line.outcome, line.ground_code) for line in before_detail.case.rights
    ]
    assert all(line.grounds == "" for line in case.rights)
    assert detail.deadlines == before_detail.deadlines
    assert [note[2] for note in detail.notes] == [""]
    assert detail.attachments == [] and detail.letters == []
    with desk.ctx.engine.connect() as conn:
        keys = conn.execute(
            text("SELECT requester_name_key, requester_sort_key FROM dsar_case WHERE reference = :r"),
            {"r": reference},
        ).one()
    assert tuple(keys) == ("", "")  # the name's sort key goes with the name

    after = _counts(desk)
    assert after["stored_file"] == before["stored_file"] - 2
    assert after["case_note"] == before["case_note"]
    assert after["audit_event"] == before["audit_event"] + 2  # case.anonymised + retention.run

    dump = _dump(desk)
    for secret in (
        NAME,
        EMAIL,
        "912 34 567",
        "Storgata",
        NOTE,
        GROUNDS,
        "BankID login by Åse",
        "Nordlys",
        "All invoices since 2019",
        "passport copy",
        "Dear ",
    ):
        assert secret not in dump, secret
    assert "id-scan-ase" not in dump

    status = desk.audit_status()
    assert status.ok and status.redacted >= 5
    actions = [event.action for event in detail.events]
    assert actions[0] == "case.created" and actions[-1] == REDACTION_ACTION
    assert any(event.redacted for event in detail.events)


def test_removed_bytes_do_not_linger_in_the_files_on_disk(entities: Desk, tmp_path: Path) -> None:
    reference = _closed_case(entities, date(2022, 3, 1), date(2022, 3, 20))
    marker = b"PASSPORT-OF-ASE-"
    source = tmp_path / "scan.bin"
    source.write_bytes(marker * 5000)  # spans many pages
    entities.cases.add_attachment(reference, source)
    entities.retention.run()
    data_dir = entities.ctx.data_dir
    assert data_dir is not None
    files = [path for path in data_dir.iterdir() if path.is_file() and "sqlite3" in path.name]
    assert files
    for path in files:
        content = path.read_bytes()
        assert marker not in content, path.name
        assert NAME.encode() not in content, path.name


def test_redacted_events_stay_verifiable_and_tampering_with_them_shows(old_case: tuple[Desk, str]) -> None:
    desk, reference = old_case
    desk.retention.run()
    with desk.ctx.engine.connect() as conn:
        redacted_id: int = conn.execute(
            text("SELECT min(id) FROM audit_event WHERE redacted = 1 AND case_ref = :r"), {"r": reference}
        ).scalar_one()
    with desk.ctx.engine.begin() as conn:
        conn.execute(
            text('UPDATE audit_event SET payload = \'{"status":"refused"}\' WHERE id = :id'),
            {"id": redacted_id},
        )
    status = desk.audit_status()
    assert status.first_bad_id == redacted_id and "redacted content was changed" in status.problem


def test_marking_an_event_redacted_without_a_retention_record_is_caught(old_case: tuple[Desk, str]) -> None:
    desk, reference = old_case
    with desk.ctx.engine.connect() as conn:
        target: int = conn.execute(
            text("SELECT min(id) FROM audit_event WHERE case_ref = :r"), {"r": reference}
        ).scalar_one()
    with desk.ctx.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET redacted = 1, payload = '{}' WHERE id = :id"), {"id": target}
        )
    status = desk.audit_status()
    assert status.first_bad_id == target and "no anonymisation record" in status.problem


def test_unmarking_a_redacted_event_is_caught(old_case: tuple[Desk, str]) -> None:
    desk, _ = old_case
    desk.retention.run()
    with desk.ctx.engine.begin() as conn:
        target: int = conn.execute(text("SELECT min(id) FROM audit_event WHERE redacted = 1")).scalar_one()
        conn.execute(text("UPDATE audit_event SET redacted = 0 WHERE id = :id"), {"id": target})
    assert desk.audit_status().first_bad_id == target


def test_cases_not_yet_due_open_cases_and_longer_periods_are_left_alone(entities: Desk) -> None:
    entities.entities.set_retention("SE1", 10)
    recent = _closed_case(entities, date(2024, 1, 8), date(2024, 1, 20))
    long_kept = _closed_case(entities, date(2022, 3, 1), date(2022, 3, 20), entity="SE1")
    open_ref, _ = entities.cases.new_case(
        NewCaseRequest("NO1", [Right.ACCESS], Requester(NAME), received=date(2019, 5, 2))
    )
    assert entities.retention.run().items == []
    for reference in (recent, long_kept, open_ref):
        assert entities.queries.case_detail(reference).case.requester.name == NAME
    assert [i.reference for i in entities.retention.plan(date(2027, 1, 20))] == [recent]


def test_a_second_run_finds_nothing_and_anonymised_cases_cannot_change(old_case: tuple[Desk, str]) -> None:
    desk, reference = old_case
    desk.retention.run()
    before = _counts(desk)
    assert desk.retention.run().items == []
    assert _counts(desk) == before
    actions: list[Callable[[], object]] = [
        lambda: desk.cases.reopen(reference, "new evidence"),
        lambda: desk.cases.add_note(reference, "more"),
        lambda: desk.cases.update_requester(reference, Requester("Someone")),
    ]
    for action in actions:
        with pytest.raises(InvalidTransition, match="anonymised"):
            action()
    assert _counts(desk) == before


def test_opening_the_store_never_anonymises(old_case: tuple[Desk, str], clock: object) -> None:
    desk, reference = old_case
    data_dir = desk.ctx.data_dir
    assert data_dir is not None
    desk.close()
    reopened = open_desk(data_dir, desk.ctx.clock, "tester")
    assert reopened.queries.case_detail(reference).case.requester.name == NAME
    reopened.close()


def test_setting_the_period_is_validated_and_audited(entities: Desk) -> None:
    with entities.ctx.engine.connect() as conn:
        events: int = conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
    for bad in (0, 99):
        with pytest.raises(ValidationError):
            entities.entities.set_retention("NO1", bad)
    with pytest.raises(DomainError):
        entities.entities.set_retention("ZZ9", 5)
    assert entities.entities.set_retention("se1", 10).entities
    assert entities.entities.set_retention("SE1", 10).entities is False  # unchanged: no event
    assert entities.entities.retention_years()["SE1"] == 10
    with entities.ctx.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT action, payload FROM audit_event WHERE id > :n ORDER BY id"), {"n": events}
        ).all()
    assert [tuple(row) for row in rows] == [("entity.retention-changed", '{"retention_years":[3,10]}')]


def test_cli_retention(old_case: tuple[Desk, str], capsys: pytest.CaptureFixture[str]) -> None:
    desk, reference = old_case
    data_dir = str(desk.ctx.data_dir)
    desk.close()  # the command line takes the folder lock itself
    assert run(["--data-dir", data_dir, "retention", "run", "--as-of", "2030-01-01"]) == 2
    assert "--dry-run" in capsys.readouterr().err
    assert run(["--data-dir", data_dir, "retention", "run", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert reference in out and "would be anonymised" in out and "Nothing was changed" in out
    assert NAME not in out and EMAIL not in out
    assert desk.queries.case_detail(reference).case.requester.name == NAME
    # the CLI runs on the real clock; the case closed in 2022 is due on any day after 2025-03-20
    assert run(["--data-dir", data_dir, "retention", "run"]) == 0
    assert f"{reference}" in capsys.readouterr().out
    assert desk.queries.case_detail(reference).case.requester.name == ""
    assert run(["--data-dir", data_dir, "audit", "verify"]) == 0
    assert run(["--data-dir", data_dir, "entity", "set-retention", "NO1", "--years", "0"]) == 2
    assert "retention years" in capsys.readouterr().err
    assert run(["--data-dir", data_dir, "entity", "set-retention", "NO1", "--years", "5"]) == 0
    assert run(["--data-dir", data_dir, "entity", "list", "--json"]) == 0
    assert '"retention_years": 5' in capsys.readouterr().out
