"""Walking a case through its actions from the case view, as a handler would."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from dsar_desk.domain.vocabulary import CaseStatus, Outcome, Right
from dsar_desk.ui.dialogs import case_actions as dlg
from dsar_desk.ui.views.case_view import CaseView
from tests.gui.conftest import new_case


def _open(qtbot, window, ref: str):
    window.open_case(ref)
    qtbot.waitUntil(
        lambda: window.case_view.detail is not None and window.case_view.detail.case.reference == ref,
        timeout=5000,
    )
    return window.case_view


def _status(view: CaseView) -> CaseStatus:
    assert view.detail is not None
    return view.detail.case.status


def test_pause_for_identity_then_resume(qtbot, window, entities) -> None:
    ref = new_case(entities, "Kari Nordmann", date(2026, 11, 2))
    view = _open(qtbot, window, ref)
    assert view.act_resume.isEnabled() is False

    view.act_pause_identity.trigger()
    dialog = view.active_dialog
    assert isinstance(dialog, dlg.PauseDialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _status(view) is CaseStatus.AWAITING_IDENTITY, timeout=5000)
    assert view.act_resume.isEnabled() and not view.pause_button.isEnabled()

    view.act_resume.trigger()
    view.active_dialog.ok_button.click()
    qtbot.waitUntil(lambda: _status(view) is CaseStatus.IN_PROGRESS, timeout=5000)
    whats = [entry.what for entry in view.timeline_model.entries()]
    assert whats[:2] == ["Resumed", "Paused"]


def test_extend_in_time_and_refused_when_too_late(qtbot, window, entities) -> None:
    late = new_case(entities, "Ola Nordmann", date(2026, 9, 1))
    view = _open(qtbot, window, late)
    assert not view.act_extend.isEnabled()
    assert "Too late to extend" in view.act_extend.toolTip()
    assert "Art. 12(3)" in view.act_extend.toolTip()

    # The service refuses too, through the one error path.
    window.ops.perform(lambda: entities.cases.extend(late, "many systems"))
    qtbot.waitUntil(lambda: window.message_box is not None, timeout=5000)
    assert window.message_box.icon() == QMessageBox.Icon.Warning
    assert "too late to extend" in window.message_box.text()
    window.message_box.close()

    fresh = new_case(entities, "Kari Nordmann", date(2026, 11, 2))
    view = _open(qtbot, window, fresh)
    assert view.act_extend.isEnabled()
    view.act_extend.trigger()
    dialog = view.active_dialog
    assert not dialog.ok_button.isEnabled()  # reasons are required
    qtbot.keyClicks(dialog.reasons, "Data spread over five systems")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.detail.case.extension is not None, timeout=5000)
    assert view.detail.deadlines.due == date(2027, 2, 2)
    assert "Already extended" in view.act_extend.toolTip()


def test_refusal_needs_a_ground_and_reasons(qtbot, window, entities) -> None:
    ref = new_case(entities, "Kari Nordmann", date(2026, 11, 2), rights=(Right.ERASURE,))
    view = _open(qtbot, window, ref)
    view.act_outcome.trigger()
    dialog = view.active_dialog
    assert isinstance(dialog, dlg.OutcomeDialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REFUSED))
    assert not dialog.ok_button.isEnabled()
    assert "Legal ground" in dialog.error.text()
    codes = [dialog.code.itemData(i) for i in range(dialog.code.count())]
    assert "art-17-3-b" in codes
    assert all(code == "" or not code.startswith("art-15") for code in codes)
    dialog.code.setCurrentIndex(codes.index("art-17-3-b"))
    assert "Reasons" in dialog.error.text()
    qtbot.keyClicks(dialog.grounds, "Bookkeeping law requires us to keep invoices for five years.")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.detail.case.rights[0].outcome is Outcome.REFUSED, timeout=5000)
    assert view.rights_model.index(0, 1).data() == "Refused"
    assert view.detail.case.rights[0].ground_code == "art-17-3-b"
    assert _status(view) is CaseStatus.RESPONDED


def test_note_handler_close_and_reopen(qtbot, window, entities) -> None:
    ref = new_case(entities, "Kari Nordmann", date(2026, 11, 2))
    entities.cases.record_outcome(ref, Right.ACCESS, Outcome.FULFILLED)
    view = _open(qtbot, window, ref)
    view.act_note.trigger()
    qtbot.keyClicks(view.active_dialog.text, "Called the requester")
    view.active_dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(e.what == "Note" for e in view.timeline_model.entries()), timeout=5000)
    view.act_assign.trigger()
    view.active_dialog.handler.setText("Ingrid")
    view.active_dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.detail.case.handler == "Ingrid", timeout=5000)
    view.act_close.trigger()
    view.active_dialog.ok_button.click()
    qtbot.waitUntil(lambda: _status(view) is CaseStatus.CLOSED, timeout=5000)
    assert view.act_reopen.isEnabled() and not view.act_close.isEnabled()
    view.act_reopen.trigger()
    assert not view.active_dialog.ok_button.isEnabled()
    qtbot.keyClicks(view.active_dialog.reason, "Requester disputes the answer")
    view.active_dialog.ok_button.click()
    qtbot.waitUntil(lambda: _status(view) is CaseStatus.IN_PROGRESS, timeout=5000)


def test_attachment_is_kept_with_its_original_name(qtbot, window, entities, tmp_path) -> None:
    ref = new_case(entities, "Kari Nordmann", date(2026, 11, 2))
    view = _open(qtbot, window, ref)
    source = tmp_path / "signed form.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    view.add_attachment(source)
    qtbot.waitUntil(
        lambda: any(e.detail == "signed form.pdf" for e in view.timeline_model.entries()), timeout=5000
    )
    assert view.detail.attachments[0][1] == "signed form.pdf"
