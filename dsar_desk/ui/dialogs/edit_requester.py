"""Correcting the requester's details and representative after intake (a typo, a new address, rectification)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from dsar_desk.domain.model import Case, Representative, Requester
from dsar_desk.ui.dialogs.base import add_save_cancel, error_label, show_error
from dsar_desk.ui.dialogs.requester_form import RepresentativeFields, RequesterFields

translate = QCoreApplication.translate


class EditRequesterDialog(QDialog):
    """The intake's requester fields, filled in, with the same checks; Save stays off until valid.

    The masked national ID is not offered: it can only be given at intake, and the service
    keeps the stored one.
    """

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit-requester")
        self.setWindowTitle(translate("EditRequester", "Edit requester – %1").replace("%1", case.reference))
        self.original = case.requester
        self.original_representative = case.representative
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "EditRequester",
                "Correct the requester's details. The change, with the old and new values, "
                "is recorded in the audit trail.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = RequesterFields(with_national_id=False)
        self.fields.set_requester(case.requester)
        layout.addWidget(self.fields)
        self.representative_fields = RepresentativeFields()
        self.representative_fields.set_representative(case.representative)
        layout.addWidget(self.representative_fields)
        self.summary = error_label()
        layout.addWidget(self.summary)
        self.buttons, self.save_button = add_save_cancel(self, layout)
        self.fields.changed.connect(self.validate)
        self.representative_fields.changed.connect(self.validate)
        self.setMinimumWidth(480)
        self.validate()

    def validate(self) -> bool:
        valid = all([self.fields.validate(), self.representative_fields.validate()])
        unchanged = (
            valid
            and self.requester() == self.original
            and self.representative() == self.original_representative
        )
        self.save_button.setEnabled(valid and not unchanged)
        if not valid:
            show_error(
                self.summary, translate("EditRequester", "Fix the fields marked in red to save the change.")
            )
        else:
            show_error(self.summary, "")
        return valid

    def requester(self) -> Requester:
        return self.fields.requester(national_id_masked=self.original.national_id_masked)

    def representative(self) -> Representative | None:
        return self.representative_fields.representative()

    def accept(self) -> None:
        if self.validate():
            super().accept()
