"""Case transitions and intake rules (domain only)."""

from __future__ import annotations

from datetime import date

import pytest

from dsar_desk.domain import model
from dsar_desk.domain.errors import InvalidTransition, ValidationError
from dsar_desk.domain.model import Entity, Requester
from dsar_desk.domain.vocabulary import (
    CaseStatus,
    Channel,
    Country,
    Outcome,
    PauseCounting,
    PauseReason,
    Right,
)

TODAY = date(2026, 11, 20)
EX = PauseCounting.EXCLUSIVE


def make(*rights: Right, received: date = date(2026, 11, 2)) -> model.Case:
    return model.new_case(
        reference="NO1-2026-0001",
        entity=Entity("NO1", "Nordkapp Inkasso AS", Country.NO),
        received=received,
        today=TODAY,
        channel=Channel.EMAIL,
        requester=Requester("Ánde Ŧuolla", "ande@example.no"),
        rights=list(rights or [Right.ACCESS]),
    )


def test_intake_requires_a_name_and_a_right() -> None:
    with pytest.raises(ValidationError, match="name"):
        model.new_case(
            reference="",
            entity=Entity("NO1", "X", Country.NO),
            received=TODAY,
            today=TODAY,
            channel=Channel.EMAIL,
            requester=Requester("  "),
            rights=[Right.ACCESS],
        )
    with pytest.raises(ValidationError, match="right"):
        model.new_case(
            reference="",
            entity=Entity("NO1", "X", Country.NO),
            received=TODAY,
            today=TODAY,
            channel=Channel.EMAIL,
            requester=Requester("A"),
            rights=[],
        )


@pytest.mark.parametrize(
    ("email", "ok"), [("a@b.no", True), ("", True), ("not-an-email", False), ("a@b", False)]
)
def test_email_format(email: str, ok: bool) -> None:
    if ok:
        assert model.validate_email(email) == email
    else:
        with pytest.raises(ValidationError, match="email"):
            model.validate_email(email)


def test_received_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"received.*future"):
        make(received=date(2026, 11, 21))


def test_duplicate_rights_are_merged_and_control_characters_refused() -> None:
    assert [line.right for line in make(Right.ACCESS, Right.ACCESS, Right.ERASURE).rights] == [
        Right.ACCESS,
        Right.ERASURE,
    ]
    with pytest.raises(ValidationError, match="control character"):
        model.clean_text("abc\x00def", "scope")


def test_national_id_is_masked_never_stored_in_full() -> None:
    masked = model.mask_national_id("010190 12345")
    assert masked.endswith("45") and "0101" not in masked and len(masked) == 11


def test_pause_resume_adds_paused_days_exclusively_and_inclusively() -> None:
    case = make()
    model.pause(case, PauseReason.IDENTITY, date(2026, 11, 3), TODAY)
    assert case.status is CaseStatus.AWAITING_IDENTITY
    model.resume(case, date(2026, 11, 10), TODAY)
    assert case.status is CaseStatus.IN_PROGRESS
    assert case.paused_days(PauseCounting.EXCLUSIVE, TODAY) == 7
    assert case.paused_days(PauseCounting.INCLUSIVE, TODAY) == 8
    model.pause(case, PauseReason.CLARIFICATION, date(2026, 11, 12), TODAY)
    model.resume(case, date(2026, 11, 14), TODAY)
    assert case.paused_days(EX, TODAY) == 9  # several pauses add up
    assert case.deadlines(EX, TODAY).due == date(2026, 12, 11)  # 2 Dec + 9 days, a Friday


def test_pause_rules() -> None:
    case = make()
    with pytest.raises(InvalidTransition, match="not paused"):
        model.resume(case, TODAY, TODAY)
    model.pause(case, PauseReason.OTHER, date(2026, 11, 5), TODAY)
    with pytest.raises(InvalidTransition, match="already paused"):
        model.pause(case, PauseReason.OTHER, TODAY, TODAY)
    with pytest.raises(ValidationError, match="before the pause started"):
        model.resume(case, date(2026, 11, 4), TODAY)
    with pytest.raises(ValidationError, match="before the request was received"):
        model.pause(make(), PauseReason.OTHER, date(2026, 11, 1), TODAY)


def test_verifying_identity_ends_the_identity_pause() -> None:
    case = make()
    model.pause(case, PauseReason.IDENTITY, date(2026, 11, 3), TODAY)
    model.verify_identity(case, "BankID", date(2026, 11, 6), TODAY)
    assert case.open_pause is None and case.pauses[0].end == date(2026, 11, 6)
    assert case.identity_checked_on == date(2026, 11, 6)
    with pytest.raises(ValidationError, match="method"):
        model.verify_identity(case, " ", TODAY, TODAY)


