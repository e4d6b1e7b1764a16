"""One case: summary, requester, rights, deadlines with their working, timeline, actions."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.clock import Clock
from dsar_desk.domain.vocabulary import PauseReason
from dsar_desk.services.cases import CaseService
from dsar_desk.services.context import Changes
from dsar_desk.services.queries import CaseDetail, CaseQueries
from dsar_desk.ui.dialogs import case_actions as dlg
from dsar_desk.ui.dialogs.edit_requester import EditRequesterDialog
from dsar_desk.ui.labels import (
    channel_label,
    days_left_text,
    format_date,
    language_label,
    relationship_label,
    right_label,
    status_label,
    step_text,
)
from dsar_desk.ui.models.case_lists import RightsModel, TimelineModel
from dsar_desk.ui.operations import Operations
from dsar_desk.ui.timeline import timeline_entries
from dsar_desk.ui.views.flow_layout import FlowLayout

translate = QCoreApplication.translate


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Section(QGroupBox):
    """A titled form of read-only values."""

    def __init__(self, title: str, rows: list[tuple[str, str]]) -> None:
        super().__init__(title)
        self.form = form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for key, label in rows:
            self.values[key] = _value_label()
            form.addRow(label, self.values[key])

    def set(self, key: str, text: str) -> None:
        self.values[key].setText(text or "–")


class CaseView(QWidget):
    """Shows one case and runs its actions.

    Signals:
        case_requested(str): the user followed a link to another case.
    """

    case_requested = Signal(str)
    detail_shown = Signal(object)  # CaseDetail, or None when no case is open

    def __init__(
        self,
        queries: CaseQueries,
        cases: CaseService,
        operations: Operations,
        clock: Clock,
        handler_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queries, self._cases, self._ops, self._clock = queries, cases, operations, clock
        self.handler_name = handler_name
        self.reference: str | None = None
        self.detail: CaseDetail | None = None
        self.active_dialog: QWidget | None = None
        self._build()
        self._set_enabled_actions()

    # --- layout --------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.title = QLabel(translate("CaseView", "No case open"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(
            translate("CaseView", "Double-click a case in the register, or press Enter, to open it.")
        )
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self._build_actions())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_overview(), translate("CaseView", "Overview"))
        self.rights_model = RightsModel(self)
        self.rights_table = self._table(self.rights_model, stretch=RightsModel.COL_GROUNDS)
        self.tabs.addTab(self.rights_table, translate("CaseView", "Rights"))
        self.timeline_model = TimelineModel(self)
        self.timeline_table = self._table(self.timeline_model, stretch=TimelineModel.COL_DETAIL)
        self.tabs.addTab(self.timeline_table, translate("CaseView", "Timeline"))
        layout.addWidget(self.tabs, 1)
        self.tabs.hide()  # until a case is open
        layout.addStretch(0)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> QWidget:
        self.act_verify = self._action(translate("CaseView", "Verify identity…"), self.verify_identity)
        self.act_pause_identity = self._action(
            translate("CaseView", "Ask for identity…"), lambda: self.pause(PauseReason.IDENTITY)
        )
        self.act_pause_clarify = self._action(
            translate("CaseView", "Ask for clarification…"), lambda: self.pause(PauseReason.CLARIFICATION)
        )
        self.act_pause_other = self._action(
            translate("CaseView", "Pause for another reason…"), lambda: self.pause(PauseReason.OTHER)
        )
        self.act_resume = self._action(translate("CaseView", "Resume…"), self.resume)
        self.act_extend = self._action(translate("CaseView", "Extend…"), self.extend)
        self.act_outcome = self._action(translate("CaseView", "Record outcome…"), self.record_outcome)
        self.act_close = self._action(translate("CaseView", "Close…"), self.close_case)
        self.act_reopen = self._action(translate("CaseView", "Reopen…"), self.reopen)
        self.act_assign = self._action(translate("CaseView", "Assign handler…"), self.assign_handler)
        self.act_note = self._action(translate("CaseView", "Add note…"), self.add_note)
        self.act_attach = self._action(
            translate("CaseView", "Add attachment…"), lambda: self.add_attachment()
        )
        self.act_edit_requester = self._action(translate("CaseView", "Edit requester…"), self.edit_requester)
        pause_menu = QMenu(self)
        pause_menu.addActions([self.act_pause_identity, self.act_pause_clarify, self.act_pause_other])
        self.pause_button = QToolButton()
        self.pause_button.setText(translate("CaseView", "Pause"))
        self.pause_button.setMenu(pause_menu)
        self.pause_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # One flowing row: a narrow case pane (1280 px screens, longer translations) wraps
        # the buttons onto another row instead of widening the window past the screen.
        bar = QWidget()
        bar.setObjectName("case-actions")
        flow = FlowLayout(bar, spacing=4)
        order: list[QAction | None] = [
            self.act_verify,
            None,
            self.act_resume,
            self.act_extend,
            self.act_outcome,
            self.act_close,
            self.act_reopen,
            self.act_assign,
            self.act_note,
            self.act_attach,
        ]
        self.action_buttons: dict[QAction, QToolButton] = {}
        for action in order:
            if action is None:
                button = self.pause_button
            else:
                button = QToolButton()
                button.setDefaultAction(action)
                self.action_buttons[action] = button
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            flow.addWidget(button)
        return bar

    def _build_overview(self) -> QWidget:
        self.deadline_box = _Section(
            translate("CaseView", "Deadlines"),
            [
                ("due", translate("CaseView", "Due")),
                ("left", translate("CaseView", "Days left")),
                ("notice", translate("CaseView", "Extension notice by")),
                ("conservative", translate("CaseView", "Due ignoring pauses")),
                ("paused", translate("CaseView", "Paused days")),
                ("extension", translate("CaseView", "Extension")),
            ],
        )
        self.steps_toggle = QToolButton()
        self.steps_toggle.setText(translate("CaseView", "How the due date was computed"))
        self.steps_toggle.setCheckable(True)
        self.steps_toggle.setChecked(True)
        self.steps_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.steps_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.steps_toggle.setAutoRaise(True)
        self.steps_label = _value_label()
        self.steps_label.setContentsMargins(18, 0, 0, 0)
        self.steps_toggle.toggled.connect(self._toggle_steps)
        self.deadline_box.form.addRow(self.steps_toggle)
        self.deadline_box.form.addRow(self.steps_label)
        self.request_box = _Section(
            translate("CaseView", "Request"),
            [
                ("entity", translate("CaseView", "Entity")),
                ("received", translate("CaseView", "Received")),
                ("channel", translate("CaseView", "Channel")),
                ("rights", translate("CaseView", "Rights")),
                ("scope", translate("CaseView", "Scope")),
                ("handler", translate("CaseView", "Handler")),
                ("identity", translate("CaseView", "Identity")),
                ("related", translate("CaseView", "Earlier requests")),
            ],
        )
        self.request_box.values["related"].setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
        )
        self.request_box.values["related"].linkActivated.connect(self.case_requested.emit)
        self.requester_box = _Section(
            translate("CaseView", "Requester"),
            [
                ("name", translate("CaseView", "Name")),
                ("email", translate("CaseView", "E-mail")),
                ("phone", translate("CaseView", "Phone")),
                ("address", translate("CaseView", "Address")),
                ("language", translate("CaseView", "Letter language")),
                ("relationship", translate("CaseView", "Relationship")),
                ("representative", translate("CaseView", "Representative")),
            ],
        )
        # Beside the details it corrects; also in the Case menu.
        self.edit_requester_button = QToolButton()
        self.edit_requester_button.setDefaultAction(self.act_edit_requester)
        self.edit_requester_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.requester_box.form.addRow(self.edit_requester_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.deadline_box)
        column.addWidget(self.request_box)
        column.addWidget(self.requester_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _table(self, model, stretch: int) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _toggle_steps(self, shown: bool) -> None:
        self.steps_label.setVisible(shown)
        self.steps_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --- loading -------------------------------------------------------------------

    def show_case(self, reference: str) -> None:
        self.reference = reference
        queries = self._queries
        self._ops.tasks.run(lambda: queries.case_detail(reference), self._show_detail, key="case-detail")

    def clear(self) -> None:
        self.reference, self.detail = None, None
        self.title.setText(translate("CaseView", "No case open"))
        self.tabs.hide()
        self._set_enabled_actions()
        self.detail_shown.emit(None)

    def on_changes(self, changes: Changes) -> None:
        if self.reference is not None and (
            self.reference in changes.case_refs or changes.entities or changes.settings
        ):
            self.show_case(self.reference)

    def _show_detail(self, detail: CaseDetail) -> None:
        if detail.case.reference != self.reference:
            return
        self.detail = detail
        self.tabs.show()
        case, dl = detail.case, detail.deadlines
        self.title.setText(case.reference + "  ·  " + status_label(case.status))
        self.subtitle.setText(case.requester.name + "  ·  " + case.entity.name)
        box = self.deadline_box
        box.set("due", format_date(dl.due, weekday=True))
        box.set(
            "left", days_left_text(detail.working_days_left) if case.is_open else status_label(case.status)
        )
        box.set("notice", format_date(dl.extension_notice_by, weekday=True))
        box.set("conservative", format_date(dl.conservative_due, weekday=True))
        box.set("paused", str(detail.paused_days))
        if case.extension is not None:
            box.set(
                "extension",
                translate("CaseView", "notified %1: %2")
                .replace("%1", format_date(case.extension.notified_on))
                .replace("%2", case.extension.reasons),
            )
        else:
            box.set("extension", translate("CaseView", "not extended"))
        steps = [str(i + 1) + ". " + step_text(step) for i, step in enumerate(detail.steps)]
        if detail.profile_differs is not None:
            steps.append(
                translate("CaseView", "With the other holiday profile the case would be due %1.").replace(
                    "%1", format_date(detail.profile_differs.due, weekday=True)
                )
            )
        self.steps_label.setText("\n".join(steps))
        req = self.request_box
        req.set("entity", case.entity.code + " – " + case.entity.name)
        req.set("received", format_date(case.received, weekday=True))
        req.set("channel", channel_label(case.channel))
        req.set("rights", ", ".join(right_label(line.right) for line in case.rights))
        req.set("scope", case.scope)
        req.set("handler", case.handler or translate("CaseView", "nobody yet"))
        if case.identity_checked_on:
            req.set(
                "identity",
                translate("CaseView", "checked %1 (%2)")
                .replace("%1", format_date(case.identity_checked_on))
                .replace("%2", case.identity_method),
            )
        else:
            req.set("identity", translate("CaseView", "not checked"))
        links = [
            '<a href="%1">%1</a> (%2, %3)'.replace("%1", r.reference)
            .replace("%2", format_date(r.received))
            .replace("%3", status_label(r.status))
            for r in detail.related
        ]
        req.set("related", "<br>".join(links) if links else translate("CaseView", "none within 12 months"))
        requester, rep = case.requester, case.representative
        who = self.requester_box
        who.set("name", requester.name)
        who.set("email", requester.email)
        who.set("phone", requester.phone)
        who.set("address", requester.address)
        who.set("language", language_label(case.letter_language))
        who.set("relationship", relationship_label(requester.relationship))
        if rep is not None:
            checked = (
                translate("CaseView", "authority checked")
                if rep.authority_checked
                else translate("CaseView", "authority NOT checked")
            )
            who.set("representative", rep.name + " (" + checked + ")")
        else:
            who.set("representative", "")
        self.rights_model.set_rows(case.rights)
        self.timeline_model.set_rows(timeline_entries(detail))
        self.tabs.setTabText(1, translate("CaseView", "Rights (%1)").replace("%1", str(len(case.rights))))
        self.tabs.setTabText(
            2, translate("CaseView", "Timeline (%1)").replace("%1", str(len(detail.timeline)))
        )
        self._set_enabled_actions()
        self.detail_shown.emit(detail)

    # --- enablement ----------------------------------------------------------------

    def _set_enabled_actions(self) -> None:
        detail = self.detail
        today = self._clock.today()
        case = detail.case if detail is not None else None
        is_open = case is not None and case.is_open
        paused = case is not None and case.open_pause is not None
        why_closed = translate("CaseView", "The case is closed; reopen it first.")
        states = {
            self.act_verify: (is_open, why_closed),
            self.act_pause_identity: (is_open and not paused, ""),
            self.act_pause_clarify: (is_open and not paused, ""),
            self.act_pause_other: (is_open and not paused, ""),
            self.act_resume: (is_open and paused, translate("CaseView", "The case is not paused.")),
            self.act_outcome: (is_open, why_closed),
            self.act_close: (is_open, translate("CaseView", "The case is already closed.")),
            self.act_reopen: (case is not None and not is_open, translate("CaseView", "The case is open.")),
            self.act_assign: (case is not None, ""),
            self.act_note: (case is not None, ""),
            self.act_attach: (case is not None, ""),
            self.act_edit_requester: (case is not None, ""),
        }
        blocker = dlg.extension_blocker(detail, today) if detail is not None else ""
        states[self.act_extend] = (detail is not None and not blocker, blocker)
        for action, (enabled, why) in states.items():
            action.setEnabled(enabled)
            tip = action.text().replace("…", "") if enabled or not why else why
            action.setToolTip(tip)
        self.pause_button.setEnabled(is_open and not paused)
        self.pause_button.setToolTip(
            translate("CaseView", "Pause the deadline while you wait for the requester")
            if is_open and not paused
            else translate("CaseView", "The case is already paused or closed.")
        )

    # --- actions -------------------------------------------------------------------

    def _run(self, fn) -> None:
        self._ops.perform(fn)

    def _open(self, dialog, on_accept) -> None:
        """Window-modal, not blocking: the event loop (and the DB worker's results) keep running."""
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.open()

    def verify_identity(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            dlg.VerifyIdentityDialog(self.detail.case, self._clock.today(), self),
            lambda d: self._run(partial(self._cases.verify_identity, ref, d.method.text(), d.day)),
        )

    def pause(self, reason: PauseReason) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            dlg.PauseDialog(self.detail.case, self._clock.today(), reason, self),
            lambda d: self._run(partial(self._cases.pause, ref, d.chosen_reason, d.day)),
        )

    def resume(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            dlg.ResumeDialog(self.detail.case, self._clock.today(), self),
            lambda d: self._run(partial(self._cases.resume, ref, d.day)),
        )

    def extend(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            dlg.ExtendDialog(self.detail, self._clock.today(), self),
            lambda d: self._run(partial(self._cases.extend, ref, d.reasons.toPlainText(), d.day)),
        )

    def record_outcome(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference

        def accepted(d: dlg.OutcomeDialog) -> None:
            right, outcome, code, day = d.chosen_right, d.chosen_outcome, d.chosen_code, d.day
            grounds = d.grounds.toPlainText()
            self._run(
                lambda: self._cases.record_outcome(ref, right, outcome, grounds=grounds, code=code, on=day)
            )

        self._open(dlg.OutcomeDialog(self.detail.case, self._clock.today(), self), accepted)

    def close_case(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            dlg.CloseDialog(self.detail.case, self._clock.today(), self),
            lambda d: self._run(partial(self._cases.close, ref, d.day)),
        )

    def reopen(self) -> None:
        if self.reference is None:
            return
        ref = self.reference
        self._open(
            dlg.ReopenDialog(self),
            lambda d: self._run(partial(self._cases.reopen, ref, d.reason.toPlainText())),
        )

    def assign_handler(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            dlg.AssignHandlerDialog(self.detail.case.handler, self.handler_name, self),
            lambda d: self._run(partial(self._cases.assign_handler, ref, d.handler.text())),
        )

    def edit_requester(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.case.reference
        self._open(
            EditRequesterDialog(self.detail.case, self),
            lambda d: self._run(
                partial(self._cases.update_requester, ref, d.requester(), d.representative())
            ),
        )

    def add_note(self) -> None:
        if self.reference is None:
            return
        ref = self.reference
        self._open(
            dlg.NoteDialog(self),
            lambda d: self._run(partial(self._cases.add_note, ref, d.text.toPlainText())),
        )

    def add_attachment(self, path: Path | None = None) -> None:
        if self.reference is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, translate("CaseView", "Attach a file to the case"))
            if not chosen:
                return
            path = Path(chosen)
        ref = self.reference
        self._run(lambda: self._cases.add_attachment(ref, path))
