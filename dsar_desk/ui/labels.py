"""Translated labels for the core's vocabularies, dates and deadline steps.

The core returns enums and Step records; only here do they become words, so every
word passes through Qt's translator with an explicit context.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from dsar_desk.domain.deadlines import Step, StepKind
from dsar_desk.domain.vocabulary import (
    CaseStatus,
    Channel,
    Language,
    Outcome,
    PauseReason,
    Relationship,
    Right,
)

_t = QCoreApplication.translate


def right_label(right: Right | str) -> str:
    labels = {
        Right.ACCESS: _t("Vocabulary", "Access"),
        Right.RECTIFICATION: _t("Vocabulary", "Rectification"),
        Right.ERASURE: _t("Vocabulary", "Erasure"),
        Right.RESTRICTION: _t("Vocabulary", "Restriction"),
        Right.PORTABILITY: _t("Vocabulary", "Portability"),
        Right.OBJECTION: _t("Vocabulary", "Objection"),
        Right.MARKETING_OBJECTION: _t("Vocabulary", "Objection to direct marketing"),
        Right.CONSENT_WITHDRAWAL: _t("Vocabulary", "Consent withdrawal"),
    }
    return labels.get(Right(right), str(right))


def status_label(status: CaseStatus | str) -> str:
    labels = {
        CaseStatus.RECEIVED: _t("Vocabulary", "Received"),
        CaseStatus.AWAITING_IDENTITY: _t("Vocabulary", "Awaiting identity"),
        CaseStatus.AWAITING_CLARIFICATION: _t("Vocabulary", "Awaiting clarification"),
        CaseStatus.PAUSED: _t("Vocabulary", "Paused"),
        CaseStatus.IN_PROGRESS: _t("Vocabulary", "In progress"),
        CaseStatus.RESPONDED: _t("Vocabulary", "Responded"),
        CaseStatus.CLOSED: _t("Vocabulary", "Closed"),
        CaseStatus.WITHDRAWN: _t("Vocabulary", "Withdrawn"),
        CaseStatus.CLOSED_UNVERIFIED: _t("Vocabulary", "Closed (identity not verified)"),
    }
    return labels.get(CaseStatus(status), str(status))


def channel_label(channel: Channel | str) -> str:
    labels = {
        Channel.EMAIL: _t("Vocabulary", "E-mail"),
        Channel.LETTER: _t("Vocabulary", "Letter"),
        Channel.PHONE: _t("Vocabulary", "Phone"),
        Channel.WEB_FORM: _t("Vocabulary", "Web form"),
        Channel.IN_PERSON: _t("Vocabulary", "In person"),
        Channel.OTHER: _t("Vocabulary", "Other"),
    }
    return labels.get(Channel(channel), str(channel))


def outcome_label(outcome: Outcome | str | None) -> str:
    if outcome is None:
        return _t("Vocabulary", "Pending")
    labels = {
        Outcome.FULFILLED: _t("Vocabulary", "Fulfilled"),
        Outcome.PARTLY_FULFILLED: _t("Vocabulary", "Partly fulfilled"),
        Outcome.REFUSED: _t("Vocabulary", "Refused"),
        Outcome.NO_DATA: _t("Vocabulary", "No data held"),
        Outcome.WITHDRAWN: _t("Vocabulary", "Withdrawn"),
    }
    return labels.get(Outcome(outcome), str(outcome))


def pause_reason_label(reason: PauseReason | str) -> str:
    labels = {
        PauseReason.IDENTITY: _t("Vocabulary", "Identity check"),
        PauseReason.CLARIFICATION: _t("Vocabulary", "Clarification"),
        PauseReason.OTHER: _t("Vocabulary", "Other"),
    }
    return labels.get(PauseReason(reason), str(reason))


def relationship_label(value: Relationship | str) -> str:
    labels = {
        Relationship.CUSTOMER: _t("Vocabulary", "Customer"),
        Relationship.EMPLOYEE: _t("Vocabulary", "Employee"),
        Relationship.JOB_APPLICANT: _t("Vocabulary", "Job applicant"),
        Relationship.SUPPLIER_CONTACT: _t("Vocabulary", "Supplier contact"),
        Relationship.DEBTOR: _t("Vocabulary", "Debtor"),
        Relationship.WEBSITE_USER: _t("Vocabulary", "Website user"),
        Relationship.OTHER: _t("Vocabulary", "Other"),
    }
    return labels.get(Relationship(value), str(value))


def language_label(value: Language | str) -> str:
    labels = {
        Language.NB: _t("Vocabulary", "Norwegian (Bokmål)"),
        Language.NN: _t("Vocabulary", "Norwegian (Nynorsk)"),
        Language.SV: _t("Vocabulary", "Swedish"),
        Language.FI: _t("Vocabulary", "Finnish"),
        Language.DA: _t("Vocabulary", "Danish"),
        Language.EN: _t("Vocabulary", "English"),
    }
    return labels.get(Language(value), str(value))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_date(day: date | None, *, weekday: bool = False, year: bool = True) -> str:
    if day is None:
        return ""
    if not weekday:
        return QLocale().toString(qdate(day), "yyyy-MM-dd")
    pattern = "ddd d MMM yyyy" if year else "ddd d MMM"
    return QLocale().toString(qdate(day), pattern)


def days_left_text(days: int) -> str:
    if days < 0:
        return _t("Register", "%1 working days overdue").replace("%1", str(-days))
    if days == 0:
        return _t("Register", "due today")
    return _t("Register", "%1 working days").replace("%1", str(days))


def step_text(step: Step) -> str:
    """One step of the deadline working, from its fields, in the user's language."""
    if step.kind is StepKind.RECEIVED:
        return _t("Deadline", "Received %1 (the day of receipt is not counted)").replace(
            "%1", format_date(step.day, weekday=True)
        )
    if step.kind is StepKind.MONTHS_ADDED:
        if step.months == 1:
            text = _t("Deadline", "One month later: %1")
        else:
            text = _t("Deadline", "%2 months later (extended): %1").replace("%2", str(step.months))
        text = text.replace("%1", format_date(step.day, weekday=True, year=False))
        if step.missing_day is not None:
            missing = _t("Deadline", "(day %1 does not exist in %2, so the month's last day)")
            month = QLocale().toString(qdate(step.day), "MMMM")
            text += " " + missing.replace("%1", str(step.missing_day)).replace("%2", month)
        return text
    if step.kind is StepKind.PAUSE_ADDED:
        if step.paused_days == 1:
            template = _t("Deadline", "Plus 1 paused day: %1")
        else:
            template = _t("Deadline", "Plus %2 paused days: %1").replace("%2", str(step.paused_days))
        return template.replace("%1", format_date(step.day, weekday=True, year=False))
    if step.kind is StepKind.ROLLED_FORWARD:
        parts = []
        for skipped in step.skipped:
            day = format_date(skipped.day, weekday=True, year=False)
            if skipped.holiday:
                day = _t("Deadline", "%1 (%2)").replace("%1", day).replace("%2", skipped.holiday)
            parts.append(day)
        if len(parts) == 1:
            template = _t("Deadline", "%1 is not a working day")
        else:
            template = _t("Deadline", "%1 are not working days")
        return template.replace("%1", ", ".join(parts))
    return _t("Deadline", "Due %1").replace("%1", format_date(step.day, weekday=True))
