"""One small dialog per case action, asking only what that action needs.

Dialogs check what they can at the field (dates, required text, grounds); the service
checks everything again when the action runs on the DB worker.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from dsar_desk.domain.legal_grounds import grounds_for
from dsar_desk.domain.model import Case
from dsar_desk.domain.vocabulary import Country, Outcome, PauseReason, Right
from dsar_desk.services.queries import CaseDetail
from dsar_desk.ui.dialogs.base import FormDialog, date_edit
from dsar_desk.ui.ground_labels import ground_summary
from dsar_desk.ui.labels import format_date, outcome_label, pause_reason_label, pydate, qdate, right_label

translate = QCoreApplication.translate


def _text_box(placeholder: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class _DatedDialog(FormDialog):
    """An action that happens on a day: not in the future, not before receipt."""

    def __init__(self, title: str, intro: str, case: Case, today: date, parent: QWidget | None = None):
        super().__init__(title, intro, parent)
        self.case, self.today = case, today
        self.on = date_edit(today, case.received, today)
        self.on.dateChanged.connect(self.revalidate)

    def add_date_row(self, label: str) -> None:
        self.add_row(label, self.on)

    @property
    def day(self) -> date:
        return pydate(self.on.date())


class VerifyIdentityDialog(_DatedDialog):
    def __init__(self, case: Case, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Actions", "Verify identity"),
            translate(
                "Actions", "Record how the requester's identity was checked. Do not keep a copy of an ID."
            ),
            case,
            today,
            parent,
        )
        self.method = QLineEdit()
        self.method.setPlaceholderText(translate("Actions", "e.g. BankID login, known e-mail address"))
        self.method.textChanged.connect(self.revalidate)
        self.add_row(translate("Actions", "Method"), self.method)
        self.add_date_row(translate("Actions", "Checked on"))

    def problem(self) -> str:
        if not self.method.text().strip():
            return translate("Actions", "Method: say how identity was checked.")
        return ""


class PauseDialog(_DatedDialog):
    def __init__(self, case: Case, today: date, reason: PauseReason, parent: QWidget | None = None):
        intro = {
            PauseReason.IDENTITY: translate(
                "Actions", "The deadline pauses while the requester proves who they are."
            ),
            PauseReason.CLARIFICATION: translate(
                "Actions", "The deadline pauses while the requester clarifies the request."
            ),
            PauseReason.OTHER: translate("Actions", "The deadline pauses until you resume the case."),
        }[reason]
        super().__init__(translate("Actions", "Pause the deadline"), intro, case, today, parent)
        self.reason = QComboBox()
        for item in PauseReason:
            self.reason.addItem(pause_reason_label(item), item)
        self.reason.setCurrentIndex(list(PauseReason).index(reason))
        self.add_row(translate("Actions", "Reason"), self.reason)
        self.add_date_row(translate("Actions", "Asked on"))

    @property
    def chosen_reason(self) -> PauseReason:
        return PauseReason(self.reason.currentData())


class ResumeDialog(_DatedDialog):
    def __init__(self, case: Case, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Actions", "Resume"),
            translate("Actions", "The requester answered; the deadline runs again from this day."),
            case,
            today,
            parent,
        )
        current = case.open_pause
        if current is not None:
            self.on.setMinimumDate(qdate(current.start))
        self.add_date_row(translate("Actions", "Answer received on"))


def extension_blocker(detail: CaseDetail, today: date) -> str:
    """Why the case cannot be extended today, or an empty string."""
    case = detail.case
    if not case.is_open:
        return translate("Actions", "The case is closed.")
    if case.extension is not None:
        return translate("Actions", "Already extended on %1.").replace(
            "%1", format_date(case.extension.notified_on)
        )
    if today > detail.deadlines.extension_notice_by:
        return translate(
            "Actions",
            "Too late to extend: the notice had to be given by %1 (one month from receipt, Art. 12(3)).",
        ).replace("%1", format_date(detail.deadlines.extension_notice_by, weekday=True))
    return ""


class ExtendDialog(_DatedDialog):
    def __init__(self, detail: CaseDetail, today: date, parent: QWidget | None = None) -> None:
        notice_by = detail.deadlines.extension_notice_by
        super().__init__(
            translate("Actions", "Extend the deadline"),
            translate(
                "Actions",
                "Up to two further months (Art. 12(3)). Tell the requester, with the reasons, by %1.",
            ).replace("%1", format_date(notice_by, weekday=True)),
            detail.case,
            today,
            parent,
        )
        self.notice_by = notice_by
        self.reasons = _text_box(translate("Actions", "e.g. the data are spread over five systems"))
        self.reasons.textChanged.connect(self.revalidate)
        self.add_row(translate("Actions", "Reasons for the delay"), self.reasons)
        self.add_date_row(translate("Actions", "Requester told on"))

    def problem(self) -> str:
        if self.day > self.notice_by:
            return translate("Actions", "Too late: the extension had to be notified by %1.").replace(
                "%1", format_date(self.notice_by, weekday=True)
            )
        if not self.reasons.toPlainText().strip():
            return translate("Actions", "Reasons: an extension needs the reasons for the delay.")
        return ""


class OutcomeDialog(_DatedDialog):
    def __init__(self, case: Case, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Actions", "Record outcome"),
            translate(
                "Actions", "A refusal or partial fulfilment needs its reasons and legal ground (Art. 12(4))."
            ),
            case,
            today,
            parent,
        )
        self.country: Country = case.entity.country
        self.right = QComboBox()
        for line in case.rights:
            self.right.addItem(right_label(line.right), line.right)
        pending = next((i for i, line in enumerate(case.rights) if line.outcome is None), 0)
        self.right.setCurrentIndex(pending)
        self.outcome = QComboBox()
        for item in Outcome:
            self.outcome.addItem(outcome_label(item), item)
        self.code = QComboBox()
        self.grounds = _text_box(translate("Actions", "What is refused and why, in words for the requester"))
        self.add_row(translate("Actions", "Right"), self.right)
        self.add_row(translate("Actions", "Outcome"), self.outcome)
        self.add_row(translate("Actions", "Legal ground"), self.code)
        self.add_row(translate("Actions", "Reasons"), self.grounds)
        self.add_date_row(translate("Actions", "Decided on"))
        self.right.currentIndexChanged.connect(self._refill_codes)
        self.outcome.currentIndexChanged.connect(self._refill_codes)
        self.code.currentIndexChanged.connect(self.revalidate)
        self.grounds.textChanged.connect(self.revalidate)
        self._refill_codes()

    @property
    def chosen_right(self) -> Right:
        return Right(self.right.currentData())

    @property
    def chosen_outcome(self) -> Outcome:
        return Outcome(self.outcome.currentData())

    @property
    def chosen_code(self) -> str:
        return str(self.code.currentData() or "")

    def _refill_codes(self) -> None:
        self.code.blockSignals(True)
        self.code.clear()
        needs = self.chosen_outcome.needs_grounds
        if needs:
            self.code.addItem(translate("Actions", "Choose the legal ground…"), "")
            for ground in grounds_for(self.country, self.chosen_right):
                summary = ground_summary(ground)
                self.code.addItem(ground.citation + " – " + summary, ground.code)
                self.code.setItemData(self.code.count() - 1, summary, Qt.ItemDataRole.ToolTipRole)
        else:
            self.code.addItem(translate("Actions", "Not needed for this outcome"), "")
        self.code.setEnabled(needs)
        self.code.blockSignals(False)
        self.revalidate()

    def problem(self) -> str:
        outcome = self.chosen_outcome
        if self.chosen_right is Right.MARKETING_OBJECTION and outcome in (
            Outcome.REFUSED,
            Outcome.PARTLY_FULFILLED,
        ):
            return translate("Actions", "An objection to direct marketing cannot be refused (Art. 21(3)).")
        if outcome.needs_grounds:
            if not self.chosen_code:
                return translate("Actions", "Legal ground: choose the ground the refusal relies on.")
            if not self.grounds.toPlainText().strip():
                return translate("Actions", "Reasons: explain the refusal to the requester.")
        return ""


class CloseDialog(_DatedDialog):
    def __init__(self, case: Case, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Actions", "Close case"),
            translate(
                "Actions", "Close the case once every right has its outcome and the answer has been sent."
            ),
            case,
            today,
            parent,
        )
        self.add_date_row(translate("Actions", "Closed on"))


class ReopenDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Actions", "Reopen case"), "", parent)
        self.reason = _text_box(translate("Actions", "e.g. the requester disputes the answer"))
        self.reason.textChanged.connect(self.revalidate)
        self.add_row(translate("Actions", "Reason"), self.reason)

    def problem(self) -> str:
        if not self.reason.toPlainText().strip():
            return translate("Actions", "Reason: say why the case is reopened.")
        return ""


class AssignHandlerDialog(FormDialog):
    def __init__(self, current: str, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Actions", "Assign handler"), "", parent)
        self.handler = QLineEdit(current or suggestion)
        self.handler.setPlaceholderText(translate("Actions", "Leave empty for nobody"))
        self.add_row(translate("Actions", "Handler"), self.handler)


class NoteDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Actions", "Add note"), "", parent)
        self.text = _text_box(translate("Actions", "What happened, what was decided, what comes next"), 140)
        self.text.textChanged.connect(self.revalidate)
        self.add_row(translate("Actions", "Note"), self.text)

    def problem(self) -> str:
        if not self.text.toPlainText().strip():
            return translate("Actions", "Note: write something first.")
        return ""
