"""The marketing suppression list: a keyed hash that outlives the case, matched however typed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from dsar_desk.cli import run
from dsar_desk.domain.contacts import normalise_email, phone_forms
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Channel, Country, Outcome, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk

EMAIL, PHONE = "Kari.Nordmann@Example.NO", "+47 912 34 567"


def _objection(desk: Desk, email: str = EMAIL, phone: str = PHONE, entity: str = "NO1") -> str:
    reference, _ = desk.cases.new_case(
        NewCaseRequest(
            entity,
            [Right.MARKETING_OBJECTION, Right.ACCESS],
            Requester("Kari Nordmann", email, phone),
            received=date(2026, 11, 2),
            channel=Channel.EMAIL,
        )
    )
    return reference


def _rows(desk: Desk) -> list[tuple[str, str, str, int]]:
    query = text("SELECT contact_hash, channel, recorded_on, entity_id FROM suppression")
    with desk.ctx.engine.connect() as conn:
        return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in conn.execute(query)]


def test_contacts_are_normalised_however_typed() -> None:
    assert normalise_email("  Kari.Nordmann@EXAMPLE.no ") == "kari.nordmann@example.no"
    assert phone_forms("+47 912 34 567") == ["+4791234567"]
    assert phone_forms("0047 91234567") == ["+4791234567"]
    assert phone_forms("912 34 567", Country.NO) == ["+4791234567"]
    assert phone_forms("070-123 45 67", Country.SE) == ["+46701234567"]
    assert phone_forms("040 123 4567", Country.FI) == ["+358401234567"]
    assert "+4791234567" in phone_forms("91234567")  # checked in every country when unknown


@pytest.mark.parametrize(
    "bad", ["", "kari", "kari@", "1234", "+47 abc", "'; DROP TABLE suppression; --", "9" * 30]
)
def test_a_non_contact_is_refused_without_echo(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        if "@" in bad:
            normalise_email(bad)
        else:
            phone_forms(bad)
    assert caught.value.field == "contact"
    if bad:
        assert bad not in str(caught.value)


def test_a_fulfilled_marketing_objection_records_hashes_only(entities: Desk) -> None:
    reference = _objection(entities)
    assert _rows(entities) == []
    entities.cases.record_outcome(reference, Right.ACCESS, Outcome.FULFILLED)
    assert _rows(entities) == []  # only the marketing objection counts
    entities.cases.record_outcome(reference, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    rows = _rows(entities)
    assert sorted(row[1] for row in rows) == ["email", "phone"]
    assert all(len(row[0]) == 64 and row[2] == "2026-11-20" for row in rows)
    hashes = " ".join(row[0] for row in rows)
    assert "kari" not in hashes.lower() and "91234567" not in hashes
    entries = entities.suppression.entries_for_case(reference)
    assert sorted(str(entry["channel"]) for entry in entries) == ["email", "phone"]
    with entities.ctx.engine.connect() as conn:
        secret: str = conn.execute(
            text("SELECT value FROM setting WHERE key = 'suppression_secret'")
        ).scalar_one()
    assert len(secret) == 66  # a JSON string of 64 hex digits


@pytest.mark.parametrize(
    "typed",
    ["kari.nordmann@example.no", " KARI.NORDMANN@EXAMPLE.NO", "+4791234567", "912 34 567", "0047-912-34-567"],
)
def test_check_matches_every_way_of_typing_it(entities: Desk, typed: str) -> None:
    reference = _objection(entities)
    assert entities.suppression.check(typed) == []
    entities.cases.record_outcome(reference, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    hits = entities.suppression.check(typed)
    assert [(hit.entity_code, hit.recorded_on) for hit in hits] == [("NO1", date(2026, 11, 20))]
    assert entities.suppression.check("someone.else@example.no") == []
    assert entities.suppression.check("+47 912 34 568") == []


def test_recording_twice_keeps_one_entry_per_entity(entities: Desk) -> None:
    first = _objection(entities)
    entities.cases.record_outcome(first, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    second = _objection(entities, email=EMAIL.lower())
    entities.cases.record_outcome(second, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    assert len(_rows(entities)) == 2
    other = _objection(entities, entity="SE1", phone="")
    entities.cases.record_outcome(other, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    assert [hit.entity_code for hit in entities.suppression.check(EMAIL)] == ["NO1", "SE1"]


def test_without_email_or_phone_nothing_is_recorded_and_the_trail_says_so(entities: Desk) -> None:
    reference = _objection(entities, email="", phone="")
    entities.cases.record_outcome(reference, Right.MARKETING_OBJECTION, Outcome.FULFILLED)
    assert _rows(entities) == []
    assert entities.queries.case_detail(reference).events[-1].payload["suppression"] == []


def test_the_entry_outlives_anonymisation(entities: Desk) -> None:
    reference, _ = entities.cases.new_case(
        NewCaseRequest(
            "NO1",
            [Right.MARKETING_OBJECTION],
            Requester("Kari Nordmann", EMAIL, PHONE),
            received=date(2022, 5, 2),
        )
    )
    entities.cases.record_outcome(
        reference, Right.MARKETING_OBJECTION, Outcome.FULFILLED, on=date(2022, 5, 3)
    )
    entities.cases.close(reference, date(2022, 5, 3))
    assert [item.reference for item in entities.retention.run().items] == [reference]
    assert entities.queries.case_detail(reference).case.requester.email == ""
    assert [hit.recorded_on for hit in entities.suppression.check(EMAIL)] == [date(2022, 5, 3)]
    assert entities.suppression.entries_for_case(reference)  # the entry ids survive the redaction
    assert entities.audit_status().ok


def test_cli_check_answers_by_exit_status_and_never_logs_the_contact(
    entities: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = entities.ctx.data_dir
    assert data_dir is not None
    reference = _objection(entities)
    entities.close()  # the command line takes the folder lock itself
    args = ["--data-dir", str(data_dir)]
    assert run([*args, "suppression", "check", "kari.nordmann@example.no"]) == 1
    assert capsys.readouterr().out.strip() == "not suppressed"
    assert (
        run([*args, "case", "outcome", reference, "--right", "marketing-objection", "--result", "fulfilled"])
        == 0
    )
    assert "Suppression list: 2" in capsys.readouterr().out
    assert run([*args, "suppression", "check", "kari.nordmann@example.no"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("suppressed since ") and out.endswith(" by NO1")
    assert run([*args, "suppression", "check", "not-a-contact"]) == 2
    err = capsys.readouterr().err
    assert "not-a-contact" not in err and "contact:" in err
    log = (data_dir / "logs" / "dsar-desk.log").read_text(encoding="utf-8")
    assert "suppression check" in log
    assert "kari" not in log.lower() and "912" not in log and "not-a-contact" not in log
