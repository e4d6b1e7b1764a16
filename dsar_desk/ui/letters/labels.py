"""Names of letter kinds and sending channels as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dsar_desk.domain.vocabulary import Channel
from dsar_desk.letters.kinds import LetterKind

translate = QCoreApplication.translate


def kind_label(kind: LetterKind | str) -> str:
    labels = {
        LetterKind.ACKNOWLEDGEMENT: translate("Letters", "Acknowledgement"),
        LetterKind.IDENTITY_REQUEST: translate("Letters", "Identity request"),
        LetterKind.CLARIFICATION_REQUEST: translate("Letters", "Clarification request"),
        LetterKind.EXTENSION_NOTICE: translate("Letters", "Extension notice"),
        LetterKind.ACCESS_RESPONSE: translate("Letters", "Access response"),
        LetterKind.RECTIFICATION_CONFIRMATION: translate("Letters", "Rectification confirmation"),
        LetterKind.ERASURE_RESPONSE: translate("Letters", "Erasure response"),
        LetterKind.RESTRICTION_CONFIRMATION: translate("Letters", "Restriction confirmation"),
        LetterKind.PORTABILITY_RESPONSE: translate("Letters", "Portability response"),
        LetterKind.OBJECTION_RESPONSE: translate("Letters", "Objection response"),
        LetterKind.MARKETING_OBJECTION_CONFIRMATION: translate("Letters", "Marketing objection confirmation"),
        LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION: translate("Letters", "Consent withdrawal confirmation"),
        LetterKind.REFUSAL: translate("Letters", "Refusal"),
        LetterKind.CLOSED_UNVERIFIED: translate("Letters", "Closed: identity not confirmed"),
        LetterKind.NO_DATA: translate("Letters", "No data held"),
    }
    try:
        return labels[LetterKind(kind)]
    except ValueError:
        return str(kind)


# How a letter went out, in the words privacy staff use; stored as the case vocabulary's Channel.
SENT_CHANNELS: tuple[tuple[Channel, str], ...] = (
    (Channel.LETTER, "post"),
    (Channel.EMAIL, "email"),
    (Channel.WEB_FORM, "portal"),
    (Channel.IN_PERSON, "in-person"),
)


def sent_channel_label(channel: Channel | str) -> str:
    labels = {
        Channel.LETTER: translate("Letters", "Post"),
        Channel.EMAIL: translate("Letters", "E-mail"),
        Channel.WEB_FORM: translate("Letters", "Portal"),
        Channel.IN_PERSON: translate("Letters", "In person"),
    }
    try:
        return labels.get(Channel(channel), str(channel))
    except ValueError:
        return str(channel)
