"""In-memory cases fit for every letter kind, and PDF inspection helpers."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pypdf

from dsar_desk.domain.model import Case, Entity, Pause, Requester, RightLine
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.domain.vocabulary import (
    CaseStatus,
    Channel,
    Country,
    Language,
    Outcome,
    PauseReason,
    Right,
)
from dsar_desk.letters.facts import ErasureItem, LetterFacts, Withheld
from dsar_desk.letters.kinds import LetterKind

LETTER_DAY = date(2026, 11, 20)
RECEIVED = date(2026, 11, 2)
SAMI = {"nb": "Máret Čuoppa Ŋuvttis", "sv": "Máret Čuoppa Ŋuvttis", "fi": "Ánde Ŧuolla", "da": "Ánde Ŧuolla"}
COUNTRY_OF = {"nb": Country.NO, "sv": Country.SE, "fi": Country.FI, "da": Country.DK, "en": Country.FI}
ACCESS_GROUND = {
    Country.NO: "no-inkassoloven-28",
    Country.SE: "se-dsl-5-1",
    Country.FI: "fi-tsl-34",
    Country.DK: "dk-dbl-22",
}
ERASURE_GROUND = {
    Country.NO: ("no-bokforingsloven-13", "bokføringsloven § 13"),
    Country.SE: ("se-bfl-7-2", "bokföringslagen (1999:1078) 7 kap. 2 §"),
    Country.FI: ("fi-kpl-2-10", "kirjanpitolaki (1336/1997) 2 luku 10 §"),
    Country.DK: ("dk-bfl-12", "bogføringsloven § 12"),
}
_REGISTER_NB = (
    ProcessingActivity(
        "Debt collection",
        "Collecting overdue claims for creditors",
        "Art. 6(1)(f)",
        "Name, address, claim details",
        "Creditors, Namsmannen",
        "5 years after settlement",
        "The creditor",
        "",
        "",
        id=7,
    ),
    ProcessingActivity(
        "Security logging",
        "Securing the debtor portal",
        "Art. 6(1)(f)",
        "IP address, log-in times",
        "IT provider",
        "12 months",
        "Your use of the portal",
        "Cloud provider in the USA: standard contractual clauses",
        "",
        id=9,
    ),
)
# The same two activities kept in every letter language (ids 7 and 9 are the Bokmål versions;
# the texts stay English here: these fixtures check mandatory elements, not wording).
REGISTER = tuple(
    replace(
        activity,
        language=language,
        key=activity.name.casefold().replace(" ", "-"),
        id=(activity.id or 0) + 100 * number,
    )
    for number, language in enumerate(("nb", "sv", "fi", "da", "en"))
    for activity in _REGISTER_NB
)
FACTS = LetterFacts(
    activities=(7, 9),
    searched=("Claim system Kravia", "Customer service"),
    withheld=(Withheld("Creditor's internal notes", "They describe third parties"),),
    copy="",
    erasure=(
        ErasureItem("Newsletter profile", True),
        ErasureItem("Invoices and payments", False, "GDPR Art. 17(3)(b)", "STATUTE", "2031-12-31"),
    ),
    extension_reasons="The claim file spans twelve creditors whose documents must be reviewed.",
    identity_requested="Log in with BankID on our portal.",
    rectification_changes="Postal address changed to Storgata 5.",
    restricted="Payment history",
    restriction_ground="Art. 18(1)(a)",
    portability_format="CSV and JSON",
    objection_processing="Profiling for credit scoring.",
    marketing_channels="e-mail, SMS, post",
    consent_processing="Newsletter and event invitations.",
    consent_after="Your newsletter profile has been erased.",
)


@dataclass
class Fixture:
    case: Case
    facts: LetterFacts
    text: str


def entity_for(country: Country, language: str) -> Entity:
    return Entity(
        code=f"{country.value}1",
        name=f"Fjordtall {country.value} Test",
        country=country,
        org_number="923 456 781",
        address="Postboks 77\n3301 Hokksund",
        email="privacy@fjordtall.example",
        dpo="dpo@fjordtall.example" if country is not Country.NO else "",
        language=Language(language),
    )


def case_for(kind: LetterKind, language: str, country: Country | None = None) -> Fixture:
    country = country or COUNTRY_OF[language]
    entity = entity_for(country, language)
    name = SAMI.get(language, "Ánde Ŧuolla")
    requester = Requester(
        name, "requester@example.no", "", "Čázádatgeaidnu 7\n9730 Karasjok", Language(language)
    )
    rights: list[RightLine]
    status = CaseStatus.IN_PROGRESS
    pauses: list[Pause] = []
    decided = RECEIVED
    if kind is LetterKind.ACCESS_RESPONSE:
        rights = [
            RightLine(Right.ACCESS, Outcome.PARTLY_FULFILLED, "GROUNDS-TEXT", ACCESS_GROUND[country], decided)
        ]
    elif kind is LetterKind.ERASURE_RESPONSE:
        code, _ = ERASURE_GROUND[country]
        rights = [RightLine(Right.ERASURE, Outcome.PARTLY_FULFILLED, "GROUNDS-TEXT", code, decided)]
    elif kind is LetterKind.REFUSAL:
        rights = [RightLine(Right.ACCESS, Outcome.REFUSED, "GROUNDS-TEXT", "art-12-5", decided)]
    elif kind is LetterKind.NO_DATA:
        rights = [RightLine(Right.ACCESS, Outcome.NO_DATA, "", "", decided)]
    elif kind is LetterKind.CLOSED_UNVERIFIED:
        rights = [RightLine(Right.ACCESS)]
        pauses = [Pause(PauseReason.IDENTITY, date(2026, 11, 3), date(2026, 11, 19))]
        status = CaseStatus.CLOSED_UNVERIFIED
    else:
        from dsar_desk.letters.suggest import _ANSWER

        answered = {v: k for k, v in _ANSWER.items()}
        if kind in answered:
            rights = [RightLine(answered[kind], Outcome.FULFILLED, "", "", decided)]
        else:
            rights = [RightLine(Right.ACCESS), RightLine(Right.ERASURE)]
    case = Case(
        reference=f"{entity.code}-2026-0042",
        entity=entity,
        received=RECEIVED,
        channel=Channel.LETTER,
        requester=requester,
        rights=rights,
        status=status,
        pauses=pauses,
    )
    text = "Which creditors do you mean?" if kind is LetterKind.CLARIFICATION_REQUEST else "CASE-PARAGRAPH"
    return Fixture(case, FACTS, text)


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def normalise(text: str) -> str:
    return " ".join(text.split())


def fonts_of(pdf: bytes) -> list[dict[str, Any]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[str, dict[str, Any]] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return list(found.values())
