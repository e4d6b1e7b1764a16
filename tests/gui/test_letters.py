"""Letters from the case view: the dialog with its real PDF preview, the Letters tab, Print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import CaseStatus, Channel, Right
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.letters import LetterDraft
from dsar_desk.ui.dialogs.letter_dialog import LetterDialog
from dsar_desk.ui.letters.printing import paint_pdf


def _case(desk, rights=(Right.ACCESS,), email: str = "kari@example.no") -> str:
    ref, _ = desk.cases.new_case(
        NewCaseRequest(
            "NO1",
            list(rights),
            Requester("Máret Čuoppa", email=email, address="Storgata 1\n9730 Karasjok"),
            Channel.EMAIL,
            received=date(2026, 11, 16),
        )
    )
    return str(ref)


def _open_case(qtbot, window, ref: str):
    window.open_case(ref)
    qtbot.waitUntil(
        lambda: window.case_view.detail is not None and window.case_view.detail.case.reference == ref,
        timeout=5000,
    )
    return window.case_view


def _open_dialog(qtbot, window, ref: str) -> LetterDialog:
    _open_case(qtbot, window, ref)
    window.case_letters.act_letters.trigger()
    dialog = window.case_letters.dialog
    assert isinstance(dialog, LetterDialog)
    qtbot.waitUntil(lambda: dialog.kind.count() > 0, timeout=5000)
    return dialog


def _pick(qtbot, dialog: LetterDialog, kind: LetterKind) -> None:
    dialog.select_kind(kind)
    qtbot.waitUntil(
        lambda: (
            not dialog._timer.isActive()
            and (dialog.current_letter is not None or bool(dialog.problem))
            and (dialog.current_letter is None or dialog.current_letter.kind is kind)
        ),
        timeout=5000,
    )


def test_acknowledgement_previews_then_is_saved_to_the_case(qtbot, window, entities) -> None:
    ref = _case(entities)
    dialog = _open_dialog(qtbot, window, ref)
    assert dialog.language.currentData() == "nb"  # no requester language: the entity's
    assert dialog.kind.currentText().startswith("★")  # what fits the case comes first
    _pick(qtbot, dialog, LetterKind.ACKNOWLEDGEMENT)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert dialog.document.pageCount() >= 1
    assert dialog.preview.currentWidget() is dialog.view
    assert dialog.save_button.isEnabled()

    dialog.save_button.click()
    letters = window.case_letters
    qtbot.waitUntil(lambda: letters.model.rowCount() == 1, timeout=5000)
    timeline = [entry.what for entry in window.case_view.timeline_model.entries()]
    assert "Letter saved" in timeline
    assert letters.model.rows()[0]["kind"] == "acknowledgement"
    assert window.act_print.isEnabled()  # File > Print now prints the saved letter
    dialog.close()


def test_refusal_without_a_refused_outcome_names_what_is_missing(qtbot, window, entities) -> None:
    ref = _case(entities)
    dialog = _open_dialog(qtbot, window, ref)
    _pick(qtbot, dialog, LetterKind.REFUSAL)
    assert dialog.preview.currentWidget() is dialog.message
    assert "outcome" in dialog.message.text()
    assert "grounds" in dialog.message.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    assert window.message_box is None  # inline, not an error box
    dialog.close()


def test_access_facts_are_stored_off_the_ui_thread(qtbot, window, entities) -> None:
    from dsar_desk.domain.register import ProcessingActivity

    entities.register.add(
        "NO1", ProcessingActivity("Kundeforhold", "Avtale", "Art. 6(1)(b)", "Navn, adresse", retention="5 år")
    )
    ref = _case(entities)
    dialog = _open_dialog(qtbot, window, ref)
    _pick(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    assert dialog.facts.activities_box.isVisibleTo(dialog)
    assert dialog.facts.activities.count() == 1
    dialog.facts.activities.item(0).setCheckState(dialog.facts.activities.item(0).checkState().Checked)
    dialog.facts.searched.setPlainText("CRM\nFakturering")
    qtbot.waitUntil(lambda: entities.letters.facts(ref).searched == ("CRM", "Fakturering"), timeout=5000)
    assert len(entities.letters.facts(ref).activities) == 1
    dialog.close()


def test_send_by_email_writes_an_unsent_draft(qtbot, window, entities, tmp_path: Path) -> None:
    ref = _case(entities)
    dialog = _open_dialog(qtbot, window, ref)
    _pick(qtbot, dialog, LetterKind.ACKNOWLEDGEMENT)
    opened: list[QUrl] = []
    dialog.open_url = opened.append
    dialog.send_by_email_to(tmp_path)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    draft = Path(opened[0].toLocalFile())
    assert draft.name == ref + "-acknowledgement.eml"  # reference and kind, never the name
    assert b"X-Unsent: 1" in draft.read_bytes()
    dialog.save_as_to(tmp_path / "copy")
    qtbot.waitUntil(lambda: (tmp_path / "copy.pdf").exists(), timeout=5000)
    dialog.close()


def test_marking_an_identity_request_sent_pauses_the_case(qtbot, window, entities) -> None:
    ref = _case(entities)
    entities.letters.save(ref, LetterDraft(LetterKind.IDENTITY_REQUEST, text="Send en kopi av legitimasjon."))
    view = _open_case(qtbot, window, ref)
    letters = window.case_letters
    qtbot.waitUntil(lambda: letters.model.rowCount() == 1, timeout=5000)
    assert letters.mark_sent_button.isEnabled()
    letters.mark_sent()
    dialog = letters.child_dialog
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.LETTER))
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.case.status is CaseStatus.AWAITING_IDENTITY,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: letters.model.rows()[0]["sent_on"] == date(2026, 11, 20), timeout=5000)
    assert letters.model.rows()[0]["sent_channel"] == "letter"
    assert not letters.mark_sent_button.isEnabled()


def test_print_paints_every_page_at_printer_resolution(qtbot, entities, tmp_path: Path) -> None:
    ref = _case(entities)
    pdf = entities.letters.render(ref, LetterDraft(LetterKind.ACKNOWLEDGEMENT)).pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    pages = paint_pdf(pdf, printer)
    assert pages == len(PdfReader(__import__("io").BytesIO(pdf)).pages) >= 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_register_model_and_tab(qtbot, qtmodeltester, window, entities, tmp_path: Path) -> None:
    from dsar_desk.domain.register import ProcessingActivity

    for name in ("Kundeforhold", "Inkasso"):
        entities.register.add(
            "NO1", ProcessingActivity(name, "Formål", "Art. 6(1)(c)", "Navn", retention="10 år")
        )
    dialog = window.open_settings()
    tab = dialog.register_tab
    tab.entity.setCurrentIndex(tab.entity.findData("NO1"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(tab.model)
    tab.export_to(tmp_path / "register.json")
    qtbot.waitUntil(lambda: (tmp_path / "register.json").exists(), timeout=5000)
    tab.table.selectRow(0)
    tab.delete_activity()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.import_from(tmp_path / "register.json")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    dialog.close()


def test_the_dialog_warns_before_saving_when_the_register_lacks_the_letter_language(
    qtbot, window, entities
) -> None:
    from dsar_desk.domain.register import ProcessingActivity
    from dsar_desk.domain.vocabulary import Outcome

    for name, language in (("Inkasso", "nb"), ("Debt collection", "en")):
        entities.register.add(
            "NO1",
            ProcessingActivity(name, "Formål", "GDPR", "Navn", retention="5 år", language=language, key="c"),
        )
    entities.register.add("NO1", ProcessingActivity("Kundeservice", "Svar", "GDPR", "Navn", retention="90 d"))
    ref = _case(entities)
    entities.cases.record_outcome(ref, Right.ACCESS, Outcome.FULFILLED)
    dialog = _open_dialog(qtbot, window, ref)
    # One row per activity, named in the entity's language, whatever languages the register keeps.
    _pick(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    assert [dialog.facts.activities.item(i).text() for i in range(2)] == ["Inkasso", "Kundeservice"]
    for i in range(2):
        dialog.facts.activities.item(i).setCheckState(dialog.facts.activities.item(i).checkState().Checked)
    dialog.facts.searched.setPlainText("CRM")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(
        lambda: dialog.current_letter is not None and dialog.current_letter.wanted_language == "en",
        timeout=5000,
    )
    letter = dialog.current_letter
    assert letter is not None and letter.language == "nb"
    assert dialog.fallback.isVisibleTo(dialog) and dialog.save_button.isEnabled()
    assert "Kundeservice" in dialog.fallback.text() and "English" in dialog.fallback.text()
    dialog.facts.activities.item(1).setCheckState(dialog.facts.activities.item(1).checkState().Unchecked)
    qtbot.waitUntil(
        lambda: (
            dialog.current_letter is not None
            and dialog.current_letter.language == "en"
            and not dialog._timer.isActive()
        ),
        timeout=5000,
    )
    assert not dialog.fallback.isVisibleTo(dialog)
    dialog.close()


def test_register_tab_filters_by_language_adds_versions_and_shows_completeness(
    qtbot, window, entities
) -> None:
    from dsar_desk.domain.register import ProcessingActivity
    from dsar_desk.ui.dialogs.register_tab import ActivityDialog

    for name, language, key in (("Inkasso", "nb", "collection"), ("Kundeservice", "nb", "service")):
        entities.register.add(
            "NO1",
            ProcessingActivity(name, "Formål", "GDPR", "Navn", retention="5 år", language=language, key=key),
        )
    dialog = window.open_settings()
    tab = dialog.register_tab
    tab.entity.setCurrentIndex(tab.entity.findData("NO1"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and tab.language_code == "nb", timeout=5000)
    assert "Norwegian (Bokmål)" in tab.completeness.text()
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert tab.model.rowCount() == 0
    tab.add_activity()
    added = tab.child_dialog
    assert isinstance(added, ActivityDialog) and added.language == "en"
    added.version_of.setCurrentIndex(added.version_of.findData("collection"))
    added.name.setText("Debt collection")
    for key in ("purposes", "legal_basis", "data_categories", "retention"):
        added.texts[key].setPlainText("x")
    added.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    english = entities.register.list("NO1", "en")
    assert [(a.name, a.key) for a in english] == [("Debt collection", "collection")]
    assert "English is incomplete, missing: Kundeservice" in tab.completeness.text()
    dialog.close()
