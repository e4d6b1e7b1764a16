"""Which letter kinds fit a case in its current state (offered first in the Letters… dialog)."""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.model import Case
from dsar_desk.domain.vocabulary import CaseStatus, Outcome, PauseCounting, PauseReason, Right
from dsar_desk.letters.kinds import LetterKind

_ANSWER = {
    Right.ACCESS: LetterKind.ACCESS_RESPONSE,
    Right.RECTIFICATION: LetterKind.RECTIFICATION_CONFIRMATION,
    Right.ERASURE: LetterKind.ERASURE_RESPONSE,
    Right.RESTRICTION: LetterKind.RESTRICTION_CONFIRMATION,
    Right.PORTABILITY: LetterKind.PORTABILITY_RESPONSE,
    Right.OBJECTION: LetterKind.OBJECTION_RESPONSE,
    Right.MARKETING_OBJECTION: LetterKind.MARKETING_OBJECTION_CONFIRMATION,
    Right.CONSENT_WITHDRAWAL: LetterKind.CONSENT_WITHDRAWAL_CONFIRMATION,
}


def suggested_kinds(
    case: Case, today: date, counting: PauseCounting, already: frozenset[str] = frozenset()
) -> list[LetterKind]:
    """The kinds that fit now, most urgent first; `already` holds kinds saved on the case."""
    out: list[LetterKind] = []

    def add(kind: LetterKind) -> None:
        if kind not in out:
            out.append(kind)

    if case.status is CaseStatus.CLOSED_UNVERIFIED:
        add(LetterKind.CLOSED_UNVERIFIED)
        return out
    pause = case.open_pause
    if pause is not None and pause.reason is PauseReason.IDENTITY and case.identity_checked_on is None:
        add(LetterKind.CLOSED_UNVERIFIED)
    for line in case.rights:
        if line.outcome in (Outcome.FULFILLED, Outcome.PARTLY_FULFILLED):
            add(_ANSWER[line.right])
        if line.outcome is Outcome.REFUSED and line.right in (Right.OBJECTION, Right.RECTIFICATION):
            add(_ANSWER[line.right])
    if any(line.outcome in (Outcome.REFUSED, Outcome.PARTLY_FULFILLED) for line in case.rights):
        add(LetterKind.REFUSAL)
    if any(line.outcome is Outcome.NO_DATA for line in case.rights):
        add(LetterKind.NO_DATA)
    if case.is_open:
        undecided = any(line.outcome is None for line in case.rights)
        if LetterKind.ACKNOWLEDGEMENT.value not in already and undecided:
            add(LetterKind.ACKNOWLEDGEMENT)
        if pause is None and undecided and case.identity_checked_on is None:
            add(LetterKind.IDENTITY_REQUEST)
        if pause is None and undecided and any(line.right is Right.ACCESS for line in case.rights):
            add(LetterKind.CLARIFICATION_REQUEST)
        deadlines = case.deadlines(counting, today)
        if case.extension is None and undecided and today <= deadlines.extension_notice_by:
            add(LetterKind.EXTENSION_NOTICE)
    return out
