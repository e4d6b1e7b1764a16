"""The main window: a thin shell that wires the views, menus and the DB worker together."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTabWidget

from dsar_desk.domain.clock import Clock
from dsar_desk.domain.model import Entity
from dsar_desk.services.context import Changes
from dsar_desk.services.desk import Desk
from dsar_desk.services.settings import Settings
from dsar_desk.ui.dialogs.about import show_about
from dsar_desk.ui.dialogs.new_request import NewRequestDialog
from dsar_desk.ui.dialogs.settings_dialog import SettingsDialog
from dsar_desk.ui.letters.case_letters import install_letter_actions
from dsar_desk.ui.models.case_table_model import CaseTableModel
from dsar_desk.ui.operations import Operations
from dsar_desk.ui.reports_wiring import install_reports
from dsar_desk.ui.tasks import TaskRunner
from dsar_desk.ui.views.case_view import CaseView
from dsar_desk.ui.views.dashboard_view import DashboardView
from dsar_desk.ui.views.empty_state import EmptyState
from dsar_desk.ui.views.register_view import RegisterView

translate = QCoreApplication.translate

DEMO_CASES_FOR_EMPTY_STORE = 500


class MainWindow(QMainWindow):
    """Signals:
    changes_applied(Changes): re-broadcast of every successful mutation.
    ready(): the first register load has arrived; the window is usable.
    """

    changes_applied = Signal(object)
    ready = Signal()

    def __init__(
        self, desk: Desk, clock: Clock, qsettings: QSettings, settings: Settings, entities: list[Entity]
    ):
        super().__init__()
        self.desk, self.clock, self.qsettings, self.settings = desk, clock, qsettings, settings
        self.entities = entities
        self.tasks = TaskRunner(self)
        self.ops = Operations(self.tasks, self)
        self.setWindowTitle("DSAR Desk")
        self._is_ready = False
        self.message_box: QMessageBox | None = None
        self.new_request_dialog: NewRequestDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._build_views()
        self._build_actions()
        self.case_letters = install_letter_actions(self)
        self.reports = install_reports(self, self.tabs)
        self.tasks.failed.connect(self.show_error)
        self.ops.changes_applied.connect(self.changes_applied.emit)
        self.changes_applied.connect(self.on_changes)
        self.register_model.loaded.connect(self._first_load)
        self._restore_state()
        self._show_entities(entities)
        # The register first: the single worker answers in order, and rows make the window usable.
        self.register.apply_filter()
        self.refresh_dashboard()

    # --- building ------------------------------------------------------------------

    def _build_views(self) -> None:
        soon = self.settings.due_soon_days
        self.register_model = CaseTableModel(self.tasks, self.desk.queries, self.clock, soon, self)
        self.register = RegisterView(self.register_model, soon)
        self.dashboard = DashboardView(self.clock.today(), soon)
        self.case_view = CaseView(
            self.desk.queries, self.desk.cases, self.ops, self.clock, self.settings.handler_name
        )
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("left-splitter")
        self.left.addWidget(self.dashboard)
        self.left.addWidget(self.register)
        self.left.setStretchFactor(1, 1)
        self.left.setSizes([250, 600])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, translate("Main", "&Cases"))
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.tasks.busy_changed.connect(
            lambda busy: self.busy_label.setText(translate("Main", "Working…") if busy else "")
        )
        self.dashboard.filter_requested.connect(self.register.show_status)
        self.dashboard.case_requested.connect(self.open_case)
        self.register.case_activated.connect(self.open_case)
        self.register.current_case_changed.connect(self.case_view.show_case)
        self.case_view.case_requested.connect(self.open_case)
        self.empty_state.create_entity_requested.connect(self.open_settings)
        self.empty_state.demo_requested.connect(self.load_demo_data)

    def _action(self, text: str, shortcut, slot=None, enabled: bool = True, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new = self._action(translate("Main", "&New request…"), std.New, self.new_request)
        self.act_find = self._action(translate("Main", "&Find"), std.Find, self.register.focus_search)
        self.act_print = self._action(
            translate("Main", "&Print…"),
            std.Print,
            enabled=False,
            tip=translate("Main", "Save a letter on the case to print it"),
        )
        self.act_export = self._action(
            translate("Main", "&Export monthly log…"),
            None,
            enabled=False,
            tip=translate("Main", "arrives with reports"),
        )
        self.act_settings = self._action(translate("Main", "&Settings…"), "Ctrl+,", self.open_settings)
        self.act_quit = self._action(translate("Main", "&Quit"), std.Quit, self.close)
        self.act_about = self._action(translate("Main", "&About DSAR Desk"), None, lambda: show_about(self))
        file_menu = self.menuBar().addMenu(translate("Main", "&File"))
        file_menu.addActions([self.act_new, self.act_print, self.act_export])
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = self.menuBar().addMenu(translate("Main", "&Edit"))
        edit_menu.addAction(self.act_find)
        help_menu = self.menuBar().addMenu(translate("Main", "&Help"))
        help_menu.addAction(self.act_about)
        toolbar = self.addToolBar(translate("Main", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.act_new, self.act_find, self.act_print, self.act_export, self.act_settings])

    # --- state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, widget in (("window/main-splitter", self.splitter), ("window/left-splitter", self.left)):
            state = self.qsettings.value(key)
            if isinstance(state, QByteArray):
                widget.restoreState(state)
        header = self.qsettings.value("register/header")
        if isinstance(header, QByteArray):
            self.register.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/main-splitter", self.splitter.saveState())
        self.qsettings.setValue("window/left-splitter", self.left.saveState())
        self.qsettings.setValue("register/header", self.register.table.horizontalHeader().saveState())
        self.qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Finish the DB worker's queue before the store closes."""
        self.tasks.drain()

    # --- refreshing ----------------------------------------------------------------

    def _first_load(self, _count: int) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def refresh_dashboard(self) -> None:
        queries, today = self.desk.queries, self.clock.today()
        self.tasks.run(
            lambda: queries.dashboard(today),
            lambda b: self.dashboard.show_dashboard(b, today),
            key="dash",
            read=True,
        )

    def _show_entities(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.register.set_entities(entities)
        self.stack.setCurrentWidget(self.tabs if entities else self.empty_state)
        self.act_new.setEnabled(bool(entities))

    def on_changes(self, changes: Changes) -> None:
        desk = self.desk
        if changes.entities:
            self.tasks.run(desk.entities.list, self._show_entities)
        if changes.settings:
            self.tasks.run(lambda: desk.ctx.settings, self._apply_settings)
        self.register_model.reload(changes.case_refs)
        self.refresh_dashboard()
        self.case_view.on_changes(changes)

    def _apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.case_view.handler_name = settings.handler_name
        self.register.set_soon_days(settings.due_soon_days)
        self.dashboard.set_soon_days(settings.due_soon_days)
        self.register_model.set_soon_days(settings.due_soon_days)

    # --- commands ------------------------------------------------------------------

    def open_case(self, reference: str) -> None:
        self.register.select_reference(reference)
        self.case_view.show_case(reference)

    def new_request(self) -> NewRequestDialog | None:
        if not self.entities:
            self.open_settings()
            return None
        dialog = NewRequestDialog(
            self.entities, self.clock.today(), self.desk.queries, self.tasks, self.settings.handler_name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_requested.connect(self.open_case)
        dialog.accepted.connect(lambda: self._save_request(dialog.request()))
        self.new_request_dialog = dialog
        dialog.open()
        return dialog

    def _save_request(self, request) -> None:
        cases = self.desk.cases
        self.ops.perform(lambda: cases.new_case(request), lambda result: self.open_case(result[0]))

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.desk, self.ops, self.settings, self.entities, self, self.qsettings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def load_demo_data(self) -> None:
        from dsar_desk.services.demo import generate_demo

        ctx = self.desk.ctx
        self.empty_state.demo_button.setEnabled(False)
        self.ops.perform(
            lambda: (generate_demo(ctx, DEMO_CASES_FOR_EMPTY_STORE, seed=7), Changes(entities=True)),
            on_error=lambda _exc: self.empty_state.demo_button.setEnabled(True),
        )

    def show_error(self, kind: str, message: str) -> None:
        """The one error path: a refused action explains itself; a bug says only where it happened."""
        if kind == "domain":
            box = QMessageBox(
                QMessageBox.Icon.Warning, translate("Main", "Not possible"), message, parent=self
            )
        else:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("Main", "Something went wrong"),
                translate(
                    "Main", "DSAR Desk hit an unexpected error. Nothing was half-saved. Please report this:"
                ),
                parent=self,
            )
            box.setDetailedText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
