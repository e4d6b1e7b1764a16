"""The case and its facts, with the rules that change them.

Operations mutate a `Case` in place after checking every rule first, so a rejected
action leaves the case untouched; services persist the result in one transaction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from dsar_desk.domain.deadlines import Deadlines, compute_deadline
from dsar_desk.domain.errors import InvalidTransition, ValidationError
from dsar_desk.domain.legal_grounds import ground_by_code, grounds_for
from dsar_desk.domain.vocabulary import (
    PAUSE_STATUS,
    CaseStatus,
    Channel,
    Country,
    HolidayProfile,
    Language,
    Outcome,
    PauseCounting,
    PauseReason,
    Relationship,
    Right,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ENTITY_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
MAX_TEXT = 4000
MAX_NAME = 200


@dataclass(slots=True)
class Entity:
    """A legal entity of the controller's group that answers requests."""

    code: str
    name: str
    country: Country
    org_number: str = ""
    address: str = ""
    email: str = ""
    dpo: str = ""
    language: Language = Language.EN
    profile: HolidayProfile = HolidayProfile.STRICT


@dataclass(slots=True)
class Requester:
    name: str
    email: str = ""
    phone: str = ""
    address: str = ""
    language: Language | None = None
    relationship: Relationship = Relationship.OTHER
    national_id_masked: str = ""


@dataclass(slots=True)
class Representative:
    name: str
    authority_checked: bool = False


@dataclass(slots=True)
class Pause:
    reason: PauseReason
    start: date
    end: date | None = None

    def days(self, counting: PauseCounting, as_of: date) -> int:
        end = self.end if self.end is not None else as_of
        diff = max(0, (end - self.start).days)
        return diff + 1 if counting is PauseCounting.INCLUSIVE else diff


@dataclass(slots=True)
class Extension:
    notified_on: date
    reasons: str


@dataclass(slots=True)
class RightLine:
    right: Right
    outcome: Outcome | None = None
    grounds: str = ""
    ground_code: str = ""
    decided_on: date | None = None


@dataclass(slots=True)
class Case:
    reference: str
    entity: Entity
    received: date
    channel: Channel
    requester: Requester
    rights: list[RightLine]
    status: CaseStatus = CaseStatus.RECEIVED
    representative: Representative | None = None
    scope: str = ""
    handler: str = ""
    pauses: list[Pause] = field(default_factory=list)
    extension: Extension | None = None
    identity_checked_on: date | None = None
    identity_method: str = ""
    closed_on: date | None = None
    reopened_count: int = 0

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    @property
    def open_pause(self) -> Pause | None:
        return next((p for p in self.pauses if p.end is None), None)

    def paused_days(self, counting: PauseCounting, as_of: date) -> int:
        return sum(p.days(counting, as_of) for p in self.pauses)

    def deadlines(self, counting: PauseCounting, as_of: date) -> Deadlines:
        return compute_deadline(
            self.received,
            self.entity.country,
            self.entity.profile,
            paused_days=self.paused_days(counting, as_of),
            extended=self.extension is not None,
        )

    def line(self, right: Right) -> RightLine:
        for line in self.rights:
            if line.right is right:
                return line
        on_case = ", ".join(line.right.value for line in self.rights)
        raise ValidationError("right", f"'{right.value}' is not on this case (it has: {on_case})")

    @property
    def letter_language(self) -> Language:
        return self.requester.language or self.entity.language


# --- intake -------------------------------------------------------------------------


# Direction overrides, embeddings and isolates can make stored text display as something
# else than it is ("Trojan Source"); the plain marks LRM/RLM/ALM that RTL names need stay.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _refused_character(ch: str, single_line: bool) -> tuple[str, str] | None:
    """(kind, English problem) for a character no text field may hold, else None."""
    code = ord(ch)
    if ch == "\n" and single_line:
        return "line-break", "a line break; keep it on one line"
    if ch in "\n\t":
        return None
    if code < 32 or 127 <= code < 160:
        return "control-character", f"a control character (code {code}); retype or paste it as plain text"
    if 0xD800 <= code <= 0xDFFF:
        return "broken-character", "a broken character (an unpaired surrogate); retype it"
    if ch in _BIDI_CONTROLS:
        return (
            "direction-control",
            f"an invisible text-direction control (U+{code:04X}); retype it without it",
        )
    if code in (0xFFFE, 0xFFFF):
        return "broken-character", f"a non-character (U+{code:04X}); retype it"
    return None


def clean_text(
    value: str | None, field_name: str, *, limit: int = MAX_TEXT, single_line: bool = False
) -> str:
    """Normalise and check free text before anything stores it.

    Windows line ends become \\n and the text is NFC-normalised (so "Å" typed two ways
    is one name); control characters other than line breaks and tabs, unpaired
    surrogates and direction overrides are refused with the field's name.
    """
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > limit:
        raise ValidationError(
            field_name,
            f"is {len(text)} characters; at most {limit} allowed, shorten it",
            kind="too-long",
            params=(len(text), limit),
        )
    for ch in text:
        problem = _refused_character(ch, single_line)
        if problem is not None:
            kind, words = problem
            raise ValidationError(field_name, f"contains {words}", kind=kind, params=(f"U+{ord(ch):04X}",))
    return text


