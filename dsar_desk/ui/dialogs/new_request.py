"""Logging a new request: every intake field, checked at the field, with the live deadline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain import model
from dsar_desk.domain.deadlines import compute_deadline, explain_deadline
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import Entity
from dsar_desk.domain.vocabulary import Channel, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.queries import CaseQueries, RelatedCase
from dsar_desk.ui.dialogs.base import add_save_cancel, date_edit, error_label, show_error
from dsar_desk.ui.dialogs.requester_form import (
    RepresentativeFields,
    RequesterFields,
    add_checked_field,
    check_field,
)
from dsar_desk.ui.labels import (
    channel_label,
    format_date,
    pydate,
    right_label,
    status_label,
    step_text,
)
from dsar_desk.ui.tasks import TaskRunner

translate = QCoreApplication.translate

RIGHTS_COLUMN_WIDTH = 240
PREFERRED_WIDTH = 1180


class NewRequestDialog(QDialog):
    """Signals:
    case_requested(str): a link to an earlier request of the same person was followed.
    """

    case_requested = Signal(str)

    def __init__(
        self,
        entities: list[Entity],
        today: date,
        queries: CaseQueries,
        tasks: TaskRunner,
        handler: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewRequest", "New request"))
        self.setObjectName("new-request")
        self._entities = {e.code: e for e in entities}
        self._today, self._queries, self._tasks = today, queries, tasks
        self.errors: dict[str, QLabel] = {}
        self.related: list[RelatedCase] = []
        self._related_timer = QTimer(self)
        self._related_timer.setSingleShot(True)
        self._related_timer.setInterval(250)
        self._related_timer.timeout.connect(self._look_up_related)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_request(entities, handler))
        left.addWidget(self._build_representative())
        left.addStretch(1)
        middle = QVBoxLayout()
        middle.addWidget(self._build_requester())
        middle.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(middle, 5)
        columns.addWidget(self._build_deadline(), 4)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.summary = error_label()
        layout.addWidget(self.summary)
        self.buttons, self.save_button = add_save_cancel(self, layout)
        self.validate()
        # Wide enough for the explanation to read well; never narrower than the layout needs
        # (a fixed minimum width clipped the longer languages).
        self.resize(max(PREFERRED_WIDTH, self.minimumSizeHint().width()), self.minimumSizeHint().height())

    # --- layout ----------------------------------------------------------------------

    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> QWidget:
        return add_checked_field(form, self.errors, key, label, widget)

    def _build_request(self, entities: list[Entity], handler: str) -> QGroupBox:
        box = QGroupBox(translate("NewRequest", "Request"))
        form = QFormLayout(box)
        self.entity = QComboBox()
        for entity in entities:
            self.entity.addItem(entity.code + " – " + entity.name, entity.code)
        self._field(form, "entity", translate("NewRequest", "Entity"), self.entity)
        self.received = date_edit(self._today, date(2018, 5, 25), None)
        self._field(form, "received", translate("NewRequest", "Received"), self.received)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self._field(form, "channel", translate("NewRequest", "Channel"), self.channel)
        rights_box = QWidget()
        grid = QGridLayout(rights_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.rights: dict[Right, QCheckBox] = {}
        for right in Right:
            check = QCheckBox(right_label(right))
            check.setToolTip(right.article)
            check.setObjectName("right-" + right.value)
            self.rights[right] = check
        # Two columns when the labels are short enough; one in languages with long names,
        # so that the dialog still fits a 1280 px screen.
        widest = max(check.sizeHint().width() for check in self.rights.values())
        columns = 2 if widest <= RIGHTS_COLUMN_WIDTH else 1
        for i, check in enumerate(self.rights.values()):
            grid.addWidget(check, i // columns, i % columns)
        self._field(form, "right", translate("NewRequest", "Rights"), rights_box)
        self.scope = QPlainTextEdit()
        self.scope.setPlaceholderText(translate("NewRequest", "What the person asks for, in their words"))
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(64)
        self._field(form, "scope", translate("NewRequest", "Scope"), self.scope)
        self.handler = QLineEdit(handler)
        self._field(form, "handler", translate("NewRequest", "Handler"), self.handler)
        self.entity.currentIndexChanged.connect(self.validate)
        self.received.dateChanged.connect(self.validate)
        self.received.dateChanged.connect(self._related_timer.start)
        for check in self.rights.values():
            check.toggled.connect(self.validate)
        self.scope.textChanged.connect(self.validate)
        self.handler.textChanged.connect(self.validate)
        return box

    def _build_requester(self) -> QGroupBox:
        box = self.requester_fields = RequesterFields(with_national_id=True)
        self.errors.update(box.errors)
        self.name, self.email, self.phone, self.address = box.name, box.email, box.phone, box.address
        self.language, self.relationship = box.language, box.relationship
        assert box.national_id is not None
        self.national_id = box.national_id
        box.changed.connect(self.validate)
        box.identity_changed.connect(self._related_timer.start)
        return box

    def _build_representative(self) -> QGroupBox:
        box = RepresentativeFields()
        self.errors.update(box.errors)
        self.rep_name = box.name
        self.rep_checked = box.checked
        self.representative_fields = box
        box.changed.connect(self.validate)
        return box

    def _build_deadline(self) -> QGroupBox:
        box = QGroupBox(translate("NewRequest", "Deadline"))
        column = QVBoxLayout(box)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        font = self.due_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.due_label.setFont(font)
        self.due_label.setWordWrap(True)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("steps")
        self.steps_label.setWordWrap(True)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.repeat_label = QLabel()
        self.repeat_label.setObjectName("repeat")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet(
            "background: #fdf1d6; color: #4d3600; padding: 6px; border-radius: 3px;"
        )
        self.repeat_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.repeat_label.linkActivated.connect(self.case_requested.emit)
        self.repeat_label.hide()
        for widget in (self.due_label, self.steps_label, self.notice_label, self.repeat_label):
            column.addWidget(widget)
        column.addStretch(1)
        box.setMinimumWidth(260)
        return box

    # --- validation ------------------------------------------------------------------

    def _check(self, key: str, check: Callable[[], object]) -> bool:
        return check_field(self.errors, key, check)

    @property
    def received_on(self) -> date:
        return pydate(self.received.date())

    def chosen_rights(self) -> list[Right]:
        return [right for right, check in self.rights.items() if check.isChecked()]

    def validate(self) -> bool:
        """Check every field where it is; returns whether the request can be saved."""
        checks = [
            self._check("entity", self._check_entity),
            self._check("received", lambda: model.validate_received(self.received_on, self._today)),
            self._check("right", lambda: model.validate_rights(self.chosen_rights())),
            self.requester_fields.validate(),
            self._check("scope", lambda: model.clean_text(self.scope.toPlainText(), "scope")),
            self._check(
                "handler", lambda: model.clean_text(self.handler.text(), "handler", limit=model.MAX_NAME)
            ),
            self.representative_fields.validate(),
        ]
        valid = all(checks)
        self.save_button.setEnabled(valid)
        if valid:
            show_error(self.summary, "")
        else:
            show_error(
                self.summary, translate("NewRequest", "Fix the fields marked in red to save the request.")
            )
        self._update_deadline()
        return valid

    def _check_entity(self) -> None:
        if self.entity.currentData() is None:
            raise ValidationError("entity", "add an entity in Settings first", kind="no-entity")

    def _update_deadline(self) -> None:
        entity = self._entities.get(self.entity.currentData() or "")
        received = self.received_on
        if entity is None or received > self._today:
            self.due_label.setText(translate("NewRequest", "Due date: choose an entity and a received date"))
            self.steps_label.clear()
            self.notice_label.clear()
            return
        deadlines = compute_deadline(received, entity.country, entity.profile)
        steps = explain_deadline(received, entity.country, entity.profile)
        self.due_label.setText(
            translate("NewRequest", "Due %1").replace("%1", format_date(deadlines.due, weekday=True))
        )
        self.steps_label.setText("\n".join(str(i + 1) + ". " + step_text(s) for i, s in enumerate(steps)))
        self.notice_label.setText(
            translate("NewRequest", "An extension or refusal must be notified by %1.").replace(
                "%1", format_date(deadlines.extension_notice_by, weekday=True)
            )
        )

    # --- repeat requests -------------------------------------------------------------

    def _look_up_related(self) -> None:
        name, email, received, queries = self.name.text(), self.email.text(), self.received_on, self._queries
        if not name.strip() and not email.strip():
            self._show_related([])
            return
        self._tasks.run(
            lambda: queries.related_cases(name, email, received), self._show_related, key="related"
        )

    def _show_related(self, related: list[RelatedCase]) -> None:
        self.related = related
        if not related:
            self.repeat_label.hide()
            return
        links = [
            '<a href="%1">%1</a> %2, %3'.replace("%1", r.reference)
            .replace("%2", format_date(r.received))
            .replace("%3", status_label(r.status))
            for r in related
        ]
        intro = translate(
            "NewRequest",
            "Possible repeat request: the same person asked %1 time(s) in the last 12 months "
            "(input to the Art. 12(5) assessment).",
        ).replace("%1", str(len(related)))
        self.repeat_label.setText(intro + "<br>" + "<br>".join(links))
        self.repeat_label.show()

    # --- result ----------------------------------------------------------------------

    def request(self) -> NewCaseRequest:
        return NewCaseRequest(
            entity_code=str(self.entity.currentData()),
            rights=self.chosen_rights(),
            requester=self.requester_fields.requester(),
            channel=Channel(self.channel.currentData()),
            received=self.received_on,
            scope=self.scope.toPlainText(),
            handler=self.handler.text(),
            representative=self.representative_fields.representative(),
        )

    def accept(self) -> None:
        if self.validate():
            super().accept()
