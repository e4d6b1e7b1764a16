"""The fifteen letter kinds: their template blocks and the case facts each one needs.

A kind lists the blocks its template must contain (a template missing one is rejected
at load) and the placeholders its texts may use beyond the common ones (a template
using any other is rejected). The facts a letter needs are checked by `compose`
before anything is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dsar_desk.domain.vocabulary import Right


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"
    CLARIFICATION_REQUEST = "clarification-request"
    EXTENSION_NOTICE = "extension-notice"
    ACCESS_RESPONSE = "access-response"
    RECTIFICATION_CONFIRMATION = "rectification-confirmation"
    ERASURE_RESPONSE = "erasure-response"
    RESTRICTION_CONFIRMATION = "restriction-confirmation"
    PORTABILITY_RESPONSE = "portability-response"
    OBJECTION_RESPONSE = "objection-response"
    MARKETING_OBJECTION_CONFIRMATION = "marketing-objection-confirmation"
    CONSENT_WITHDRAWAL_CONFIRMATION = "consent-withdrawal-confirmation"
    REFUSAL = "refusal"
    CLOSED_UNVERIFIED = "closed-unverified"
    NO_DATA = "no-data"


# Placeholders every template may use; `compose` always supplies all of them.
COMMON_PLACEHOLDERS = frozenset(
    {
        "reference",
        "received",
        "letter_date",
        "due_date",
        "entity_name",
        "entity_email",
        "requester_name",
        "rights",
    }
)


@dataclass(frozen=True)
class KindInfo:
    kind: LetterKind
    blocks: tuple[str, ...]  # required, in reading order
    optional: tuple[str, ...] = ()
    placeholders: frozenset[str] = frozenset()
    right: Right | None = None  # the right whose outcome this letter reports
    needs_text: bool = False  # the case-specific paragraph is the substance (e.g. the question)
    always_remedies: bool = False  # complaint and court paragraphs even without a refused outcome

    @property
    def all_blocks(self) -> tuple[str, ...]:
        return ("subject", *self.blocks, *self.optional)


_PAUSE = frozenset({"original_due", "reply_by"})

KINDS: dict[LetterKind, KindInfo] = {
    info.kind: info
    for info in (
        KindInfo(LetterKind.ACKNOWLEDGEMENT, ("intro", "deadline", "next_steps", "free_of_charge")),
        KindInfo(
            LetterKind.IDENTITY_REQUEST,
            ("intro", "why", "what", "minimisation", "suspended", "no_reply"),
            placeholders=_PAUSE | {"requested"},
        ),
        KindInfo(
            LetterKind.CLARIFICATION_REQUEST,
            ("intro", "why", "question", "still_all", "provided_now", "suspended", "no_reply"),
            placeholders=_PAUSE,
            needs_text=True,
        ),
        KindInfo(
            LetterKind.EXTENSION_NOTICE,
            ("intro", "reasons", "new_due", "meanwhile"),
            placeholders=frozenset({"reasons", "extended_due", "notice_by"}),
        ),
        KindInfo(
            LetterKind.ACCESS_RESPONSE,
            (
                "intro",
                "activities_intro",
                "rights_info",
                "no_transfers",
                "no_automated",
                "searched",
                "copy",
                "withheld_intro",
            ),
            placeholders=frozenset({"searched", "copy"}),
            right=Right.ACCESS,
            always_remedies=True,
        ),
        KindInfo(
            LetterKind.RECTIFICATION_CONFIRMATION,
            ("intro", "done", "recipients", "supplementary"),
            placeholders=frozenset({"changes"}),
            right=Right.RECTIFICATION,
        ),
        KindInfo(
            LetterKind.ERASURE_RESPONSE,
            ("intro", "table_intro", "kept", "backups", "recipients"),
            right=Right.ERASURE,
        ),
        KindInfo(
            LetterKind.RESTRICTION_CONFIRMATION,
            ("intro", "done", "meaning", "lifting", "recipients"),
            placeholders=frozenset({"restricted", "ground"}),
            right=Right.RESTRICTION,
        ),
        KindInfo(
            LetterKind.PORTABILITY_RESPONSE,
            ("intro", "done", "scope", "direct"),
            placeholders=frozenset({"format", "delivery"}),
            right=Right.PORTABILITY,
        ),
        KindInfo(
            LetterKind.OBJECTION_RESPONSE,
            ("intro", "stopped", "not_stopped"),
            placeholders=frozenset({"processing"}),
            right=Right.OBJECTION,
        ),
        KindInfo(
            LetterKind.MARKETING_OBJECTION_CONFIRMATION,
            ("intro", "stopped", "suppression", "not_erasure"),
            optional=("campaign",),
            placeholders=frozenset({"stopped_on", "channels", "last_campaign"}),
            right=Right.MARKETING_OBJECTION,
        ),
        KindInfo(
            LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION,
            ("intro", "effect", "stopped", "data_after", "recipients"),
            placeholders=frozenset({"processing", "after"}),
            right=Right.CONSENT_WITHDRAWAL,
        ),
        KindInfo(LetterKind.REFUSAL, ("intro", "partial_note")),
        KindInfo(
            LetterKind.CLOSED_UNVERIFIED,
            ("intro", "closed", "new_request"),
            placeholders=frozenset({"asked_on"}),
            always_remedies=True,
        ),
        KindInfo(LetterKind.NO_DATA, ("intro", "searched", "later"), placeholders=frozenset({"searched"})),
    )
}

# Blocks and labels shared by every letter of one language (common.toml).
COMMON_BLOCKS = (
    "grounds_intro",
    "complaint",
    "complaint_residence",
    "court",
    "fi_ombudsman",
    "contact",
    "closing",
)
COMMON_LABELS = (
    "date",
    "our_reference",
    "received",
    "rights",
    "page",
    "org_number",
    "privacy_contact",
    "dpo",
    "remedies_heading",
    "reasons_heading",
    "case_text_heading",
    "team",
    "right_access",
    "right_rectification",
    "right_erasure",
    "right_restriction",
    "right_portability",
    "right_objection",
    "right_marketing-objection",
    "right_consent-withdrawal",
    "purposes",
    "categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated",
    "category",
    "action",
    "ground",
    "kept_until",
    "erased",
    "kept",
    "withheld_reason",
    "email_body",
)
COMMON_FILE_PLACEHOLDERS = COMMON_PLACEHOLDERS | {
    "authority_name",
    "authority_address",
    "page",
    "pages",
}


def parse_kind(value: str) -> LetterKind:
    from dsar_desk.domain.vocabulary import parse_choice

    return parse_choice(LetterKind, value, "kind")