def clean_name(value: str | None, field_name: str, *, limit: int = MAX_NAME) -> str:
    """A one-line name; empty is allowed here (callers decide whether it is required)."""
    text = clean_text(value, field_name, limit=limit, single_line=True)
    if text and not any(ch.isalnum() for ch in text):
        raise ValidationError(
            field_name, "must contain letters or digits, not only punctuation or spaces", kind="no-letters"
        )
    return text


def validate_email(value: str | None, field_name: str = "email") -> str:
    text = clean_text(value, field_name, limit=254, single_line=True)
    if text and not _EMAIL.match(text):
        raise ValidationError(
            field_name, f"'{text}' is not an e-mail address like name@example.no", kind="email-format"
        )
    return text


def validate_phone(value: str | None) -> str:
    text = clean_text(value, "phone", limit=40, single_line=True)
    if text and not re.fullmatch(r"\+?[0-9 ()./-]{4,40}", text):
        raise ValidationError("phone", "use digits, spaces and an optional leading +", kind="phone-format")
    return text


def validate_entity_code(value: str) -> str:
    code = value.strip().upper()
    if not _ENTITY_CODE.match(code):
        raise ValidationError(
            "code", "use 2 to 10 letters or digits, for example NO1", kind="entity-code-format"
        )
    return code


def mask_national_id(value: str) -> str:
    """Keep only the last two characters: the full number is never stored (rule book §1.5)."""
    digits = re.sub(r"\s", "", value)
    if not digits:
        return ""
    if len(digits) < 6:
        raise ValidationError("national id", "is too short to be an identity number", kind="id-too-short")
    return "•" * (len(digits) - 2) + digits[-2:]


GDPR_APPLIES_FROM = date(2018, 5, 25)


def validate_received(received: date, today: date) -> date:
    if received > today:
        raise ValidationError(
            "received",
            f"{received.isoformat()} is in the future; use today or an earlier date",
            kind="date-in-future",
            params=(received,),
        )
    if received < GDPR_APPLIES_FROM:
        raise ValidationError(
            "received", "must be on or after 25 May 2018, when the GDPR took effect", kind="before-gdpr"
        )
    return received


def validate_representative(representative: Representative | None) -> Representative | None:
    """A representative with a checked name; one with an empty name is no representative."""
    if representative is None:
        return None
    name = clean_name(representative.name, "representative")
    return Representative(name, representative.authority_checked) if name else None


def validate_rights(rights: list[Right]) -> list[Right]:
    if not rights:
        raise ValidationError("right", "choose at least one right", kind="no-right")
    unique: list[Right] = []
    for right in rights:
        if right not in unique:
            unique.append(right)
    return unique


def new_case(
    *,
    reference: str,
    entity: Entity,
    received: date,
    today: date,
    channel: Channel,
    requester: Requester,
    rights: list[Right],
    representative: Representative | None = None,
    scope: str = "",
    handler: str = "",
) -> Case:
    name = clean_name(requester.name, "name")
    if not name:
        raise ValidationError("name", "the requester's name is required", kind="required")
    checked = Requester(
        name=name,
        email=validate_email(requester.email),
        phone=validate_phone(requester.phone),
        address=clean_text(requester.address, "address", limit=500),
        language=requester.language,
        relationship=requester.relationship,
        national_id_masked=requester.national_id_masked,
    )
    representative = validate_representative(representative)
    return Case(
        reference=reference,
        entity=entity,
        received=validate_received(received, today),
        channel=channel,
        requester=checked,
        rights=[RightLine(right) for right in validate_rights(rights)],
        representative=representative,
        scope=clean_text(scope, "scope"),
        handler=clean_name(handler, "handler"),
    )


# --- actions --------------------------------------------------------------------------


def _action_date(case: Case, on: date, today: date, what: str) -> date:
    if on > today:
        raise ValidationError("on", f"{on.isoformat()} is in the future; {what} cannot be dated ahead")
    if on < case.received:
        raise ValidationError(
            "on", f"{on.isoformat()} is before the request was received ({case.received.isoformat()})"
        )
    return on


def _require_open(case: Case, action: str) -> None:
    if not case.is_open:
        raise InvalidTransition(
            f"cannot {action} case {case.reference}: it is {case.status.value}; reopen it first"
        )


def pause(case: Case, reason: PauseReason, on: date, today: date) -> None:
    _require_open(case, "pause")
    if case.open_pause is not None:
        raise InvalidTransition(
            f"case {case.reference} is already paused since {case.open_pause.start.isoformat()}; "
            "resume it first"
        )
    _action_date(case, on, today, "a pause")
    last_end = max((p.end for p in case.pauses if p.end), default=None)
    if last_end is not None and on < last_end:
        raise ValidationError(
            "on", f"a new pause cannot start before the previous one ended ({last_end.isoformat()})"
        )
    case.pauses.append(Pause(reason, on))
    case.status = PAUSE_STATUS[reason]


