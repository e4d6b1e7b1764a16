"""The letters of the open case: the Letters… action, the Letters tab and File > Print.

`install_letter_actions(window)` wires all of it into the main window, so the shell
itself only calls this once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.vocabulary import Channel
from dsar_desk.services.files import write_atomic
from dsar_desk.services.letters import letter_file_name
from dsar_desk.services.queries import CaseDetail
from dsar_desk.ui.dialogs.base import FormDialog, date_edit
from dsar_desk.ui.dialogs.letter_dialog import LetterDialog, mail_folder
from dsar_desk.ui.labels import format_date, language_label, pydate
from dsar_desk.ui.letters.labels import SENT_CHANNELS, kind_label, sent_channel_label
from dsar_desk.ui.letters.printing import print_letter
from dsar_desk.ui.models.row_model import Column, RowTableModel

translate = QCoreApplication.translate


class SavedLettersModel(RowTableModel):
    """The letters kept on a case (rows are CaseDetail.letters dicts), oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    translate("CaseLetters", "Written"),
                    lambda r: format_date(r["created_at"].date()),
                    lambda r: r["created_at"],
                ),
                Column(translate("CaseLetters", "Letter"), lambda r: kind_label(r["kind"])),
                Column(translate("CaseLetters", "Language"), lambda r: language_label(r["language"])),
                Column(
                    translate("CaseLetters", "Sent"),
                    lambda r: (
                        format_date(r["sent_on"]) + " · " + sent_channel_label(r["sent_channel"])
                        if r["sent_on"]
                        else translate("CaseLetters", "not sent yet")
                    ),
                    lambda r: r["sent_on"] or date.max,
                ),
            ],
            parent,
        )


class MarkSentDialog(FormDialog):
    def __init__(self, kind: str, written: date, today: date, parent: QWidget | None = None) -> None:
        intro = translate("CaseLetters", "When and how did the %1 go out?").replace(
            "%1", kind_label(kind).lower()
        )
        if kind in ("identity-request", "clarification-request"):
            intro += " " + translate("CaseLetters", "The deadline pauses from that day.")
        elif kind == "extension-notice":
            intro += " " + translate("CaseLetters", "The extension takes effect with the notice.")
        super().__init__(translate("CaseLetters", "Mark letter sent"), intro, parent)
        self.on = date_edit(today, written, today)
        self.channel = QComboBox()
        for channel, _word in SENT_CHANNELS:
            self.channel.addItem(sent_channel_label(channel), channel)
        self.add_row(translate("CaseLetters", "Sent on"), self.on)
        self.add_row(translate("CaseLetters", "Sent by"), self.channel)

    @property
    def day(self) -> date:
        return pydate(self.on.date())

    @property
    def chosen_channel(self) -> Channel:
        return Channel(self.channel.currentData())


