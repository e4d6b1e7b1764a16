"""The requester's fields, checked where they are: shared by intake and by correcting a case.

The checks are the core's own (`domain.model` validators), so the dialog refuses exactly
what the service would refuse, and says so at the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain import model
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import Representative, Requester
from dsar_desk.domain.vocabulary import Language, Relationship
from dsar_desk.ui.dialogs.base import error_label, show_error
from dsar_desk.ui.error_text import field_error_text
from dsar_desk.ui.labels import language_label, relationship_label

translate = QCoreApplication.translate


def add_checked_field(
    form: QFormLayout, errors: dict[str, QLabel], key: str, label: str, widget: QWidget
) -> QWidget:
    """A form row whose field has its own error line underneath."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    errors[key] = error_label()
    column.addWidget(errors[key])
    form.addRow(label, box)
    return widget


def check_field(errors: dict[str, QLabel], key: str, check: Callable[[], object]) -> bool:
    """Runs a core validator; its message, in the window's words, goes under the field."""
    try:
        check()
    except ValidationError as exc:
        show_error(errors[key], field_error_text(exc))
        return False
    show_error(errors[key], "")
    return True


def _check_name(text: str) -> None:
    if not model.clean_text(text, "name", limit=model.MAX_NAME):
        raise ValidationError("name", "the requester's name is required", kind="required")


class RequesterFields(QGroupBox):
    """Name, contact details, address, letter language, relationship (and, at intake, the ID).

    Signals:
        changed(): a field was edited (for live validation).
        identity_changed(): the name or e-mail changed (for the repeat-request look-up).
    """

    changed = Signal()
    identity_changed = Signal()

    def __init__(self, with_national_id: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(translate("NewRequest", "Requester"), parent)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText("name@example.no")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.language = QComboBox()
        self.language.addItem(translate("NewRequest", "Entity's language"), None)
        for language in Language:
            self.language.addItem(language_label(language), language)
        self.relationship = QComboBox()
        for value in Relationship:
            self.relationship.addItem(relationship_label(value), value)
        self.relationship.setCurrentIndex(list(Relationship).index(Relationship.CUSTOMER))
        add = add_checked_field
        add(form, self.errors, "name", translate("NewRequest", "Name"), self.name)
        add(form, self.errors, "email", translate("NewRequest", "E-mail"), self.email)
        add(form, self.errors, "phone", translate("NewRequest", "Phone"), self.phone)
        add(form, self.errors, "address", translate("NewRequest", "Address"), self.address)
        add(form, self.errors, "language", translate("NewRequest", "Letter language"), self.language)
        add(form, self.errors, "relationship", translate("NewRequest", "Relationship"), self.relationship)
        self.national_id: QLineEdit | None = None
        if with_national_id:
            self.national_id = QLineEdit()
            self.national_id.setPlaceholderText(translate("NewRequest", "Only the last two digits are kept"))
            add(form, self.errors, "national id", translate("NewRequest", "National ID"), self.national_id)
            self.national_id.textChanged.connect(self.changed)
        for edit in (self.name, self.email, self.phone):
            edit.textChanged.connect(self.changed)
        self.address.textChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)
        self.relationship.currentIndexChanged.connect(self.changed)
        self.name.textChanged.connect(self.identity_changed)
        self.email.textChanged.connect(self.identity_changed)

    def set_requester(self, requester: Requester) -> None:
        """Fills the fields; a requester without a language of their own gets the entity's."""
        language = requester.language
        self.name.setText(requester.name)
        self.email.setText(requester.email)
        self.phone.setText(requester.phone)
        self.address.setPlainText(requester.address)
        self.language.setCurrentIndex(0 if language is None else max(self.language.findData(language), 0))
        self.relationship.setCurrentIndex(list(Relationship).index(requester.relationship))

    def validate(self) -> bool:
        """Checks every field where it is; True when all are valid."""
        errors = self.errors
        checks = [
            check_field(errors, "name", lambda: _check_name(self.name.text())),
            check_field(errors, "email", lambda: model.validate_email(self.email.text())),
            check_field(errors, "phone", lambda: model.validate_phone(self.phone.text())),
            check_field(
                errors,
                "address",
                lambda: model.clean_text(self.address.toPlainText(), "address", limit=500),
            ),
        ]
        national_id = self.national_id
        if national_id is not None:
            checks.append(
                check_field(errors, "national id", lambda: model.mask_national_id(national_id.text()))
            )
        return all(checks)

    def requester(self, national_id_masked: str = "") -> Requester:
        if self.national_id is not None:
            national_id_masked = model.mask_national_id(self.national_id.text())
        # Combo data comes back as plain text, not as the enum it was stored as.
        language = self.language.currentData()
        return Requester(
            name=self.name.text(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            address=self.address.toPlainText(),
            language=Language(language) if language else None,
            relationship=Relationship(self.relationship.currentData()),
            national_id_masked=national_id_masked,
        )


class RepresentativeFields(QGroupBox):
    """Someone acting for the requester (a lawyer, a guardian): a name and whether their authority was checked.

    An empty name means no representative. Signals: changed() when a field was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A short title: group box titles never wrap, the explanation below them does.
        super().__init__(translate("NewRequest", "Representative"), parent)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        hint = QLabel(translate("NewRequest", "Only when someone acts for the person."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the palette's muted text
        form.addRow(hint)
        self.name = QLineEdit()
        self.name.setObjectName("representative")
        self.checked = QCheckBox(translate("NewRequest", "Authority to act has been checked"))
        add_checked_field(form, self.errors, "representative", translate("NewRequest", "Name"), self.name)
        form.addRow("", self.checked)
        self.name.textChanged.connect(self.changed)
        self.checked.toggled.connect(self.changed)

    def set_representative(self, representative: Representative | None) -> None:
        self.name.setText(representative.name if representative else "")
        self.checked.setChecked(bool(representative and representative.authority_checked))

    def validate(self) -> bool:
        return check_field(
            self.errors,
            "representative",
            lambda: model.validate_representative(self.representative()),
        )

    def representative(self) -> Representative | None:
        name = self.name.text().strip()
        return Representative(name, self.checked.isChecked()) if name else None
