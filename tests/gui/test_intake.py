"""Logging a request by typing into the dialog, and what the register shows afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt

from dsar_desk.domain.vocabulary import Right
from dsar_desk.ui.models.case_table_model import COL_DAYS_LEFT, COL_DUE
from tests.gui.conftest import new_case, register_refs, wait_idle


def test_typed_request_appears_in_the_register_with_its_due_date(qtbot, window) -> None:
    dialog = window.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.save_button.isEnabled()
    assert "required" in dialog.errors["name"].text()

    dialog.entity.setCurrentIndex(dialog.entity.findData("NO1"))
    # Fri 30 Oct 2026: one month later is Mon 30 Nov 2026, a working day in Norway.
    dialog.received.setDate(QDate(2026, 10, 30))
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    qtbot.keyClicks(dialog.email, "kari@example")
    assert "not an e-mail address" in dialog.errors["email"].text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.email, ".no")
    assert not dialog.save_button.isEnabled()  # no right chosen yet
    assert "at least one right" in dialog.errors["right"].text()
    access = dialog.rights[Right.ACCESS]
    qtbot.mouseClick(access, Qt.MouseButton.LeftButton, pos=QPoint(8, access.height() // 2))
    assert dialog.save_button.isEnabled(), {k: v.text() for k, v in dialog.errors.items() if v.text()}
    assert "30 Nov 2026" in dialog.due_label.text()
    assert "One month later" in dialog.steps_label.text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "NO1-2026-0001" in register_refs(window), timeout=5000)
    row = window.register_model.row_of("NO1-2026-0001")
    assert window.register_model.index(row, COL_DUE).data() == "2026-11-30"
    assert "working days" in window.register_model.index(row, COL_DAYS_LEFT).data()
    qtbot.waitUntil(
        lambda: window.case_view.reference == "NO1-2026-0001" and window.case_view.detail is not None
    )
    assert window.case_view.detail.case.requester.email == "kari@example.no"


def test_future_received_date_is_refused_at_the_field(qtbot, window) -> None:
    dialog = window.new_request()
    qtbot.keyClicks(dialog.name, "Ola Nordmann")
    dialog.rights[Right.ERASURE].setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.received.setDate(QDate(2026, 11, 21))
    assert "in the future" in dialog.errors["received"].text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_repeat_request_is_flagged_with_a_link(qtbot, window, entities) -> None:
    earlier = new_case(entities, "Kari Nordmann", date(2026, 6, 1))
    window.register_model.reload()
    wait_idle(qtbot, window)
    dialog = window.new_request()
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    qtbot.waitUntil(lambda: dialog.repeat_label.isVisible(), timeout=3000)
    assert earlier in dialog.repeat_label.text()
    with qtbot.waitSignal(dialog.case_requested) as blocker:
        dialog.repeat_label.linkActivated.emit(earlier)
    assert blocker.args == [earlier]
    dialog.reject()
