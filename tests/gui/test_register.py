"""The register: filtering and sorting in the database, the dashboard, every model's contract."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dsar_desk.domain.vocabulary import PauseReason
from dsar_desk.services.context import Changes
from dsar_desk.services.desk import Desk
from dsar_desk.ui.models import case_table_model as m
from dsar_desk.ui.urgency import Urgency, urgency
from tests.gui.conftest import make_window, new_case, register_refs, wait_idle


def _filled(entities: Desk) -> dict[str, str]:
    refs = {
        "overdue": new_case(entities, "Bjørn Dahl", date(2026, 9, 1)),
        "soon": new_case(entities, "Anne Berg", date(2026, 10, 22)),
        "later": new_case(entities, "Cecilie Ask", date(2026, 11, 10), entity="SE1"),
        "paused": new_case(entities, "David Holm", date(2026, 11, 5)),
    }
    entities.cases.pause(refs["paused"], PauseReason.CLARIFICATION)
    return refs


def test_filter_and_sort(qtbot, window, entities) -> None:
    refs = _filled(entities)
    window.register_model.reload()
    qtbot.waitUntil(lambda: len(register_refs(window)) == 4, timeout=5000)
    assert register_refs(window)[0] == refs["overdue"]  # default: by due date

    window.register.table.horizontalHeader().setSortIndicator(m.COL_REQUESTER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: register_refs(window)[0] == refs["soon"], timeout=5000)
    assert register_refs(window) == [refs["soon"], refs["overdue"], refs["later"], refs["paused"]]
    window.register.table.horizontalHeader().setSortIndicator(m.COL_REQUESTER, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: register_refs(window)[0] == refs["paused"], timeout=5000)

    qtbot.keyClicks(window.register.search, "bjø")
    qtbot.waitUntil(lambda: register_refs(window) == [refs["overdue"]], timeout=5000)
    window.register.search.clear()
    qtbot.waitUntil(lambda: len(register_refs(window)) == 4, timeout=5000)

    window.register.entity.setCurrentIndex(window.register.entity.findData("SE1"))
    qtbot.waitUntil(lambda: register_refs(window) == [refs["later"]], timeout=5000)
    window.register.entity.setCurrentIndex(0)

    qtbot.mouseClick(window.register.overdue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register_refs(window) == [refs["overdue"]], timeout=5000)
    row = window.register_model.row_of(refs["overdue"])
    index = window.register_model.index(row, m.COL_DAYS_LEFT)
    assert index.data().startswith("Overdue")  # text, not colour alone
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None

    qtbot.mouseClick(window.register.due_soon, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register_refs(window) == [refs["soon"]], timeout=5000)
    assert not window.register.overdue.isChecked()
    assert window.register.count.text().startswith("1")


def test_dashboard_figures_filter_the_register(qtbot, window, entities) -> None:
    refs = _filled(entities)
    window.changes_applied.emit(Changes())
    qtbot.waitUntil(lambda: window.dashboard.figures["open"].count == 4, timeout=5000)
    assert window.dashboard.figures["overdue"].count == 1
    assert window.dashboard.figures["paused"].count == 1
    next_refs = [s.reference for s in window.dashboard.next_model.rows()]
    assert next_refs[0] == refs["overdue"] and refs["paused"] not in next_refs

    qtbot.mouseClick(window.dashboard.figures["paused"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register_refs(window) == [refs["paused"]], timeout=5000)
    window.dashboard.next_table.clicked.emit(window.dashboard.next_model.index(0, 0))
    qtbot.waitUntil(lambda: window.case_view.reference == refs["overdue"], timeout=5000)


def test_every_model_keeps_the_qt_contract(qtbot, qtmodeltester, window, entities) -> None:
    refs = _filled(entities)
    window.register_model.reload()
    qtbot.waitUntil(lambda: len(register_refs(window)) == 4, timeout=5000)
    qtmodeltester.check(window.register_model)
    window.refresh_dashboard()
    wait_idle(qtbot, window)
    qtmodeltester.check(window.dashboard.next_model)
    window.open_case(refs["paused"])
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=5000)
    qtmodeltester.check(window.case_view.rights_model)
    qtmodeltester.check(window.case_view.timeline_model)
    settings = window.open_settings()
    qtmodeltester.check(settings.entity_model)
    settings.reject()


def test_sort_role_gives_native_values(qtbot, window, entities) -> None:
    _filled(entities)
    window.register_model.reload()
    qtbot.waitUntil(lambda: len(register_refs(window)) == 4, timeout=5000)
    model = window.register_model
    assert isinstance(model.index(0, m.COL_DUE).data(model.SortRole), date)
    assert isinstance(model.index(0, m.COL_DAYS_LEFT).data(model.SortRole), int)
    summary = model.index(0, 0).data(model.RecordRole)
    assert urgency(summary, date(2026, 11, 20), 7) is Urgency.OVERDUE


def test_empty_store_shows_the_welcome(qtbot, desk, clock, tmp_path) -> None:
    window = make_window(qtbot, desk, clock, tmp_path)
    try:
        assert window.stack.currentWidget() is window.empty_state
        assert not window.act_new.isEnabled()
        qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.tabs, timeout=20000)
        qtbot.waitUntil(lambda: window.register_model.rowCount() > 0, timeout=5000)
        assert window.act_new.isEnabled()
    finally:
        window.shutdown()


def test_layout_state_is_remembered(qtbot, window, entities, clock, tmp_path) -> None:
    window.register.table.horizontalHeader().resizeSection(m.COL_REQUESTER, 333)
    window.close()
    again = make_window(qtbot, entities, clock, tmp_path)
    try:
        assert again.register.table.horizontalHeader().sectionSize(m.COL_REQUESTER) == 333
    finally:
        again.shutdown()


def test_pages_are_fetched_ahead_and_old_ones_let_go(qtbot, window, entities, monkeypatch) -> None:
    monkeypatch.setattr(m, "PAGE_SIZE", 2)
    monkeypatch.setattr(m, "MAX_PAGES", 2)
    for day in range(1, 9):
        new_case(entities, f"Person {day}", date(2026, 11, day))
    model = window.register_model
    window.register.table.hide()  # rows are asked for by this test only, not by painting
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 8 and not window.tasks.busy, timeout=5000)
    model.data(model.index(4, m.COL_REQUESTER))  # page 2, and page 3 ahead of the user
    qtbot.waitUntil(lambda: model.is_row_loaded(4) and model.is_row_loaded(6), timeout=5000)
    wait_idle(qtbot, window)
    assert not model.is_row_loaded(0)  # only the two newest pages are kept
    assert model.data(model.index(0, m.COL_REQUESTER)) == m.LOADING
    qtbot.waitUntil(lambda: model.is_row_loaded(0), timeout=5000)
    assert model.data(model.index(0, m.COL_REQUESTER)).startswith("Person")


def test_sorting_by_requester_follows_the_nordic_alphabet(qtbot, window, entities) -> None:
    names = ("Åse Lund", "Zorn Anders", "Ärla Berg", "Bjørn Dahl", "Yrjö Üll")
    refs = {name: new_case(entities, name, date(2026, 11, 2)) for name in names}
    window.register_model.reload()
    qtbot.waitUntil(lambda: len(register_refs(window)) == len(names), timeout=5000)

    window.register.table.horizontalHeader().setSortIndicator(m.COL_REQUESTER, Qt.SortOrder.AscendingOrder)
    # The store's default name order is Swedish/Finnish: ... Y Z Å Ä Ö.
    order = ["Bjørn Dahl", "Yrjö Üll", "Zorn Anders", "Åse Lund", "Ärla Berg"]
    qtbot.waitUntil(lambda: register_refs(window) == [refs[name] for name in order], timeout=5000)
    shown = [window.register_model.index(row, m.COL_REQUESTER).data() for row in range(len(names))]
    assert shown == order


def test_the_name_order_setting_resorts_the_register(qtbot, window, entities) -> None:
    from dsar_desk.domain.collation import NameOrder

    names = ("Åse Lund", "Ärla Berg", "Zorn Anders")
    refs = {name: new_case(entities, name, date(2026, 11, 2)) for name in names}
    window.register.table.horizontalHeader().setSortIndicator(m.COL_REQUESTER, Qt.SortOrder.AscendingOrder)
    sv = [refs[name] for name in ("Zorn Anders", "Åse Lund", "Ärla Berg")]
    qtbot.waitUntil(lambda: register_refs(window) == sv, timeout=5000)

    dialog = window.open_settings()
    assert dialog.name_order.currentData() == NameOrder.SWEDISH_FINNISH
    dialog.name_order.setCurrentIndex(dialog.name_order.findData(NameOrder.DANISH_NORWEGIAN))
    dialog.save()
    da = [refs[name] for name in ("Zorn Anders", "Ärla Berg", "Åse Lund")]
    qtbot.waitUntil(lambda: register_refs(window) == da, timeout=5000)

    dialog = window.open_settings()  # saving another setting keeps the chosen order
    assert dialog.name_order.currentData() == NameOrder.DANISH_NORWEGIAN
    dialog.soon_days.setValue(5)
    dialog.save()
    qtbot.waitUntil(lambda: window.desk.ctx.settings.due_soon_days == 5, timeout=5000)
    assert window.desk.ctx.settings.name_order is NameOrder.DANISH_NORWEGIAN