class CaseLetters(QObject):
    """Owns the letter actions of the case view and File > Print."""

    def __init__(self, window) -> None:
        super().__init__(window)
        # No Python reference back to the window: a cycle would leave the window to the
        # garbage collector, which may run on the DB worker thread and must not free widgets.
        self.desk, self.ops, self.tasks, self.clock = window.desk, window.ops, window.tasks, window.clock
        self.act_print = window.act_print
        self.letters = window.desk.letters
        self.case_view = window.case_view
        self.detail: CaseDetail | None = None
        self.dialog: LetterDialog | None = None
        self.child_dialog: QWidget | None = None
        self.open_url = QDesktopServices.openUrl
        self._build(window)
        self.case_view.detail_shown.connect(self.show_detail)
        self.show_detail(None)

    # --- building ------------------------------------------------------------------

    def _build(self, window) -> None:
        view = self.case_view
        self.act_letters = QAction(translate("CaseLetters", "Letters…"), view)
        self.act_letters.setShortcut(QKeySequence("Ctrl+Shift+L"))  # Ctrl+L locks the window
        self.act_letters.triggered.connect(self.open_dialog)
        button = QToolButton()
        button.setDefaultAction(self.act_letters)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Beside the case's tabs (next to its Letters tab): the action row stays as wide as it was.
        view.tabs.setCornerWidget(button, Qt.Corner.TopRightCorner)
        self.letters_button = button
        bar = window.menuBar()
        menu = QMenu(translate("CaseLetters", "&Case"), bar)
        menu.addAction(self.act_letters)
        menu.addSeparator()
        for action in (
            view.act_verify,
            view.act_resume,
            view.act_extend,
            view.act_outcome,
            view.act_close,
            view.act_reopen,
            view.act_assign,
            view.act_edit_requester,
            view.act_note,
            view.act_attach,
        ):
            menu.addAction(action)
        existing = bar.actions()
        if existing:
            bar.insertMenu(existing[-1], menu)  # before Help, which stays last
        else:
            bar.addMenu(menu)
        self.case_menu = menu

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = SavedLettersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_letter())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.mark_sent_button = QPushButton(translate("CaseLetters", "Mark sent…"))
        self.open_button = QPushButton(translate("CaseLetters", "Open"))
        self.save_as_button = QPushButton(translate("CaseLetters", "Save as…"))
        self.print_button = QPushButton(translate("CaseLetters", "Print…"))
        self.mark_sent_button.clicked.connect(self.mark_sent)
        self.open_button.clicked.connect(self.open_letter)
        self.save_as_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_letter)
        for widget in (self.mark_sent_button, self.open_button, self.save_as_button, self.print_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.tab_index = view.tabs.addTab(page, translate("CaseLetters", "Letters"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        window.act_print.triggered.connect(self.print_letter)

    def _window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    # --- state ---------------------------------------------------------------------

    def show_detail(self, detail: CaseDetail | None) -> None:
        previous = self.selected()
        self.detail = detail
        rows = detail.letters if detail is not None else []
        self.model.set_rows(rows)
        if rows:
            ids = [r["id"] for r in rows]
            keep = previous["id"] if previous is not None and previous["id"] in ids else ids[-1]
            self.table.selectRow(ids.index(keep))
        self.case_view.tabs.setTabText(
            self.tab_index, translate("CaseLetters", "Letters (%1)").replace("%1", str(len(rows)))
        )
        self._enable()

    def _enable(self) -> None:
        has_case = self.detail is not None
        chosen = self.selected()
        self.act_letters.setEnabled(has_case)
        for button in (self.open_button, self.save_as_button, self.print_button):
            button.setEnabled(chosen is not None)
        self.mark_sent_button.setEnabled(chosen is not None and chosen["sent_on"] is None)
        act_print = self.act_print
        act_print.setEnabled(chosen is not None)
        act_print.setToolTip(
            translate("CaseLetters", "Print the selected letter of this case")
            if chosen is not None
            else translate("CaseLetters", "Save a letter on the case to print it")
        )

    def selected(self) -> dict[str, Any] | None:
        """The letter chosen on the Letters tab, else the latest one."""
        rows = self.model.rows()
        if not rows:
            return None
        picked = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[picked[0].row()] if picked else rows[-1]

    def _file_name(self, row: dict[str, Any]) -> str:
        assert self.detail is not None
        return letter_file_name(self.detail.case.reference, row["kind"])

    # --- commands ------------------------------------------------------------------

    def open_dialog(self) -> LetterDialog | None:
        if self.detail is None:
            return None
        desk = self.desk
        dialog = LetterDialog(self.detail, desk.letters, desk.register, self.ops, self._window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def mark_sent(self) -> None:
        row = self.selected()
        if row is None or row["sent_on"] is not None:
            return
        letter_id, letters = row["id"], self.letters
        dialog = MarkSentDialog(row["kind"], row["created_at"].date(), self.clock.today(), self._window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ops = self.ops

        def accepted() -> None:
            day, channel = dialog.day, dialog.chosen_channel
            # Sending an identity request or an extension notice changes the case (pause,
            # extension): the Changes it returns refresh the case, register and dashboard.
            ops.perform(lambda: letters.mark_sent(letter_id, day, channel))

        dialog.accepted.connect(accepted)
        self.child_dialog = dialog
        dialog.open()

    def _run_with_pdf(self, then) -> None:
        row = self.selected()
        if row is None:
            return
        letters, letter_id, name = self.letters, row["id"], self._file_name(row)
        self.tasks.run(lambda: letters.pdf(letter_id), lambda pdf: then(pdf, name))

    def open_letter(self) -> None:
        def show(pdf: bytes, name: str) -> None:
            path = write_atomic(mail_folder() / name, pdf)
            self.last_opened = path
            self.open_url(QUrl.fromLocalFile(str(path)))

        self._run_with_pdf(show)

    def print_letter(self) -> None:
        def printing(pdf: bytes, name: str) -> None:
            self.child_dialog = print_letter(pdf, name, self._window())

        self._run_with_pdf(printing)

    def save_as(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self._window(),
            translate("CaseLetters", "Save the letter as"),
            str(Path(folder) / self._file_name(row)),
            translate("CaseLetters", "PDF (*.pdf)"),
        )
        if chosen:
            self.save_as_to(Path(chosen))

    def save_as_to(self, path: Path) -> None:
        row = self.selected()
        if row is None:
            return
        letters, letter_id = self.letters, row["id"]
        self.tasks.run(lambda: letters.export(letter_id, path))


def install_letter_actions(window) -> CaseLetters:
    """The window keeps the controller (a child QObject); the controller does not keep the window."""
    return CaseLetters(window)
