"""The letter service over a real store: save, list, mark sent and its effects, export, e-mail drafts."""

from __future__ import annotations

import email
import hashlib
import json
from datetime import date
from email import policy
from pathlib import Path

import pytest

from dsar_desk.cli import run
from dsar_desk.domain.errors import DomainError, InvalidTransition, ValidationError
from dsar_desk.domain.model import Requester
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.domain.vocabulary import CaseStatus, Channel, Language, Outcome, PauseReason, Right
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.services.audit import verify_chain
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.letters import LetterDraft
from tests.letters.support import pdf_text


def _case(desk: Desk, rights: list[Right] | None = None, email_address: str = "maret@example.no") -> str:
    reference, _ = desk.cases.new_case(
        NewCaseRequest(
            entity_code="NO1",
            rights=rights or [Right.ACCESS],
            requester=Requester(
                "Máret Čuoppa Ŋuvttis", email_address, "", "Čázádatgeaidnu 7\n9730 Karasjok", Language.NN
            ),
            channel=Channel.EMAIL,
            received=date(2026, 11, 10),
        )
    )
    return reference


def test_save_keeps_the_pdf_with_its_hash_and_lists_it_on_the_case(entities: Desk) -> None:
    desk = entities
    reference = _case(desk)
    saved, changes = desk.letters.save(reference, LetterDraft(LetterKind.ACKNOWLEDGEMENT, text="Takk."))
    assert changes.letters and reference in changes.case_refs
    assert saved.language == "nb"  # nn requester, no nn templates: Bokmål
    assert saved.file_name == f"{reference}-acknowledgement.pdf"
    pdf = desk.letters.pdf(saved.id)
    assert hashlib.sha256(pdf).hexdigest() == saved.sha256
    assert "Máret Čuoppa Ŋuvttis" in pdf_text(pdf)
    detail = desk.queries.case_detail(reference)
    assert [item["kind"] for item in detail.letters] == ["acknowledgement"]
    assert "letter.saved" in [item.kind for item in detail.timeline]
    with desk.ctx.engine.connect() as conn:
        assert verify_chain(conn).ok


def test_render_does_not_store_anything(entities: Desk) -> None:
    reference = _case(entities)
    letter = entities.letters.render(reference, LetterDraft(LetterKind.ACKNOWLEDGEMENT, language="sv"))
    assert letter.language == "sv" and letter.pdf.startswith(b"%PDF")
    assert entities.letters.list(reference) == []


def test_sending_an_identity_request_starts_the_identity_pause_on_the_sent_date(entities: Desk) -> None:
    desk = entities
    reference = _case(desk)
    desk.letters.update_facts(reference, identity_requested="Log in with BankID.")
    saved, _ = desk.letters.save(reference, LetterDraft(LetterKind.IDENTITY_REQUEST))
    desk.letters.mark_sent(saved.id, date(2026, 11, 20), "letter")
    case = desk.queries.case_detail(reference).case
    assert case.status is CaseStatus.AWAITING_IDENTITY
    assert case.pauses[-1].reason is PauseReason.IDENTITY and case.pauses[-1].start == date(2026, 11, 20)
    listed = desk.letters.list(reference)[0]
    assert (listed.sent_on, listed.sent_channel) == (date(2026, 11, 20), "letter")
    with pytest.raises(InvalidTransition, match="already marked sent"):
        desk.letters.mark_sent(saved.id)


def test_the_extension_takes_effect_only_when_its_notice_is_sent(entities: Desk) -> None:
    desk = entities
    reference = _case(desk)
    desk.letters.update_facts(reference, extension_reasons="Twelve creditors' files must be reviewed.")
    saved, _ = desk.letters.save(reference, LetterDraft(LetterKind.EXTENSION_NOTICE))
    before = desk.queries.case_detail(reference)
    assert before.case.extension is None
    # Editing the facts after saving does not change what the requester was told.
    desk.letters.update_facts(reference, extension_reasons="Something else.")
    desk.letters.mark_sent(saved.id, date(2026, 11, 20), Channel.EMAIL)
    after = desk.queries.case_detail(reference)
    assert after.case.extension is not None
    assert after.case.extension.notified_on == date(2026, 11, 20)
    assert after.case.extension.reasons == "Twelve creditors' files must be reviewed."
    assert after.deadlines.due == before.deadlines.extended_due


def test_an_extension_notice_sent_too_late_changes_nothing(entities: Desk, clock) -> None:
    desk = entities
    reference, _ = desk.cases.new_case(
        NewCaseRequest(
            "NO1", [Right.ACCESS], Requester("Ánde Ŧuolla", "a@example.no"), received=date(2026, 10, 1)
        )
    )
    desk.letters.update_facts(reference, extension_reasons="Many systems.")
    with pytest.raises(DomainError, match="only be given until"):
        desk.letters.save(reference, LetterDraft(LetterKind.EXTENSION_NOTICE))
    assert desk.letters.list(reference) == []


def test_export_and_email_draft(entities: Desk, tmp_path: Path) -> None:
    desk = entities
    reference = _case(desk)
    saved, _ = desk.letters.save(reference, LetterDraft(LetterKind.ACKNOWLEDGEMENT))
    exported = desk.letters.export(saved.id, tmp_path)
    assert exported.name == f"{reference}-acknowledgement.pdf"
    assert exported.read_bytes() == desk.letters.pdf(saved.id)
    draft = desk.letters.write_email_draft(saved.id, tmp_path / "draft.eml")
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "maret@example.no" in message["To"] and "Máret Čuoppa Ŋuvttis" in str(message["To"])
    assert reference in message["Subject"]
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"{reference}-acknowledgement.pdf"]
    assert attachments[0].get_content() == desk.letters.pdf(saved.id)
    assert not list(tmp_path.glob("*.part"))


