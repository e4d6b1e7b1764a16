"""Correcting a requester after intake, from the case view, by typing into the real dialog."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from dsar_desk.domain.vocabulary import Language
from dsar_desk.storage.tables import AuditEventRow
from dsar_desk.ui.dialogs.edit_requester import EditRequesterDialog
from dsar_desk.ui.models import case_table_model as m
from tests.gui.conftest import new_case, wait_idle

pytestmark = pytest.mark.gui


def _open(qtbot, window, ref: str):
    window.open_case(ref)
    qtbot.waitUntil(
        lambda: window.case_view.detail is not None and window.case_view.detail.case.reference == ref,
        timeout=5000,
    )
    wait_idle(qtbot, window)
    return window.case_view


def _register_name(window, ref: str) -> str:
    row = window.register_model.row_of(ref)
    assert row is not None
    return str(window.register_model.index(row, m.COL_REQUESTER).data(Qt.ItemDataRole.DisplayRole))


def test_correct_a_typo_in_the_name_and_add_contact_details(qtbot, window, entities) -> None:
    ref = new_case(entities, "Kari Nordman", date(2026, 11, 2))
    window.register.apply_filter()  # the case was made behind the window's back
    qtbot.waitUntil(lambda: window.register_model.row_of(ref) is not None, timeout=5000)
    view = _open(qtbot, window, ref)
    assert _register_name(window, ref) == "Kari Nordman"
    assert view.act_edit_requester.isEnabled()
    assert view.act_edit_requester in window.case_letters.case_menu.actions()

    view.edit_requester_button.click()
    dialog = view.active_dialog
    assert isinstance(dialog, EditRequesterDialog)
    fields = dialog.fields
    assert fields.name.text() == "Kari Nordman"  # pre-filled
    assert not dialog.save_button.isEnabled()  # nothing changed yet

    fields.name.clear()
    assert not dialog.save_button.isEnabled()
    assert fields.errors["name"].isVisible()  # said at the field
    qtbot.keyClicks(fields.name, "Kari Nordmann")
    qtbot.keyClicks(fields.email, "kari@example")
    assert not dialog.save_button.isEnabled()
    assert "e-mail" in fields.errors["email"].text().lower()
    qtbot.keyClicks(fields.email, ".no")
    qtbot.keyClicks(fields.address, "Storgata 1")
    qtbot.keyClick(fields.address, Qt.Key.Key_Return)
    qtbot.keyClicks(fields.address, "0155 Oslo")
    fields.language.setCurrentIndex(fields.language.findData(Language.NN))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()

    qtbot.waitUntil(lambda: view.subtitle.text().startswith("Kari Nordmann"), timeout=5000)
    qtbot.waitUntil(lambda: _register_name(window, ref) == "Kari Nordmann", timeout=5000)
    box = view.requester_box.values
    assert box["name"].text() == "Kari Nordmann"
    assert box["email"].text() == "kari@example.no"
    assert box["address"].text() == "Storgata 1\n0155 Oslo"
    assert view.detail is not None and view.detail.case.letter_language is Language.NN
    assert "Requester details corrected" in [e.what for e in view.timeline_model.entries()]

    with entities.ctx.reading() as session:
        events = session.exec(
            select(AuditEventRow).where(
                AuditEventRow.case_ref == ref, AuditEventRow.action == "case.requester-updated"
            )
        ).all()
    assert len(events) == 1
    assert events[0].actor == entities.ctx.actor
    changed = json.loads(events[0].payload)["changed"]
    assert any("Kari Nordman" in json.dumps(values) for values in changed.values())


def test_cancel_changes_nothing(qtbot, window, entities) -> None:
    ref = new_case(entities, "Ola Nordmann", date(2026, 11, 2))
    view = _open(qtbot, window, ref)
    view.act_edit_requester.trigger()
    dialog = view.active_dialog
    assert isinstance(dialog, EditRequesterDialog)
    qtbot.keyClicks(dialog.fields.name, " Jr")
    dialog.reject()
    wait_idle(qtbot, window)
    assert entities.queries.case_detail(ref).case.requester.name == "Ola Nordmann"


def test_the_chosen_letter_language_comes_back_as_the_enum(qtbot, window) -> None:
    """Combo data returns as plain text; storing it as a Language used to fail on save."""
    dialog = window.new_request()
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData(Language.SV))
    assert dialog.request().requester.language is Language.SV
    dialog.reject()


def test_add_then_remove_a_representative(qtbot, window, entities) -> None:
    ref = new_case(entities, "Siri Dahl", date(2026, 11, 2))
    view = _open(qtbot, window, ref)
    view.act_edit_requester.trigger()
    dialog = view.active_dialog
    assert isinstance(dialog, EditRequesterDialog)
    reps = dialog.representative_fields
    assert reps.name.text() == "" and not dialog.save_button.isEnabled()
    qtbot.keyClicks(reps.name, "Advokat Berg")
    reps.checked.setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: entities.queries.case_detail(ref).case.representative is not None, timeout=5000)
    wait_idle(qtbot, window)
    case = entities.queries.case_detail(ref).case
    assert case.representative is not None
    assert (case.representative.name, case.representative.authority_checked) == ("Advokat Berg", True)
    assert case.requester.name == "Siri Dahl"

    view.act_edit_requester.trigger()
    dialog = view.active_dialog
    assert isinstance(dialog, EditRequesterDialog)
    assert dialog.representative_fields.name.text() == "Advokat Berg"  # pre-filled
    dialog.representative_fields.name.clear()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: entities.queries.case_detail(ref).case.representative is None, timeout=5000)
    wait_idle(qtbot, window)


def test_the_service_keeps_the_representative_unless_told(entities) -> None:
    from dsar_desk.domain.model import Representative, Requester
    from dsar_desk.domain.vocabulary import Channel, Right
    from dsar_desk.services.cases import NewCaseRequest

    ref, _ = entities.cases.new_case(
        NewCaseRequest(
            "NO1",
            [Right.ACCESS],
            Requester("Per Lie"),
            Channel.LETTER,
            received=date(2026, 11, 2),
            representative=Representative("Verge Hansen", True),
        )
    )
    entities.cases.update_requester(ref, Requester("Per Lie", email="per@example.no"))
    case = entities.queries.case_detail(ref).case
    assert case.representative == Representative("Verge Hansen", True)
    assert case.requester.email == "per@example.no"
    entities.cases.update_requester(ref, Requester("Per Lie"), Representative("  ", True))
    assert entities.queries.case_detail(ref).case.representative is None  # a blank name removes it
