"""Letters…: choose a kind and language, fill in what the letter needs, see the real PDF.

The preview is the PDF the letter service renders, shown with QtPdf. Facts are stored
and the letter rendered on the DB worker, debounced while the handler types; a letter
that lacks a fact shows what is missing instead of a preview, and cannot be saved.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QCoreApplication, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.errors import DomainError
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.letters.facts import LetterFacts
from dsar_desk.letters.kinds import KINDS, LetterKind
from dsar_desk.letters.templates import LETTER_LANGUAGES
from dsar_desk.services.context import Changes
from dsar_desk.services.files import write_atomic
from dsar_desk.services.letters import LetterDraft, LetterService, RenderedLetter
from dsar_desk.services.queries import CaseDetail
from dsar_desk.services.register import RegisterService
from dsar_desk.ui.labels import language_in_sentence, language_label
from dsar_desk.ui.letters.facts_editor import FactsEditor
from dsar_desk.ui.letters.labels import kind_label
from dsar_desk.ui.letters.printing import load_pdf, print_letter
from dsar_desk.ui.operations import Operations

translate = QCoreApplication.translate

DEBOUNCE_MS = 350


@dataclass(frozen=True)
class _Preview:
    """What one render job brings back to the UI thread."""

    letter: RenderedLetter | None
    problem: str  # the refusal (a missing fact, a bad value), empty when rendered
    stored: dict[str, Any]  # the facts this job stored ({} when none)
    changes: Changes


def stored_values(facts: LetterFacts) -> dict[str, Any]:
    data = asdict(facts)
    return {
        "activities": list(facts.activities),
        "searched": list(facts.searched),
        "withheld": [dict(item) for item in data["withheld"]],
        "erasure": [dict(item) for item in data["erasure"]],
    }


_mail_folder: Path | None = None


def mail_folder() -> Path:
    """One private temporary folder per run for e-mail drafts (mkdtemp: mode 0700)."""
    global _mail_folder
    if _mail_folder is None or not _mail_folder.is_dir():
        _mail_folder = Path(tempfile.mkdtemp(prefix="dsar-desk-mail-"))
    return _mail_folder


class LetterDialog(QDialog):
    """Signals:
    letter_saved(int): a letter was kept on the case (its id).
    """

    letter_saved = Signal(int)

    def __init__(
        self,
        detail: CaseDetail,
        letters: LetterService,
        register: RegisterService,
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference = detail.case.reference
        self.setWindowTitle(translate("LetterDialog", "Letters – %1").replace("%1", self.reference))
        self._letters, self._register, self._ops = letters, register, operations
        self._has_email = bool(detail.case.requester.email)
        self._default_language = detail.case.letter_language.value
        entity_language = detail.case.entity.language.value
        self._entity_language = "nb" if entity_language == "nn" else entity_language
        self._entity_code = detail.case.entity.code
        self._stored: dict[str, Any] = {}
        self._changes = Changes()
        self._current: RenderedLetter | None = None
        self._saved_id: int | None = None
        self._buffer: QBuffer | None = None
        self.problem = ""
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.child_dialog: QWidget | None = None
        self.resize(1180, 820)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._render_now)
        self.finished.connect(self._publish_changes)
        self._set_ready(False)
        self._load(detail)

    # --- layout --------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox()
        self.language = QComboBox()
        for code in LETTER_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.delivery = QComboBox()
        self.delivery.addItem(translate("LetterDialog", "As the request came in"), None)
        self.delivery.addItem(translate("LetterDialog", "Paper (address for a window envelope)"), True)
        self.delivery.addItem(translate("LetterDialog", "E-mail"), False)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            translate("LetterDialog", "What this letter says about this case only (optional for most kinds)")
        )
        self.text.setMinimumHeight(110)
        self.facts = FactsEditor()
        form = QFormLayout()
        form.addRow(translate("LetterDialog", "Letter"), self.kind)
        form.addRow(translate("LetterDialog", "Language"), self.language)
        form.addRow(translate("LetterDialog", "Delivery"), self.delivery)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(QLabel(translate("LetterDialog", "Case-specific paragraph")))
        column.addWidget(self.text)
        column.addWidget(self.facts)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(400)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel()
        self.message.setObjectName("letterProblem")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setMargin(24)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.view)
        self.preview.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.status = QLabel()
        self.status.setWordWrap(True)
        # Said before Save, Print or Send: the letter is not in the language chosen above.
        self.fallback = QLabel()
        self.fallback.setObjectName("registerFallback")
        self.fallback.setWordWrap(True)
        self.fallback.setStyleSheet(
            "QLabel#registerFallback { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060;"
            " padding: 6px; }"
        )
        self.fallback.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self._button(translate("LetterDialog", "Save to case"), self.save_to_case)
        self.print_button = self._button(translate("LetterDialog", "Print…"), self.print_letter)
        self.save_as_button = self._button(translate("LetterDialog", "Save as…"), self.save_as)
        self.email_button = self._button(translate("LetterDialog", "Send by e-mail…"), self.send_by_email)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.fallback)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self.schedule_render)
        self.delivery.currentIndexChanged.connect(self.schedule_render)
        self.text.textChanged.connect(self.schedule_render)
        self.facts.edited.connect(self.schedule_render)

    def _button(self, text: str, slot) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- loading -------------------------------------------------------------------

    def _load(self, detail: CaseDetail) -> None:
        letters, register, ref = self._letters, self._register, self.reference
        entity = detail.case.entity.code

        def load() -> tuple[tuple[list[LetterKind], list[LetterKind]], LetterFacts, list[ProcessingActivity]]:
            return letters.kinds_for(ref), letters.facts(ref), register.list(entity)

        self.status.setText(translate("LetterDialog", "Loading…"))
        self._ops.tasks.run(load, self._loaded)

    def _say(self, text: str) -> None:
        if shiboken6.isValid(self.status):  # the dialog may have closed meanwhile
            self.status.setText(text)

    def _loaded(self, result) -> None:
        if not shiboken6.isValid(self.status):
            return  # closed while the worker was busy
        (suggested, others), facts, activities = result
        self.kind.blockSignals(True)
        for kind in suggested:
            self.kind.addItem("★ " + kind_label(kind), kind)
        if suggested and others:
            self.kind.insertSeparator(self.kind.count())
        for kind in others:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(0)
        self.kind.blockSignals(False)
        self.kind.setToolTip(translate("LetterDialog", "★ fits the case as it stands now"))
        wanted = "nb" if self._default_language == "nn" else self._default_language
        index = self.language.findData(wanted)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self._stored = stored_values(facts)
        self.facts.fill(facts, activities, self._entity_language)
        self._kind_changed()

    # --- choosing ------------------------------------------------------------------

    def chosen_kind(self) -> LetterKind | None:
        data = self.kind.currentData()
        return LetterKind(data) if data else None

    def select_kind(self, kind: LetterKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def draft(self) -> LetterDraft | None:
        kind = self.chosen_kind()
        if kind is None:
            return None
        return LetterDraft(
            kind, self.language.currentData(), self.text.toPlainText(), self.delivery.currentData()
        )

    def _kind_changed(self, *_args: Any) -> None:
        kind = self.chosen_kind()
        self.facts.show_for(kind)
        needs_text = kind is not None and KINDS[kind].needs_text
        self.text.setPlaceholderText(
            translate("LetterDialog", "Required for this letter: what you ask or explain to the requester")
            if needs_text
            else translate("LetterDialog", "What this letter says about this case only (optional)")
        )
        self.schedule_render()

    # --- rendering -----------------------------------------------------------------

    def schedule_render(self, *_args: Any) -> None:
        self._set_ready(False)
        self._saved_id = None
        self.status.setText(translate("LetterDialog", "Updating the preview…"))
        self._timer.start()

    def _render_now(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        kind = draft.kind
        wanted = self.facts.values(kind)
        changed = {key: value for key, value in wanted.items() if self._stored.get(key) != value}
        letters, ref = self._letters, self.reference

        def job() -> _Preview:
            changes = Changes()
            try:
                if changed:
                    changes = letters.update_facts(ref, **changed)
            except DomainError as exc:
                return _Preview(None, str(exc), {}, Changes())
            try:
                return _Preview(letters.render(ref, draft), "", changed, changes)
            except DomainError as exc:
                return _Preview(None, str(exc), changed, changes)

        self._ops.tasks.run(job, self._show_preview, key="letter-preview:" + ref)

    def _show_preview(self, preview: _Preview) -> None:
        if not shiboken6.isValid(self.status):
            return  # closed while the worker was busy
        self._stored.update(preview.stored)
        self._changes = self._changes | preview.changes
        if self._timer.isActive():
            return  # the handler typed on; a newer preview is coming
        self.problem = preview.problem
        self._current = preview.letter
        self._show_fallback(preview.letter)
        if preview.letter is None:
            self.message.setText(
                "<b>"
                + translate("LetterDialog", "This letter cannot be produced yet.")
                + "</b><br><br>"
                + preview.problem.replace("&", "&amp;").replace("<", "&lt;")
            )
            self.preview.setCurrentWidget(self.message)
            self.status.setText(translate("LetterDialog", "Add what is missing; the preview follows."))
            self._set_ready(False)
            return
        self.document.close()
        old = self._buffer
        self._buffer = load_pdf(preview.letter.pdf, self.document)
        if old is not None:
            old.close()
            old.deleteLater()
        self.preview.setCurrentWidget(self.view)
        self.status.setText(
            translate("LetterDialog", "%1 · %2 · %3 page(s)")
            .replace("%1", preview.letter.file_name)
            .replace("%2", language_label(preview.letter.language))
            .replace("%3", str(self.document.pageCount()))
        )
        self._set_ready(True)

    def _show_fallback(self, letter: RenderedLetter | None) -> None:
        if letter is None or not letter.fell_back:
            self.fallback.hide()
            self.fallback.clear()
            return
        self.fallback.setText(
            translate(
                "LetterDialog",
                "The processing register of %1 has no %2 version of: %3. This letter is therefore written "
                "in %4, the entity's default letter language, so that it does not mix two languages. "
                "Add the missing versions in Settings > Processing register to write it in %2.",
            )
            .replace("%1", self._entity_code)
            .replace("%2", language_in_sentence(letter.wanted_language))
            .replace("%3", ", ".join(letter.missing_in_wanted))
            .replace("%4", language_in_sentence(letter.language))
        )
        self.fallback.show()

    def _set_ready(self, ready: bool) -> None:
        """The buttons act on exactly the letter in the preview, so they wait for it."""
        for button in (self.save_button, self.print_button, self.save_as_button):
            button.setEnabled(ready)
        self.email_button.setEnabled(ready and self._has_email)
        self.email_button.setToolTip(
            ""
            if self._has_email
            else translate("LetterDialog", "The requester has no e-mail address; send this letter by post.")
        )

    @property
    def current_letter(self) -> RenderedLetter | None:
        return self._current

    # --- the buttons ---------------------------------------------------------------

    def save_to_case(self) -> None:
        draft = self.draft()
        if draft is None or self._current is None:
            return
        letters, ref = self._letters, self.reference
        self.save_button.setEnabled(False)
        self._ops.perform(
            lambda: letters.save(ref, draft),
            self._saved,
            on_error=lambda _exc: self.save_button.setEnabled(True),
        )

    def _saved(self, result) -> None:
        if not shiboken6.isValid(self.status):
            return  # closed while the worker was busy
        saved = result[0]
        self._saved_id = saved.id
        self.status.setText(
            translate(
                "LetterDialog",
                "Saved to case %1 as %2. Mark it sent on the case's Letters tab once it is out.",
            )
            .replace("%1", saved.reference)
            .replace("%2", saved.file_name)
        )
        self.letter_saved.emit(saved.id)

    def print_letter(self) -> None:
        if self._current is not None:
            self.child_dialog = print_letter(self._current.pdf, self._current.file_name, self)

    def save_as(self) -> None:
        if self._current is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self._current.file_name)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("LetterDialog", "Save the letter as"),
            suggested,
            translate("LetterDialog", "PDF (*.pdf)"),
        )
        if chosen:
            self.save_as_to(Path(chosen))

    def save_as_to(self, path: Path) -> None:
        letter, saved_id, letters = self._current, self._saved_id, self._letters
        if letter is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def write() -> Path:
            # A saved letter is written from the store (its checksum is checked on the way).
            return letters.export(saved_id, path) if saved_id is not None else write_atomic(path, letter.pdf)

        self._ops.tasks.run(
            write,
            lambda written: self._say(translate("LetterDialog", "Written to %1").replace("%1", str(written))),
        )

    def send_by_email(self) -> None:
        self.send_by_email_to(mail_folder())

    def send_by_email_to(self, folder: Path) -> None:
        letter, saved_id, letters, ref = self._current, self._saved_id, self._letters, self.reference
        if letter is None:
            return

        def write() -> Path:
            if saved_id is not None:
                return letters.write_email_draft(saved_id, folder)
            return letters.write_email_draft_for(ref, letter, folder)

        self._ops.tasks.run(write, self._open_draft)

    def _open_draft(self, path: Path) -> None:
        if not shiboken6.isValid(self.status):
            return  # closed while the worker was busy
        self.last_draft = path
        self.status.setText(
            translate("LetterDialog", "E-mail draft opened in your mail program: check and send it there.")
        )
        self.open_url(QUrl.fromLocalFile(str(path)))

    def _publish_changes(self, _result: int) -> None:
        """Stored facts show on the case's timeline; announce them once, when the dialog closes."""
        self._timer.stop()
        if self._changes.case_refs:
            self._ops.changes_applied.emit(self._changes)
            self._changes = Changes()