def test_email_draft_needs_an_address(entities: Desk, tmp_path: Path) -> None:
    reference = _case(entities, email_address="")
    letter = entities.letters.render(reference, LetterDraft(LetterKind.ACKNOWLEDGEMENT))
    with pytest.raises(ValidationError, match="no e-mail address"):
        entities.letters.write_email_draft_for(reference, letter, tmp_path / "x.eml")
    assert not (tmp_path / "x.eml").exists()


def test_access_facts_are_checked_against_the_register_and_audited(entities: Desk) -> None:
    desk = entities
    activity_id, _ = desk.register.add(
        "NO1",
        ProcessingActivity(
            "Debt collection", "Collecting claims", "Art. 6(1)(f)", "Claim details", retention="5 years"
        ),
    )
    reference = _case(desk)
    with pytest.raises(ValidationError, match="not in the register"):
        desk.letters.update_facts(reference, activities=[activity_id + 100])
    desk.letters.update_facts(
        reference,
        activities=[activity_id],
        searched=["Claim system", "Customer service"],
        withheld=[{"category": "Creditor notes", "reason": "Third parties"}],
    )
    desk.cases.record_outcome(
        reference,
        Right.ACCESS,
        Outcome.PARTLY_FULFILLED,
        grounds="Third-party notes",
        code="no-inkassoloven-28",
    )
    assert LetterKind.ACCESS_RESPONSE in desk.letters.suggested(reference)
    letter = desk.letters.render(reference, LetterDraft(LetterKind.ACCESS_RESPONSE))
    text = pdf_text(letter.pdf)
    assert "Collecting claims" in text and "Creditor notes" in text and "Postboks 458 Sentrum" in text
    events = [e.action for e in desk.queries.case_detail(reference).events]
    assert "case.letter-facts-updated" in events
    facts = json.loads(desk.letters.facts(reference).to_json())
    assert facts["searched"] == ["Claim system", "Customer service"]


def test_suggestions_follow_the_case_state(entities: Desk) -> None:
    desk = entities
    reference = _case(desk, [Right.ERASURE])
    first, others = desk.letters.kinds_for(reference)
    assert first[0] is LetterKind.ACKNOWLEDGEMENT and LetterKind.EXTENSION_NOTICE in first
    assert set(first) | set(others) == set(LetterKind)
    desk.cases.record_outcome(
        reference, Right.ERASURE, Outcome.REFUSED, grounds="Bookkeeping", code="no-bokforingsloven-13"
    )
    first, _ = desk.letters.kinds_for(reference)
    assert first[0] is LetterKind.REFUSAL and LetterKind.ACKNOWLEDGEMENT not in first


def test_cli_letter_writes_a_pdf_and_refuses_a_missing_fact(entities: Desk, tmp_path: Path, capsys) -> None:
    reference = _case(entities)
    data_dir = str(entities.ctx.data_dir)
    entities.close()  # the command line takes the folder lock itself
    out = tmp_path / "letter.pdf"
    assert (
        run(["--data-dir", data_dir, "letter", reference, "--kind", "acknowledgement", "--out", str(out)])
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    code = run(["--data-dir", data_dir, "letter", reference, "--kind", "extension-notice", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "extension_reasons" in err and err.count("\n") == 1


def _acknowledgement_text(desk: Desk, reference: str) -> str:
    import io

    from pypdf import PdfReader

    letter = desk.letters.render(reference, LetterDraft(LetterKind.ACKNOWLEDGEMENT, language="en"))
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(letter.pdf)).pages)
    return " ".join(text.split())


def test_acknowledgement_of_an_extended_case_states_the_one_month_period(entities: Desk) -> None:
    reference = _case(entities)
    one_month = entities.queries.case_detail(reference).deadlines.extension_notice_by
    entities.cases.extend(reference, "Twelve creditors' files to review")
    extended_due = entities.queries.case_detail(reference).deadlines.due
    assert extended_due > one_month
    text = _acknowledgement_text(entities, reference)
    assert f"{one_month.day} {one_month:%B} {one_month.year}" in text
    assert f"{extended_due.day} {extended_due:%B} {extended_due.year}" not in text


def test_acknowledgement_after_a_pause_and_an_extension_states_the_paused_one_month_date(
    entities: Desk,
) -> None:
    from dsar_desk.domain.vocabulary import PauseReason

    reference = _case(entities)
    entities.cases.pause(reference, PauseReason.IDENTITY, on=date(2026, 11, 12))
    entities.cases.resume(reference, on=date(2026, 11, 19))
    paused_month = entities.queries.case_detail(reference).deadlines.due
    entities.cases.extend(reference, "Twelve creditors' files to review")
    extended_due = entities.queries.case_detail(reference).deadlines.due
    assert extended_due > paused_month
    text = _acknowledgement_text(entities, reference)
    assert f"{paused_month.day} {paused_month:%B} {paused_month.year}" in text
    assert f"{extended_due.day} {extended_due:%B} {extended_due.year}" not in text
