"""Names of letter kinds and sending channels as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dsar_desk.domain.vocabulary import Channel
from dsar_desk.letters.kinds import LetterKind

_t = QCoreApplication.translate


def kind_label(kind: LetterKind | str) -> str:
    labels = {
        LetterKind.ACKNOWLEDGEMENT: _t("Letters", "Acknowledgement"),
        LetterKind.IDENTITY_REQUEST: _t("Letters", "Identity request"),
        LetterKind.CLARIFICATION_REQUEST: _t("Letters", "Clarification request"),
        LetterKind.EXTENSION_NOTICE: _t("Letters", "Extension notice"),
        LetterKind.ACCESS_RESPONSE: _t("Letters", "Access response"),
        LetterKind.RECTIFICATION_CONFIRMATION: _t("Letters", "Rectification confirmation"),
        LetterKind.ERASURE_RESPONSE: _t("Letters", "Erasure response"),
        LetterKind.RESTRICTION_CONFIRMATION: _t("Letters", "Restriction confirmation"),
        LetterKind.PORTABILITY_RESPONSE: _t("Letters", "Portability response"),
        LetterKind.OBJECTION_RESPONSE: _t("Letters", "Objection response"),
        LetterKind.MARKETING_OBJECTION_CONFIRMATION: _t("Letters", "Marketing objection confirmation"),
        LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION: _t("Letters", "Consent withdrawal confirmation"),
        LetterKind.REFUSAL: _t("Letters", "Refusal"),
        LetterKind.CLOSED_UNVERIFIED: _t("Letters", "Closed: identity not confirmed"),
        LetterKind.NO_DATA: _t("Letters", "No data held"),
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
        Channel.LETTER: _t("Letters", "Post"),
        Channel.EMAIL: _t("Letters", "E-mail"),
        Channel.WEB_FORM: _t("Letters", "Portal"),
        Channel.IN_PERSON: _t("Letters", "In person"),
    }
    try:
        return labels.get(Channel(channel), str(channel))
    except ValueError:
        return str(channel)
