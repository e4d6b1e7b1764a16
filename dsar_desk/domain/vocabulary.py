"""The closed vocabularies of a case: rights, channels, outcomes and the rest.

Values are the stable identifiers used on the command line, in the database and in
exports; labels for people live in the UI (translated) and in the letter templates.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from dsar_desk.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


class Right(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    MARKETING_OBJECTION = "marketing-objection"
    CONSENT_WITHDRAWAL = "consent-withdrawal"

    @property
    def article(self) -> str:
        return _ARTICLES[self]


_ARTICLES = {
    Right.ACCESS: "Art. 15",
    Right.RECTIFICATION: "Art. 16",
    Right.ERASURE: "Art. 17",
    Right.RESTRICTION: "Art. 18",
    Right.PORTABILITY: "Art. 20",
    Right.OBJECTION: "Art. 21(1)",
    Right.MARKETING_OBJECTION: "Art. 21(2)-(3)",
    Right.CONSENT_WITHDRAWAL: "Art. 7(3)",
}


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    WEB_FORM = "web-form"
    IN_PERSON = "in-person"
    OTHER = "other"


class Language(StrEnum):
    NB = "nb"
    NN = "nn"
    SV = "sv"
    FI = "fi"
    DA = "da"
    EN = "en"


class Relationship(StrEnum):
    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    JOB_APPLICANT = "job-applicant"
    SUPPLIER_CONTACT = "supplier-contact"
    DEBTOR = "debtor"
    WEBSITE_USER = "website-user"
    OTHER = "other"


class Country(StrEnum):
    NO = "NO"
    SE = "SE"
    FI = "FI"
    DK = "DK"


class HolidayProfile(StrEnum):
    """Which weekdays besides Saturday and Sunday roll a deadline forward (rule book §1.3)."""

    STRICT = "strict"
    LENIENT = "lenient"


class PauseCounting(StrEnum):
    """How the days of a pause are counted (rule book §1.5, open question 6)."""

    EXCLUSIVE = "exclusive"
    INCLUSIVE = "inclusive"


class PauseReason(StrEnum):
    IDENTITY = "identity"
    CLARIFICATION = "clarification"
    OTHER = "other"


class Outcome(StrEnum):
    FULFILLED = "fulfilled"
    PARTLY_FULFILLED = "partly-fulfilled"
    REFUSED = "refused"
    NO_DATA = "no-data"
    WITHDRAWN = "withdrawn"

    @property
    def needs_grounds(self) -> bool:
        return self in (Outcome.REFUSED, Outcome.PARTLY_FULFILLED)


class CaseStatus(StrEnum):
    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting-identity"
    AWAITING_CLARIFICATION = "awaiting-clarification"
    PAUSED = "paused"
    IN_PROGRESS = "in-progress"
    RESPONDED = "responded"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    CLOSED_UNVERIFIED = "closed-unverified"

    @property
    def is_open(self) -> bool:
        return self not in FINISHED_STATUSES

    @property
    def is_paused(self) -> bool:
        return self in PAUSED_STATUSES


FINISHED_STATUSES = frozenset({CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.CLOSED_UNVERIFIED})
PAUSED_STATUSES = frozenset(
    {CaseStatus.AWAITING_IDENTITY, CaseStatus.AWAITING_CLARIFICATION, CaseStatus.PAUSED}
)
PAUSE_STATUS = {
    PauseReason.IDENTITY: CaseStatus.AWAITING_IDENTITY,
    PauseReason.CLARIFICATION: CaseStatus.AWAITING_CLARIFICATION,
    PauseReason.OTHER: CaseStatus.PAUSED,
}


def parse_choice(kind: type[E], value: str, field: str) -> E:
    """Turn user text into an enum member or raise a ValidationError listing the choices."""
    try:
        return kind(value.strip())
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise ValidationError(field, f"'{value}' is not one of: {choices}") from None