def resume(case: Case, on: date, today: date) -> Pause:
    _require_open(case, "resume")
    current = case.open_pause
    if current is None:
        raise InvalidTransition(f"case {case.reference} is not paused")
    _action_date(case, on, today, "a resumption")
    if on < current.start:
        raise ValidationError("on", f"cannot resume before the pause started ({current.start.isoformat()})")
    current.end = on
    case.status = CaseStatus.IN_PROGRESS
    return current


def verify_identity(case: Case, method: str, on: date, today: date) -> None:
    _require_open(case, "verify identity on")
    method = clean_text(method, "method", limit=200, single_line=True)
    if not method:
        raise ValidationError("method", "say how identity was checked, e.g. 'BankID login'")
    _action_date(case, on, today, "an identity check")
    case.identity_checked_on = on
    case.identity_method = method
    current = case.open_pause
    # A sufficient answer to an identity request ends that pause on the same day.
    if current is not None and current.reason is PauseReason.IDENTITY:
        current.end = max(on, current.start)
        case.status = CaseStatus.IN_PROGRESS
    elif case.status is CaseStatus.RECEIVED:
        case.status = CaseStatus.IN_PROGRESS


def extend(case: Case, reasons: str, on: date, today: date, counting: PauseCounting) -> None:
    _require_open(case, "extend")
    if case.extension is not None:
        raise InvalidTransition(
            f"case {case.reference} was already extended on {case.extension.notified_on.isoformat()}"
        )
    reasons = clean_text(reasons, "reason")
    if not reasons:
        raise ValidationError(
            "reason",
            "an extension needs the reasons for the delay (Art. 12(3)), e.g. 'data spread over five systems'",
        )
    _action_date(case, on, today, "an extension notice")
    notice_by = case.deadlines(counting, on).extension_notice_by
    if on > notice_by:
        raise InvalidTransition(
            f"too late to extend case {case.reference}: the notice had to be given by "
            f"{notice_by.isoformat()} (one month from receipt, Art. 12(3))"
        )
    case.extension = Extension(on, reasons)


def record_outcome(
    case: Case,
    right: Right,
    outcome: Outcome,
    on: date,
    today: date,
    *,
    grounds: str = "",
    code: str = "",
) -> RightLine:
    _require_open(case, "record an outcome on")
    line = case.line(right)
    _action_date(case, on, today, "an outcome")
    grounds = clean_text(grounds, "grounds")
    code = code.strip().lower()
    if right is Right.MARKETING_OBJECTION and outcome in (Outcome.REFUSED, Outcome.PARTLY_FULFILLED):
        raise ValidationError(
            "result", "an objection to direct marketing cannot be refused (Art. 21(3) is absolute)"
        )
    if outcome.needs_grounds:
        if not grounds:
            raise ValidationError(
                "grounds", f"a {outcome.value} outcome needs the reasons (Art. 12(4)); add --grounds"
            )
        if not code:
            allowed = ", ".join(g.code for g in grounds_for(case.entity.country, right))
            raise ValidationError("code", f"cite the legal ground with --code (one of: {allowed})")
        ground = ground_by_code(code)
        if ground is None or ground not in grounds_for(case.entity.country, right):
            allowed = ", ".join(g.code for g in grounds_for(case.entity.country, right))
            raise ValidationError(
                "code",
                f"'{code}' does not apply to {right.value} in {case.entity.country.value}; "
                f"use one of: {allowed}",
            )
    else:
        grounds, code = (grounds, "") if grounds else ("", "")
    line.outcome, line.grounds, line.ground_code, line.decided_on = outcome, grounds, code, on
    if all(item.outcome is not None for item in case.rights) and case.open_pause is None:
        case.status = CaseStatus.RESPONDED
    elif case.status is CaseStatus.RECEIVED:
        case.status = CaseStatus.IN_PROGRESS
    return line


def close(case: Case, on: date, today: date) -> None:
    _require_open(case, "close")
    _action_date(case, on, today, "a closure")
    current = case.open_pause
    if current is not None and current.reason is PauseReason.IDENTITY and case.identity_checked_on is None:
        # The requester never proved who they are: Art. 11(2)/12(2) closure.
        current.end = max(on, current.start)
        case.status = CaseStatus.CLOSED_UNVERIFIED
        case.closed_on = on
        return
    missing = [line.right.value for line in case.rights if line.outcome is None]
    if missing:
        raise InvalidTransition(
            f"cannot close case {case.reference}: record an outcome for {', '.join(missing)} first"
        )
    if current is not None:
        current.end = max(on, current.start)
    withdrawn = all(line.outcome is Outcome.WITHDRAWN for line in case.rights)
    case.status = CaseStatus.WITHDRAWN if withdrawn else CaseStatus.CLOSED
    case.closed_on = on


def reopen(case: Case, reason: str) -> None:
    if case.is_open:
        raise InvalidTransition(f"case {case.reference} is open ({case.status.value}); nothing to reopen")
    if not clean_text(reason, "reason"):
        raise ValidationError("reason", "say why the case is reopened")
    case.status = CaseStatus.IN_PROGRESS
    case.closed_on = None
    case.reopened_count += 1
