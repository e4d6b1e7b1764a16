"""Every kind in every language: rendered, read back from the PDF, checked for its mandatory content."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from dsar_desk.domain.legal_grounds import ground_by_code
from dsar_desk.domain.vocabulary import Country, Outcome, PauseCounting
from dsar_desk.letters.authorities import AUTHORITIES
from dsar_desk.letters.compose import LetterInput, compose, long_date
from dsar_desk.letters.kinds import KINDS, LetterKind
from dsar_desk.letters.render_pdf import render_pdf
from dsar_desk.letters.templates import LETTER_LANGUAGES, TemplateStore, fill
from tests.letters.support import FACTS, LETTER_DAY, REGISTER, case_for, fonts_of, normalise, pdf_text

STORE = TemplateStore()
COUNTING = PauseCounting.EXCLUSIVE  # the default compose uses
# Blocks a kind leaves out by design in the fixture's situation (see compose).
LEFT_OUT = {
    LetterKind.ACCESS_RESPONSE: {"no_transfers"},  # one activity has transfers; the other shows the text
    LetterKind.REFUSAL: {"partial_note"},  # the fixture refuses in full
    LetterKind.OBJECTION_RESPONSE: {"not_stopped"},  # the objection succeeded
}


def _render(kind: LetterKind, language: str, country: Country | None = None) -> tuple[str, bytes, object]:
    fixture = case_for(kind, language, country)
    spec = compose(
        LetterInput(
            kind, fixture.case, LETTER_DAY, facts=fixture.facts, register=REGISTER, text=fixture.text
        ),
        STORE,
    )
    pdf = render_pdf(spec)
    return pdf_text(pdf), pdf, fixture


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_in_every_language_carries_its_mandatory_content(kind: LetterKind, language: str) -> None:
    text, pdf, fixture = _render(kind, language)
    case = fixture.case  # type: ignore[attr-defined]
    common = STORE.common(language)
    template = STORE.kind(language, kind)

    def d(day: date) -> str:
        return long_date(day, language)

    # Letterhead, window address and information block.
    assert case.requester.name in text  # Sámi names print verbatim
    assert "Karasjok" in text and "Čázádatgeaidnu 7" in text
    assert case.entity.name in text and case.entity.org_number in text and "Hokksund" in text
    assert case.entity.email in text
    if case.entity.dpo:
        assert case.entity.dpo in text
    assert case.reference in text
    assert d(LETTER_DAY) in text and d(case.received) in text
    for label in ("date", "our_reference", "received", "rights"):
        assert common.labels[label] in text
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    for number in range(1, pages + 1):
        assert common.labels["page"].replace("{page}", str(number)).replace("{pages}", str(pages)) in text
    for line in case.rights:
        assert common.labels[f"right_{line.right.value}"][:20] in text

    # Every block of the kind's template appears (filled), except those left out by design.
    for name in KINDS[kind].blocks:
        if name in LEFT_OUT.get(kind, set()) or (
            name == "no_automated" and kind is not LetterKind.ACCESS_RESPONSE
        ):
            continue
        raw = template.blocks[name]
        first_part = raw.split("{")[0].strip()[:40]
        assert normalise(first_part) in text, f"{kind.value}/{language}: block '{name}' missing"
    assert normalise(template.blocks["subject"].split("{")[0])[:30] in text

    # Kind-specific facts.
    if kind is LetterKind.ACKNOWLEDGEMENT:
        assert d(case.deadlines(COUNTING, LETTER_DAY).due) in text
    if kind in (LetterKind.IDENTITY_REQUEST, LetterKind.CLARIFICATION_REQUEST):
        assert d(case.deadlines(COUNTING, LETTER_DAY).due) in text  # the original due date
        assert d(LETTER_DAY) in text
    if kind is LetterKind.IDENTITY_REQUEST:
        assert FACTS.identity_requested in text
    if kind is LetterKind.CLARIFICATION_REQUEST:
        assert "Which creditors do you mean?" in text
    elif kind is not LetterKind.IDENTITY_REQUEST:
        assert "CASE-PARAGRAPH" in text
    if kind is LetterKind.EXTENSION_NOTICE:
        assert FACTS.extension_reasons in text
        assert d(case.deadlines(COUNTING, LETTER_DAY).extended_due) in text
    if kind is LetterKind.ACCESS_RESPONSE:
        for activity in REGISTER:
            assert activity.name in text and activity.purposes in text and activity.retention in text
        for key in ("purposes", "categories", "recipients", "retention", "source", "transfers", "automated"):
            assert normalise(common.labels[key])[:14] in text
        assert "standard contractual clauses" in text  # Art. 15(2) safeguards
        assert "Claim system Kravia" in text
        assert "Creditor's internal notes" in text and "They describe third parties" in text
    if kind is LetterKind.ERASURE_RESPONSE:
        assert "Newsletter profile" in text and "Invoices and payments" in text
        assert "STATUTE" in text and "GDPR Art. 17(3)(b)" in text
        assert d(date(2031, 12, 31)) in text
    if kind is LetterKind.MARKETING_OBJECTION_CONFIRMATION:
        assert FACTS.marketing_channels in text
    if kind is LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION:
        assert FACTS.consent_processing in text and FACTS.consent_after in text
    if kind is LetterKind.CLOSED_UNVERIFIED:
        assert d(case.pauses[0].start) in text

    # Art. 12(4): reasons, grounds, the authority, residence and court.
    refused = [line for line in case.rights if line.outcome in (Outcome.REFUSED, Outcome.PARTLY_FULFILLED)]
    if refused or KINDS[kind].always_remedies:
        authority = AUTHORITIES[case.entity.country]
        assert authority.name(language) in text
        assert authority.address(language) in text
        values = {"authority_name": "", "authority_address": ""}
        for key in ("complaint_residence", "court"):
            assert normalise(fill(common.blocks[key], values)) in text
    for line in refused:
        assert "GROUNDS-TEXT" in text
        ground = ground_by_code(line.ground_code)
        assert ground is not None and normalise(ground.citation) in text
    if (
        refused
        and case.entity.country is Country.FI
        and any(line.right.value == "access" for line in refused)
    ):
        assert normalise(common.blocks["fi_ombudsman"])[:40] in text


@pytest.mark.parametrize("country", list(Country))
@pytest.mark.parametrize("language", ["en", "nb", "sv", "fi", "da"])
def test_refusal_names_the_authority_of_the_entity_country(country: Country, language: str) -> None:
    text, _, _ = _render(LetterKind.REFUSAL, language, country)
    expected = {
        Country.NO: "Postboks 458 Sentrum, 0105 Oslo",
        Country.SE: "Box 8114, 104 20 Stockholm",
        Country.FI: "00531 Helsin",
        Country.DK: "Carl Jacobsens Vej 35, 2500 Valby",
    }[country]
    assert expected in text
    assert AUTHORITIES[country].name(language) in text
    others = [a for c, a in AUTHORITIES.items() if c is not country]
    assert not any(a.address("en").split(",")[0] in text for a in others)


@pytest.mark.parametrize("kind", [LetterKind.ACCESS_RESPONSE, LetterKind.ACKNOWLEDGEMENT, LetterKind.REFUSAL])
def test_fonts_are_embedded_and_no_helvetica_remains(kind: LetterKind) -> None:
    _, pdf, _ = _render(kind, "nb")
    fonts = fonts_of(pdf)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert "DejaVuSans" in name, name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"


@pytest.mark.parametrize("kind", list(LetterKind))
def test_metadata_holds_kind_reference_and_entity_only(kind: LetterKind) -> None:
    _, pdf, fixture = _render(kind, "en")
    case = fixture.case  # type: ignore[attr-defined]
    info = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert info.title == f"{kind.value} {case.reference}"
    assert info.author == case.entity.name
    everything = " ".join(str(value) for value in info.values())
    for personal in (case.requester.name, case.requester.email, "Karasjok", "Ánde", "Máret"):
        assert personal not in everything
    assert b"Karasjok" not in pdf.split(b"stream")[0]  # not in any uncompressed header object either
