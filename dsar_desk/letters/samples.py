"""Fictional sample cases for every letter kind: for template review, previews and benchmarks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dsar_desk.domain.model import Case, Entity, Pause, Requester, RightLine
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.domain.vocabulary import CaseStatus, Channel, Country, Language, Outcome, PauseReason, Right
from dsar_desk.letters.compose import LetterInput
from dsar_desk.letters.facts import ErasureItem, LetterFacts, Withheld
from dsar_desk.letters.kinds import KINDS, LetterKind

SAMPLE_DAY = date(2026, 11, 20)
_RECEIVED = date(2026, 11, 2)

_ENTITIES = {
    Country.NO: Entity(
        "NO1",
        "Nordkapp Inkasso AS",
        Country.NO,
        "923 456 781",
        "Postboks 77\n3301 Hokksund",
        "personvern@nordkapp-inkasso.example",
        "",
        Language.NB,
    ),
    Country.SE: Entity(
        "SE1",
        "Fjordtall Redovisning AB",
        Country.SE,
        "559271-8264",
        "Kungsgatan 44\n111 35 Stockholm",
        "integritet@fjordtall.example",
        "dpo@fjordtall.example",
        Language.SV,
    ),
    Country.FI: Entity(
        "FI1",
        "Fjordtall Oy",
        Country.FI,
        "3141592-6",
        "Rantakatu 12\n02150 Espoo",
        "tietosuoja@fjordtall.example",
        "dpo@fjordtall.example",
        Language.FI,
    ),
    Country.DK: Entity(
        "DK1",
        "Fjordtall ApS",
        Country.DK,
        "41 27 83 95",
        "Vesterbrogade 149\n1620 København V",
        "databeskyttelse@fjordtall.example",
        "",
        Language.DA,
    ),
}
_COUNTRY = {"nb": Country.NO, "sv": Country.SE, "fi": Country.FI, "da": Country.DK, "en": Country.NO}
_PEOPLE = {
    "nb": ("Máret Čuoppa Ŋuvttis", "Čázádatgeaidnu 7\n9730 Karasjok"),
    "sv": ("Ánde Ŧuolla", "Köpmangatan 12\n972 31 Luleå"),
    "fi": ("Äiniö Mäkelä", "Ájjegáddi 4\n99870 Inari"),
    "da": ("Søren Ærø", "Nørregade 3\n1165 København K"),
    "en": ("Ánde Ŧuolla", "Storgata 5\n0155 Oslo"),
}
_ACCESS_GROUND = {
    Country.NO: ("no-inkassoloven-28", "The creditor's internal assessment names other debtors."),
    Country.SE: ("se-dsl-5-2", "Internal notes that have not been finalised."),
    Country.FI: ("fi-tsl-34", "Disclosure could seriously endanger the rights of another person."),
    Country.DK: ("dk-dbl-22", "The notes concern decisive private interests of another person."),
}
_ERASURE_GROUND = {
    Country.NO: ("no-bokforingsloven-13", "bokføringsloven § 13", "2031-12-31"),
    Country.SE: ("se-bfl-7-2", "bokföringslagen (1999:1078) 7 kap. 2 §", "2033-12-31"),
    Country.FI: ("fi-kpl-2-10", "kirjanpitolaki (1336/1997) 2 luku 10 §", "2032-12-31"),
    Country.DK: ("dk-bfl-12", "bogføringsloven § 12", "2031-12-31"),
}
_ANSWERED = {
    LetterKind.ACCESS_RESPONSE: Right.ACCESS,
    LetterKind.RECTIFICATION_CONFIRMATION: Right.RECTIFICATION,
    LetterKind.ERASURE_RESPONSE: Right.ERASURE,
    LetterKind.RESTRICTION_CONFIRMATION: Right.RESTRICTION,
    LetterKind.PORTABILITY_RESPONSE: Right.PORTABILITY,
    LetterKind.OBJECTION_RESPONSE: Right.OBJECTION,
    LetterKind.MARKETING_OBJECTION_CONFIRMATION: Right.MARKETING_OBJECTION,
    LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION: Right.CONSENT_WITHDRAWAL,
}


def sample_register(country: Country, language: str) -> tuple[ProcessingActivity, ...]:
    """The demo register of the sample entity, every language it keeps, with ids."""
    from dsar_desk.services.demo_register import DEMO_REGISTERS

    code = {Country.NO: "NO1", Country.SE: "SE1", Country.FI: "FI1", Country.DK: "DK1"}[country]
    versions = [
        replace(activity, language=code_, id=None)
        for code_, activities in DEMO_REGISTERS[code].items()
        for activity in activities
    ]
    return tuple(replace(a, id=index) for index, a in enumerate(versions, start=1))


def sample_input(kind: LetterKind, language: str) -> LetterInput:
    """A realistic case for `kind`, answered in `language`, with every fact the kind needs."""
    country = _COUNTRY[language]
    entity = _ENTITIES[country]
    name, address = _PEOPLE[language]
    status = CaseStatus.IN_PROGRESS
    pauses: list[Pause] = []
    right = _ANSWERED.get(kind)
    if kind is LetterKind.ACCESS_RESPONSE:
        code, grounds = _ACCESS_GROUND[country]
        rights = [RightLine(Right.ACCESS, Outcome.PARTLY_FULFILLED, grounds, code, date(2026, 11, 18))]
    elif kind is LetterKind.ERASURE_RESPONSE:
        code, _, _ = _ERASURE_GROUND[country]
        grounds = "Invoices and payments must be kept under the bookkeeping rules."
        rights = [RightLine(Right.ERASURE, Outcome.PARTLY_FULFILLED, grounds, code, date(2026, 11, 18))]
    elif kind is LetterKind.REFUSAL:
        grounds = "This is the fourth identical request in five weeks; our answer of 3 October is unchanged."
        rights = [RightLine(Right.ACCESS, Outcome.REFUSED, grounds, "art-12-5", date(2026, 11, 18))]
    elif kind is LetterKind.NO_DATA:
        rights = [RightLine(Right.ACCESS, Outcome.NO_DATA, "", "", date(2026, 11, 18))]
    elif kind is LetterKind.CLOSED_UNVERIFIED:
        rights = [RightLine(Right.ACCESS)]
        pauses = [Pause(PauseReason.IDENTITY, date(2026, 10, 6), date(2026, 11, 19))]
        status = CaseStatus.CLOSED_UNVERIFIED
    elif right is not None:
        rights = [RightLine(right, Outcome.FULFILLED, "", "", date(2026, 11, 18))]
    else:
        rights = [RightLine(Right.ACCESS), RightLine(Right.ERASURE)]
    received = date(2026, 10, 5) if kind is LetterKind.CLOSED_UNVERIFIED else _RECEIVED
    case = Case(
        reference=f"{entity.code}-2026-0042",
        entity=entity,
        received=received,
        channel=Channel.LETTER,
        requester=Requester(name, "requester@example.no", "", address, Language(language)),
        rights=rights,
        status=status,
        pauses=pauses,
    )
    register = sample_register(country, language)
    _, statute, until = _ERASURE_GROUND[country]
    facts = LetterFacts(
        activities=tuple(
            a.id for a in [a for a in register if a.language == language][:3] if a.id is not None
        ),
        searched=("Claim system", "Customer service", "E-mail archive"),
        withheld=(
            Withheld("Creditor's internal assessment", "It contains data about other people (Art. 15(4))"),
        ),
        erasure=(
            ErasureItem("Newsletter profile and preferences", True),
            ErasureItem("Customer portal account", True),
            ErasureItem("Invoices and payments", False, "GDPR Art. 17(3)(b)", statute, until),
        ),
        extension_reasons="Your file spans twelve creditors, and each creditor's documents must be "
        "reviewed and third parties' data removed before we can send them.",
        identity_requested="log in to our customer portal with BankID and send us a message from there. "
        "We do not need a copy of an identity document.",
        rectification_changes="your postal address (now Storgata 5, 0155 Oslo) and the spelling of your "
        "name.",
        restricted="the disputed payment of 14 March 2026",
        restriction_ground="you contest its accuracy, GDPR Art. 18(1)(a)",
        portability_format="CSV and JSON, sent by secure download link",
        objection_processing="the use of your payment history for our internal risk scoring.",
        marketing_channels="e-mail, SMS, letters and phone",
        consent_processing="newsletters and invitations to customer events.",
        consent_after="your newsletter profile has been erased; your customer account is kept under our "
        "contract with you.",
    )
    text = (
        "Which of the twelve creditors, or which period, would you like us to start with?"
        if KINDS[kind].needs_text
        else ""
    )
    return LetterInput(kind, case, SAMPLE_DAY, facts=facts, register=register, text=text)
