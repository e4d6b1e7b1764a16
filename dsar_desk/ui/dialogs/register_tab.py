"""Settings > Processing register: each entity's activities, edited and moved as JSON files.

The register is kept per letter language: the language picker filters the table and is the
language of new activities; the line under the table says which languages are complete
(have a version of every activity), since a letter in an incomplete one falls back to the
entity's default letter language.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.model import Entity
from dsar_desk.domain.register import REGISTER_LANGUAGES, ProcessingActivity, missing_by_language
from dsar_desk.services.context import Changes
from dsar_desk.services.desk import Desk
from dsar_desk.ui.dialogs.base import FormDialog
from dsar_desk.ui.labels import language_label
from dsar_desk.ui.models.register_model import RegisterTableModel
from dsar_desk.ui.operations import Operations

translate = QCoreApplication.translate

_FIELDS: tuple[tuple[str, str], ...] = (
    ("purposes", "Purposes"),
    ("legal_basis", "Legal basis"),
    ("data_categories", "Data categories"),
    ("recipients", "Recipients"),
    ("retention", "Retention or criteria"),
    ("source", "Source"),
    ("transfers", "Transfers outside the EEA and safeguards"),
    ("automated_decisions", "Automated decisions"),
)
_REQUIRED = ("purposes", "legal_basis", "data_categories", "retention")


def _field_label(key: str) -> str:
    labels = {
        "purposes": translate("Register", "Purposes"),
        "legal_basis": translate("Register", "Legal basis"),
        "data_categories": translate("Register", "Data categories"),
        "recipients": translate("Register", "Recipients"),
        "retention": translate("Register", "Retention or criteria"),
        "source": translate("Register", "Source"),
        "transfers": translate("Register", "Transfers outside the EEA and safeguards"),
        "automated_decisions": translate("Register", "Automated decisions"),
    }
    return labels[key]


class ActivityDialog(FormDialog):
    """Add or edit one processing activity; the service checks it again on save."""

    def __init__(
        self,
        activity: ProcessingActivity | None = None,
        parent: QWidget | None = None,
        language: str = "",
        others: list[ProcessingActivity] | None = None,
    ) -> None:
        """`language`: of this version; `others`: the versions in other languages it may belong to."""
        super().__init__(
            translate("Register", "Edit processing activity")
            if activity
            else translate("Register", "Add processing activity"),
            translate(
                "Register", "Access responses quote these texts (Art. 15(1)); write them for the requester."
            ),
            parent,
        )
        self.setMinimumWidth(560)
        self.original = activity
        self.language = activity.language if activity else language
        self.add_row(translate("Register", "Language"), QLabel(language_label(self.language)))
        # Links the language versions of one activity: a letter takes the version in its language.
        self.version_of = QComboBox()
        self.version_of.addItem(translate("Register", "A new activity"), "")
        names: dict[str, str] = {}
        for other in others or []:
            if other.language != self.language:
                names.setdefault(other.key, f"{other.name} ({language_label(other.language)})")
        for key, name in names.items():
            self.version_of.addItem(name, key)
        if activity is not None:
            index = self.version_of.findData(activity.key)
            if index < 0:
                self.version_of.addItem(activity.name, activity.key)
                index = self.version_of.count() - 1
            self.version_of.setCurrentIndex(index)
        self.add_row(translate("Register", "Same activity as"), self.version_of)
        self.name = QLineEdit(activity.name if activity else "")
        self.add_row(translate("Register", "Name"), self.name)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, _label in _FIELDS:
            edit = QPlainTextEdit(getattr(activity, key) if activity else "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
            edit.textChanged.connect(self.revalidate)
            self.texts[key] = edit
            self.add_row(_field_label(key), edit)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name.textChanged.connect(self.revalidate)

    def problem(self) -> str:
        if not self.name.text().strip():
            return translate("Register", "Name: give the activity a name, e.g. Customer relationship.")
        for key in _REQUIRED:
            if not self.texts[key].toPlainText().strip():
                return translate("Register", "%1: needed for access responses.").replace(
                    "%1", _field_label(key)
                )
        return ""

    def activity(self) -> ProcessingActivity:
        base = self.original
        return ProcessingActivity(
            name=self.name.text(),
            **{key: edit.toPlainText() for key, edit in self.texts.items()},
            language=self.language,
            key=str(self.version_of.currentData() or ""),
            id=base.id if base else None,
            position=base.position if base else 0,
        )


class RegisterTab(QWidget):
    def __init__(
        self, desk: Desk, operations: Operations, entities: list[Entity], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk, self._ops = desk, operations
        self.child_dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.entity = QComboBox()
        top.addRow(translate("Register", "Entity"), self.entity)
        self.language = QComboBox()
        for code in REGISTER_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setToolTip(
            translate(
                "Register", "Shows the activities in this letter language; new activities are added in it."
            )
        )
        top.addRow(translate("Register", "Letter language"), self.language)
        layout.addLayout(top)
        self._all: list[ProcessingActivity] = []
        self._default_language = ""
        self.model = RegisterTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.completeness = QLabel()
        self.completeness.setObjectName("registerCompleteness")
        self.completeness.setWordWrap(True)
        layout.addWidget(self.completeness)
        row = QHBoxLayout()
        buttons = (
            (translate("Register", "Add…"), self.add_activity),
            (translate("Register", "Edit…"), self.edit_activity),
            (translate("Register", "Delete"), self.delete_activity),
            (translate("Register", "Import…"), self.import_file),
            (translate("Register", "Export…"), self.export_file),
        )
        self.buttons: list[QPushButton] = []
        for index, (text, slot) in enumerate(buttons):
            if index == 3:
                row.addStretch(1)
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(row)
        self.set_entities(entities)
        self.entity.currentIndexChanged.connect(lambda _i: self.reload(entity_changed=True))
        self.language.currentIndexChanged.connect(lambda _i: self._show_language())
        self.reload(entity_changed=True)

    def set_entities(self, entities: list[Entity]) -> None:
        current = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        for entity in entities:
            self.entity.addItem(entity.code + " – " + entity.name, entity.code)
        index = self.entity.findData(current)
        self.entity.setCurrentIndex(max(index, 0))
        self.entity.blockSignals(False)
        for button in self.buttons:
            button.setEnabled(bool(entities))

    @property
    def entity_code(self) -> str | None:
        code = self.entity.currentData()
        return str(code) if code else None

    @property
    def language_code(self) -> str:
        return str(self.language.currentData())

    def reload(self, entity_changed: bool = False) -> None:
        code, register = self.entity_code, self._desk.register
        if code is None:
            self.model.set_rows([])
            return

        def load() -> tuple[str, list[ProcessingActivity], str, bool]:
            return code, register.list(code), register.default_language(code), entity_changed

        self._ops.tasks.run(load, self._show, key="register-tab")

    def _say(self, text: str) -> None:
        if shiboken6.isValid(self.status):  # the dialog may have closed meanwhile
            self.status.setText(text)

    def _show(self, result: tuple[str, list[ProcessingActivity], str, bool]) -> None:
        if not shiboken6.isValid(self.entity):
            return  # the settings were closed while the register was loading
        code, activities, default, entity_changed = result
        if code != self.entity_code:
            return
        self._all, self._default_language = activities, default
        if entity_changed:  # a new entity opens on its default letter language
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(self.language.findData(default), 0))
            self.language.blockSignals(False)
        self._show_language()
        self._show_completeness()

    def _show_language(self) -> None:
        language = self.language_code
        shown = [a for a in self._all if a.language == language]
        self.model.set_rows(shown)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.status.setText(
            translate("Register", "%1 activities in %2")
            .replace("%1", str(len(shown)))
            .replace("%2", language_label(language))
        )

    def _show_completeness(self) -> None:
        gaps = missing_by_language(self._all)
        complete = [language_label(code) for code, missing in gaps.items() if not missing]
        lines = []
        if complete:
            lines.append(translate("Register", "Complete: %1.").replace("%1", ", ".join(complete)))
        for code, missing in gaps.items():
            if missing:
                lines.append(
                    translate(
                        "Register",
                        "%1 is incomplete, missing: %2. Letters in this language that need them are written in %3.",
                    )
                    .replace("%1", language_label(code))
                    .replace("%2", ", ".join(missing))
                    .replace("%3", language_label(self._default_language))
                )
        if not gaps:
            lines.append(translate("Register", "The register is empty."))
        self.completeness.setText("\n".join(lines))

    def selected(self) -> ProcessingActivity | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.activity_at(rows[0].row()) if rows else None

    def _perform(self, fn) -> None:
        self._ops.perform(fn, lambda _result: self.reload())

    def _open(self, dialog: ActivityDialog, on_accept) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept(dialog.activity()))
        self.child_dialog = dialog
        dialog.open()

    def add_activity(self) -> None:
        code, register = self.entity_code, self._desk.register
        if code is not None:
            dialog = ActivityDialog(parent=self, language=self.language_code, others=self._all)
            self._open(dialog, lambda a: self._perform(lambda: register.add(code, a)))

    def edit_activity(self) -> None:
        current, register = self.selected(), self._desk.register
        if current is not None and current.id is not None:
            ident = current.id
            self._open(
                ActivityDialog(current, self, others=self._all),
                lambda a: self._perform(lambda: register.update(ident, a)),
            )

    def delete_activity(self) -> None:
        current, register = self.selected(), self._desk.register
        if current is not None and current.id is not None:
            ident = current.id
            self._perform(lambda: register.delete(ident))

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("Register", "Import a processing register"),
            self._folder(),
            translate("Register", "JSON (*.json)"),
        )
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> None:
        code, register = self.entity_code, self._desk.register
        if code is not None:
            self._perform(lambda: (register.import_file(code, path), Changes(entities=True)))

    def export_file(self) -> None:
        code = self.entity_code
        if code is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("Register", "Export the processing register"),
            str(Path(self._folder()) / ("register-" + code + ".json")),
            translate("Register", "JSON (*.json)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        code, register = self.entity_code, self._desk.register
        if code is not None:
            self._ops.tasks.run(
                lambda: register.export_file(code, path),
                lambda count: self._say(
                    translate("Register", "%1 activities written to %2")
                    .replace("%1", str(count))
                    .replace("%2", path.name)
                ),
            )
