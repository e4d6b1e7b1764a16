"""A letter lacking a fact it must state is not produced; the error names the fact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dsar_desk.domain.errors import DomainError, ValidationError
from dsar_desk.domain.model import Extension, RightLine
from dsar_desk.domain.vocabulary import Channel, Outcome, Right
from dsar_desk.letters.compose import LetterInput, MissingFact, compose
from dsar_desk.letters.facts import LetterFacts, parse_facts
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.letters.templates import TemplateStore
from tests.letters.support import FACTS, LETTER_DAY, REGISTER, case_for

STORE = TemplateStore()


def _compose(
    kind: LetterKind, *, facts: LetterFacts = FACTS, today: date = LETTER_DAY, case=None, text="", paper=None
):
    fixture = case_for(kind, "nb")
    return compose(
        LetterInput(
            kind, case or fixture.case, today, facts=facts, register=REGISTER, text=text, paper=paper
        ),
        STORE,
    )


def test_extension_notice_needs_reasons() -> None:
    with pytest.raises(MissingFact, match="extension_reasons") as raised:
        _compose(LetterKind.EXTENSION_NOTICE, facts=replace(FACTS, extension_reasons=""))
    assert raised.value.fact == "extension_reasons"


def test_extension_notice_only_until_the_notice_deadline() -> None:
    # Received 2 November 2026: the notice had to go by 2 December 2026.
    _compose(LetterKind.EXTENSION_NOTICE, today=date(2026, 12, 2))
    with pytest.raises(MissingFact, match="only be given until 2026-12-02"):
        _compose(LetterKind.EXTENSION_NOTICE, today=date(2026, 12, 3))


def test_extension_notice_uses_the_reasons_recorded_on_an_extended_case() -> None:
    fixture = case_for(LetterKind.EXTENSION_NOTICE, "nb")
    fixture.case.extension = Extension(date(2026, 11, 10), "Twelve creditors' files to review.")
    spec = _compose(
        LetterKind.EXTENSION_NOTICE, facts=replace(FACTS, extension_reasons=""), case=fixture.case
    )
    assert any("Twelve creditors' files to review." in block.text for block in spec.body)


def test_refusal_needs_a_refused_outcome_with_grounds() -> None:
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "nb")
    with pytest.raises(MissingFact, match="outcome"):
        _compose(LetterKind.REFUSAL, case=fixture.case)


def test_outcome_letters_need_the_outcome_recorded() -> None:
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "nb")  # access and erasure, both undecided
    with pytest.raises(MissingFact, match="record the outcome for access first"):
        _compose(LetterKind.ACCESS_RESPONSE, case=fixture.case)
    with pytest.raises(MissingFact, match="portability request; this case has none"):
        _compose(LetterKind.PORTABILITY_RESPONSE, case=fixture.case)


def test_access_response_needs_activities_searches_and_a_partial_outcome_for_withheld_data() -> None:
    with pytest.raises(MissingFact, match="activities"):
        _compose(LetterKind.ACCESS_RESPONSE, facts=replace(FACTS, activities=()))
    with pytest.raises(MissingFact, match="no processing activity 99"):
        _compose(LetterKind.ACCESS_RESPONSE, facts=replace(FACTS, activities=(7, 99)))
    with pytest.raises(MissingFact, match="searched"):
        _compose(LetterKind.ACCESS_RESPONSE, facts=replace(FACTS, searched=()))
    fixture = case_for(LetterKind.ACCESS_RESPONSE, "nb")
    fixture.case.rights = [RightLine(Right.ACCESS, Outcome.FULFILLED, "", "", date(2026, 11, 5))]
    with pytest.raises(MissingFact, match="partly-fulfilled"):
        _compose(LetterKind.ACCESS_RESPONSE, case=fixture.case)


def test_erasure_response_needs_categories_and_consistent_outcome() -> None:
    with pytest.raises(MissingFact, match="erasure"):
        _compose(LetterKind.ERASURE_RESPONSE, facts=replace(FACTS, erasure=()))
    fixture = case_for(LetterKind.ERASURE_RESPONSE, "nb")
    fixture.case.rights = [RightLine(Right.ERASURE, Outcome.FULFILLED, "", "", date(2026, 11, 5))]
    with pytest.raises(MissingFact, match="'Invoices and payments' is kept"):
        _compose(LetterKind.ERASURE_RESPONSE, case=fixture.case)


def test_kept_erasure_category_needs_ground_statute_and_retention_end() -> None:
    with pytest.raises(ValidationError, match="ground, statute and retention_end"):
        parse_facts({"erasure": [{"category": "Invoices", "erased": False, "ground": "Art. 17(3)(b)"}]})
    with pytest.raises(ValidationError, match="not a letter fact"):
        parse_facts({"activites": [1]})


def test_paper_letter_needs_a_postal_address() -> None:
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "nb")
    fixture.case.requester.address = ""
    with pytest.raises(MissingFact, match="address") as raised:
        _compose(LetterKind.ACKNOWLEDGEMENT, case=fixture.case)
    assert raised.value.fact == "address"
    # Sent by e-mail, the same letter is fine without a postal address.
    fixture.case.channel = Channel.EMAIL
    assert _compose(LetterKind.ACKNOWLEDGEMENT, case=fixture.case).recipient == (fixture.case.requester.name,)


def test_other_kinds_name_what_they_miss() -> None:
    cases = {
        LetterKind.IDENTITY_REQUEST: (replace(FACTS, identity_requested=""), "identity_requested"),
        LetterKind.RECTIFICATION_CONFIRMATION: (
            replace(FACTS, rectification_changes=""),
            "rectification_changes",
        ),
        LetterKind.RESTRICTION_CONFIRMATION: (replace(FACTS, restricted=""), "restricted"),
        LetterKind.PORTABILITY_RESPONSE: (replace(FACTS, portability_format=""), "portability_format"),
        LetterKind.OBJECTION_RESPONSE: (replace(FACTS, objection_processing=""), "objection_processing"),
        LetterKind.MARKETING_OBJECTION_CONFIRMATION: (
            replace(FACTS, marketing_channels=""),
            "marketing_channels",
        ),
        LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION: (replace(FACTS, consent_after=""), "consent_processing"),
        LetterKind.NO_DATA: (replace(FACTS, searched=()), "searched"),
    }
    for kind, (facts, fact) in cases.items():
        with pytest.raises(MissingFact) as raised:
            _compose(kind, facts=facts)
        assert raised.value.fact == fact, kind
    with pytest.raises(MissingFact, match="text"):
        _compose(LetterKind.CLARIFICATION_REQUEST)
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "nb")
    with pytest.raises(MissingFact, match="identity request"):
        _compose(LetterKind.CLOSED_UNVERIFIED, case=fixture.case)


def test_entity_without_postal_address_cannot_sign_a_letter() -> None:
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "nb")
    fixture.case.entity.address = ""
    with pytest.raises(DomainError, match="entity address"):
        _compose(LetterKind.ACKNOWLEDGEMENT, case=fixture.case)