def test_extension_needs_reasons_and_must_be_in_time() -> None:
    case = make(received=date(2026, 9, 30))  # notice by Fri 30 Oct 2026
    with pytest.raises(ValidationError, match="reason"):
        model.extend(case, "", date(2026, 10, 1), TODAY, EX)
    with pytest.raises(InvalidTransition, match=r"too late.*2026-10-30"):
        model.extend(case, "many systems", date(2026, 11, 2), TODAY, EX)
    model.extend(case, "many systems", date(2026, 10, 30), TODAY, EX)
    assert case.deadlines(EX, TODAY).due == date(2026, 12, 30)
    with pytest.raises(InvalidTransition, match="already extended"):
        model.extend(case, "again", date(2026, 10, 30), TODAY, EX)


def test_pause_moves_the_extension_notice_deadline() -> None:
    case = make(received=date(2026, 9, 30))
    model.pause(case, PauseReason.CLARIFICATION, date(2026, 10, 1), TODAY)
    model.resume(case, date(2026, 10, 8), TODAY)
    model.extend(case, "many systems", date(2026, 11, 5), TODAY, EX)  # 30 Oct + 7 days = 6 Nov
    assert case.extension is not None


def test_refusal_needs_grounds_and_a_code_valid_for_the_country_and_right() -> None:
    case = make(Right.ERASURE)
    with pytest.raises(ValidationError, match="grounds"):
        model.record_outcome(case, Right.ERASURE, Outcome.REFUSED, TODAY, TODAY)
    with pytest.raises(ValidationError, match="code"):
        model.record_outcome(case, Right.ERASURE, Outcome.REFUSED, TODAY, TODAY, grounds="bookkeeping")
    with pytest.raises(ValidationError, match="does not apply"):
        model.record_outcome(
            case, Right.ERASURE, Outcome.REFUSED, TODAY, TODAY, grounds="x", code="se-bfl-7-2"
        )
    line = model.record_outcome(
        case,
        Right.ERASURE,
        Outcome.PARTLY_FULFILLED,
        TODAY,
        TODAY,
        grounds="invoices kept",
        code="no-bokforingsloven-13",
    )
    assert line.ground_code == "no-bokforingsloven-13"
    assert case.status is CaseStatus.RESPONDED


def test_marketing_objection_cannot_be_refused() -> None:
    case = make(Right.MARKETING_OBJECTION)
    for outcome in (Outcome.REFUSED, Outcome.PARTLY_FULFILLED):
        with pytest.raises(ValidationError, match="absolute"):
            model.record_outcome(
                case, Right.MARKETING_OBJECTION, outcome, TODAY, TODAY, grounds="x", code="art-12-5"
            )


def test_outcome_for_a_right_not_on_the_case() -> None:
    with pytest.raises(ValidationError, match="not on this case"):
        model.record_outcome(make(), Right.ERASURE, Outcome.FULFILLED, TODAY, TODAY)


def test_close_requires_every_outcome_then_reopen() -> None:
    case = make(Right.ACCESS, Right.ERASURE)
    model.record_outcome(case, Right.ACCESS, Outcome.FULFILLED, TODAY, TODAY)
    with pytest.raises(InvalidTransition, match="erasure"):
        model.close(case, TODAY, TODAY)
    model.record_outcome(case, Right.ERASURE, Outcome.NO_DATA, TODAY, TODAY)
    model.close(case, TODAY, TODAY)
    assert case.status is CaseStatus.CLOSED and case.closed_on == TODAY
    with pytest.raises(InvalidTransition, match="reopen it first"):
        model.pause(case, PauseReason.OTHER, TODAY, TODAY)
    with pytest.raises(ValidationError, match="reason"):
        model.reopen(case, "")
    model.reopen(case, "a system was missed")
    assert case.status is CaseStatus.IN_PROGRESS and case.reopened_count == 1 and case.closed_on is None


def test_close_without_identity_is_closed_unverified() -> None:
    case = make()
    model.pause(case, PauseReason.IDENTITY, date(2026, 11, 3), TODAY)
    model.close(case, TODAY, TODAY)
    assert case.status is CaseStatus.CLOSED_UNVERIFIED
    assert case.pauses[0].end == TODAY


def test_all_withdrawn_closes_as_withdrawn() -> None:
    case = make()
    model.record_outcome(case, Right.ACCESS, Outcome.WITHDRAWN, TODAY, TODAY)
    model.close(case, TODAY, TODAY)
    assert case.status is CaseStatus.WITHDRAWN
