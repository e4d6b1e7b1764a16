"""Settings: the controller entities, the handler name, pause counting, due-soon threshold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.collation import NameOrder
from dsar_desk.domain.model import Entity
from dsar_desk.domain.vocabulary import Country, HolidayProfile, Language, PauseCounting
from dsar_desk.services.desk import Desk
from dsar_desk.services.settings import Settings
from dsar_desk.ui.dialogs.base import FormDialog
from dsar_desk.ui.dialogs.language_choice import LanguageChoice
from dsar_desk.ui.dialogs.register_tab import RegisterTab
from dsar_desk.ui.labels import language_label
from dsar_desk.ui.models.case_lists import EntityTableModel
from dsar_desk.ui.operations import Operations

translate = QCoreApplication.translate


class EntityDialog(FormDialog):
    """Add or edit one controller entity; the code cannot change once cases use it."""

    def __init__(self, entity: Entity | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Settings", "Edit entity") if entity else translate("Settings", "Add entity"),
            "",
            parent,
        )
        self.code = QLineEdit(entity.code if entity else "")
        self.code.setPlaceholderText(translate("Settings", "e.g. NO1"))
        self.code.setReadOnly(entity is not None)
        self.name = QLineEdit(entity.name if entity else "")
        self.country = QComboBox()
        for country in Country:
            self.country.addItem(country.value, country)
        self.profile = QComboBox()
        self.profile.addItem(
            translate("Settings", "Strict: official public holidays only"), HolidayProfile.STRICT
        )
        self.profile.addItem(
            translate("Settings", "Lenient: also the eves in national statutes"), HolidayProfile.LENIENT
        )
        self.org_number = QLineEdit(entity.org_number if entity else "")
        self.address = QPlainTextEdit(entity.address if entity else "")
        self.address.setFixedHeight(70)
        self.address.setTabChangesFocus(True)
        self.email = QLineEdit(entity.email if entity else "")
        self.dpo = QLineEdit(entity.dpo if entity else "")
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(language_label(language), language)
        if entity is not None:
            self.country.setCurrentIndex(list(Country).index(entity.country))
            self.profile.setCurrentIndex(list(HolidayProfile).index(entity.profile))
            self.language.setCurrentIndex(list(Language).index(entity.language))
        for label, widget in (
            (translate("Settings", "Code"), self.code),
            (translate("Settings", "Legal name"), self.name),
            (translate("Settings", "Country"), self.country),
            (translate("Settings", "Holidays"), self.profile),
            (translate("Settings", "Organisation number"), self.org_number),
            (translate("Settings", "Address"), self.address),
            (translate("Settings", "Privacy e-mail"), self.email),
            (translate("Settings", "Data protection officer"), self.dpo),
            (translate("Settings", "Letter language"), self.language),
        ):
            self.add_row(label, widget)
        self.code.textChanged.connect(self.revalidate)
        self.name.textChanged.connect(self.revalidate)

    def problem(self) -> str:
        code = self.code.text().strip()
        if not code or not code.isalnum() or not 2 <= len(code) <= 10:
            return translate("Settings", "Code: use 2 to 10 letters or digits, for example NO1.")
        if not self.name.text().strip():
            return translate("Settings", "Legal name: the entity's legal name is required.")
        return ""

    def entity(self) -> Entity:
        return Entity(
            code=self.code.text().strip().upper(),
            name=self.name.text(),
            country=Country(self.country.currentData()),
            org_number=self.org_number.text(),
            address=self.address.toPlainText(),
            email=self.email.text().strip(),
            dpo=self.dpo.text(),
            language=Language(self.language.currentData()),
            profile=HolidayProfile(self.profile.currentData()),
        )


class SettingsDialog(QDialog):
    """Signals:
    settings_saved(): the settings were stored.
    """

    settings_saved = Signal()

    def __init__(
        self,
        desk: Desk,
        operations: Operations,
        settings: Settings,
        entities: list[Entity],
        parent=None,
        qsettings: QSettings | None = None,
    ):
        super().__init__(parent)
        self.ui_language = LanguageChoice(qsettings or QSettings())
        self.setWindowTitle(translate("Settings", "Settings"))
        self.resize(720, 460)
        self._desk, self._ops = desk, operations
        tabs = QTabWidget()
        tabs.addTab(self._build_entities(entities), translate("Settings", "Entities"))
        tabs.addTab(self._build_general(settings), translate("Settings", "Handling"))
        self.register_tab = RegisterTab(desk, operations, entities)
        tabs.addTab(self.register_tab, translate("Settings", "Processing register"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        operations.changes_applied.connect(self._on_changes)

    def _build_entities(self, entities: list[Entity]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.entity_model = EntityTableModel(self)
        self.entity_model.set_rows(entities)
        self.entity_table = QTableView()
        self.entity_table.setModel(self.entity_model)
        self.entity_table.verticalHeader().hide()
        self.entity_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.entity_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.entity_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.entity_table.horizontalHeader().setSectionResizeMode(
            EntityTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.entity_table.doubleClicked.connect(lambda _index: self.edit_entity())
        layout.addWidget(self.entity_table)
        row = QHBoxLayout()
        add = QPushButton(translate("Settings", "Add entity…"))
        edit = QPushButton(translate("Settings", "Edit…"))
        add.clicked.connect(self.add_entity)
        edit.clicked.connect(self.edit_entity)
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_general(self, settings: Settings) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.handler_name = QLineEdit(settings.handler_name)
        self.handler_name.setPlaceholderText(
            translate("Settings", "Your name, as it appears in the audit trail")
        )
        self.pause_counting = QComboBox()
        self.pause_counting.addItem(
            translate("Settings", "Exclusive: the day a pause starts is not counted"), PauseCounting.EXCLUSIVE
        )
        self.pause_counting.addItem(
            translate("Settings", "Inclusive: both the first and the last day count"), PauseCounting.INCLUSIVE
        )
        self.pause_counting.setCurrentIndex(list(PauseCounting).index(settings.pause_counting))
        self.soon_days = QSpinBox()
        self.soon_days.setRange(1, 60)
        self.soon_days.setValue(settings.due_soon_days)
        self.soon_days.setSuffix(translate("Settings", " days"))
        self._undue = settings.undue_delay_working_days
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setValue(settings.lock_after_minutes)
        self.lock_minutes.setSuffix(translate("Settings", " min"))
        self.lock_minutes.setToolTip(
            translate("Settings", "The window hides every case behind a lock screen after this idle time")
        )
        self.name_order = QComboBox()
        self.name_order.addItem(
            translate("Settings", "Swedish and Finnish: … X Y Z Å Ä Ö"), NameOrder.SWEDISH_FINNISH
        )
        self.name_order.addItem(
            translate("Settings", "Danish and Norwegian: … X Y Z Æ Ø Å"), NameOrder.DANISH_NORWEGIAN
        )
        self.name_order.setCurrentIndex(self.name_order.findData(settings.name_order))
        self.name_order.setToolTip(translate("Settings", "How the register sorts requester names"))
        form.addRow(translate("Settings", "Handler name"), self.handler_name)
        form.addRow(translate("Settings", "Pause days"), self.pause_counting)
        form.addRow(translate("Settings", "Due soon within"), self.soon_days)
        form.addRow(translate("Settings", "Lock when idle for"), self.lock_minutes)
        form.addRow(translate("Settings", "Name order"), self.name_order)
        form.addRow(translate("Settings", "Language of the window"), self.ui_language)
        return page

    def settings(self) -> Settings:
        return Settings(
            handler_name=self.handler_name.text(),
            pause_counting=PauseCounting(self.pause_counting.currentData()),
            due_soon_days=self.soon_days.value(),
            undue_delay_working_days=self._undue,
            lock_after_minutes=self.lock_minutes.value(),
            name_order=NameOrder(self.name_order.currentData()),
        )

    def save(self) -> None:
        self.ui_language.store()
        settings, desk = self.settings(), self._desk
        self._ops.perform(lambda: desk.update_settings(settings), lambda _changes: self._saved())

    def _saved(self) -> None:
        self.settings_saved.emit()
        self.accept()

    def add_entity(self) -> None:
        dialog = EntityDialog(parent=self)
        if dialog.exec():
            entity, desk = dialog.entity(), self._desk
            self._ops.perform(lambda: desk.entities.add(entity))

    def edit_entity(self) -> None:
        rows = self.entity_table.selectionModel().selectedRows()
        current = self.entity_model.entity_at(rows[0].row()) if rows else None
        if current is None:
            return
        dialog = EntityDialog(current, self)
        if dialog.exec():
            entity, desk = dialog.entity(), self._desk
            self._ops.perform(lambda: desk.entities.update(entity))

    def _on_changes(self, changes) -> None:
        if changes.entities:
            desk = self._desk
            self._ops.tasks.run(desk.entities.list, self._entities_loaded)

    def _entities_loaded(self, entities: list[Entity]) -> None:
        self.entity_model.set_rows(entities)
        self.register_tab.set_entities(entities)
