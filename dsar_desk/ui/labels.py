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
    HolidayProfile,
    Language,
    Outcome,
    PauseReason,
    Relationship,
    Right,
)

translate = QCoreApplication.translate


def right_label(right: Right | str) -> str:
    labels = {
        Right.ACCESS: translate("Vocabulary", "Access"),
        Right.RECTIFICATION: translate("Vocabulary", "Rectification"),
        Right.ERASURE: translate("Vocabulary", "Erasure"),
        Right.RESTRICTION: translate("Vocabulary", "Restriction"),
        Right.PORTABILITY: translate("Vocabulary", "Portability"),
        Right.OBJECTION: translate("Vocabulary", "Objection"),
        Right.MARKETING_OBJECTION: translate("Vocabulary", "Objection to direct marketing"),
        Right.CONSENT_WITHDRAWAL: translate("Vocabulary", "Consent withdrawal"),
    }
    return labels.get(Right(right), str(right))


def status_label(status: CaseStatus | str) -> str:
    labels = {
        CaseStatus.RECEIVED: translate("Vocabulary", "Received"),
        CaseStatus.AWAITING_IDENTITY: translate("Vocabulary", "Awaiting identity"),
        CaseStatus.AWAITING_CLARIFICATION: translate("Vocabulary", "Awaiting clarification"),
        CaseStatus.PAUSED: translate("Vocabulary", "Paused"),
        CaseStatus.IN_PROGRESS: translate("Vocabulary", "In progress"),
        CaseStatus.RESPONDED: translate("Vocabulary", "Responded"),
        CaseStatus.CLOSED: translate("Vocabulary", "Closed"),
        CaseStatus.WITHDRAWN: translate("Vocabulary", "Withdrawn"),
        CaseStatus.CLOSED_UNVERIFIED: translate("Vocabulary", "Closed (identity not verified)"),
    }
    return labels.get(CaseStatus(status), str(status))


def channel_label(channel: Channel | str) -> str:
    labels = {
        Channel.EMAIL: translate("Vocabulary", "E-mail"),
        Channel.LETTER: translate("Vocabulary", "Letter"),
        Channel.PHONE: translate("Vocabulary", "Phone"),
        Channel.WEB_FORM: translate("Vocabulary", "Web form"),
        Channel.IN_PERSON: translate("Vocabulary", "In person"),
        Channel.OTHER: translate("Vocabulary", "Other"),
    }
    return labels.get(Channel(channel), str(channel))


def outcome_label(outcome: Outcome | str | None) -> str:
    if outcome is None:
        return translate("Vocabulary", "Pending")
    labels = {
        Outcome.FULFILLED: translate("Vocabulary", "Fulfilled"),
        Outcome.PARTLY_FULFILLED: translate("Vocabulary", "Partly fulfilled"),
        Outcome.REFUSED: translate("Vocabulary", "Refused"),
        Outcome.NO_DATA: translate("Vocabulary", "No data held"),
        Outcome.WITHDRAWN: translate("Vocabulary", "Withdrawn"),
    }
    return labels.get(Outcome(outcome), str(outcome))


def pause_reason_label(reason: PauseReason | str) -> str:
    labels = {
        PauseReason.IDENTITY: translate("Vocabulary", "Identity check"),
        PauseReason.CLARIFICATION: translate("Vocabulary", "Clarification"),
        PauseReason.OTHER: translate("Vocabulary", "Other"),
    }
    return labels.get(PauseReason(reason), str(reason))


def relationship_label(value: Relationship | str) -> str:
    labels = {
        Relationship.CUSTOMER: translate("Vocabulary", "Customer"),
        Relationship.EMPLOYEE: translate("Vocabulary", "Employee"),
        Relationship.JOB_APPLICANT: translate("Vocabulary", "Job applicant"),
        Relationship.SUPPLIER_CONTACT: translate("Vocabulary", "Supplier contact"),
        Relationship.DEBTOR: translate("Vocabulary", "Debtor"),
        Relationship.WEBSITE_USER: translate("Vocabulary", "Website user"),
        Relationship.OTHER: translate("Vocabulary", "Other"),
    }
    return labels.get(Relationship(value), str(value))


def language_label(value: Language | str) -> str:
    labels = {
        Language.NB: translate("Vocabulary", "Norwegian (Bokmål)"),
        Language.NN: translate("Vocabulary", "Norwegian (Nynorsk)"),
        Language.SV: translate("Vocabulary", "Swedish"),
        Language.FI: translate("Vocabulary", "Finnish"),
        Language.DA: translate("Vocabulary", "Danish"),
        Language.EN: translate("Vocabulary", "English"),
    }
    return labels.get(Language(value), str(value))


_LOWER_CASE_LANGUAGE_NAMES = frozenset(
    {
        QLocale.Language.NorwegianBokmal,
        QLocale.Language.NorwegianNynorsk,
        QLocale.Language.Swedish,
        QLocale.Language.Finnish,
        QLocale.Language.Danish,
    }
)


def language_in_sentence(value: Language | str) -> str:
    """A language's name inside running text: the Nordic languages write it in lower case."""
    label = language_label(value)
    if QLocale().language() not in _LOWER_CASE_LANGUAGE_NAMES:
        return label
    return label[:1].lower() + label[1:]


def holiday_profile_label(profile: HolidayProfile | str) -> str:
    labels = {
        HolidayProfile.STRICT: translate("Vocabulary", "strict"),
        HolidayProfile.LENIENT: translate("Vocabulary", "lenient"),
    }
    return labels[HolidayProfile(profile)]


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
        return translate("Register", "%1 working days overdue").replace("%1", str(-days))
    if days == 0:
        return translate("Register", "due today")
    return translate("Register", "%1 working days").replace("%1", str(days))


def step_text(step: Step) -> str:
    """One step of the deadline working, from its fields, in the user's language."""
    if step.kind is StepKind.RECEIVED:
        return translate("Deadline", "Received %1 (the day of receipt is not counted)").replace(
            "%1", format_date(step.day, weekday=True)
        )
    if step.kind is StepKind.MONTHS_ADDED:
        if step.months == 1:
            text = translate("Deadline", "One month later: %1")
        else:
            text = translate("Deadline", "%2 months later (extended): %1").replace("%2", str(step.months))
        text = text.replace("%1", format_date(step.day, weekday=True, year=False))
        if step.missing_day is not None:
            missing = translate("Deadline", "(day %1 does not exist in %2, so the month's last day)")
            month = QLocale().toString(qdate(step.day), "MMMM")
            text += " " + missing.replace("%1", str(step.missing_day)).replace("%2", month)
        return text
    if step.kind is StepKind.PAUSE_ADDED:
        if step.paused_days == 1:
            template = translate("Deadline", "Plus 1 paused day: %1")
        else:
            template = translate("Deadline", "Plus %2 paused days: %1").replace("%2", str(step.paused_days))
        return template.replace("%1", format_date(step.day, weekday=True, year=False))
    if step.kind is StepKind.ROLLED_FORWARD:
        parts = []
        for skipped in step.skipped:
            day = format_date(skipped.day, weekday=True, year=False)
            if skipped.holiday:
                day = translate("Deadline", "%1 (%2)").replace("%1", day).replace("%2", skipped.holiday)
            parts.append(day)
        if len(parts) == 1:
            template = translate("Deadline", "%1 is not a working day")
        else:
            template = translate("Deadline", "%1 are not working days")
        return template.replace("%1", ", ".join(parts))
    return translate("Deadline", "Due %1").replace("%1", format_date(step.day, weekday=True))
