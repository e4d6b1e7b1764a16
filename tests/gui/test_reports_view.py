"""The Reports view: KPIs for the chosen month and entity, the chart, refusals, and exports."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.vocabulary import Outcome, Right
from dsar_desk.exports.month import Month
from dsar_desk.services.desk import Desk
from dsar_desk.services.reports import ExportResult, ReportService
from dsar_desk.ui.dialogs.export_dialog import ExportOptions, default_file_name
from dsar_desk.ui.main_window import MainWindow
from dsar_desk.ui.views.kpi_cards import percent
from dsar_desk.ui.views.report_chart import nice_ceiling
from dsar_desk.ui.views.reports_view import ReportsView, fill, last_full_month

from .conftest import make_window, new_case

pytestmark = pytest.mark.gui

OCTOBER = Month(2026, 10)


@pytest.fixture
def store(entities: Desk) -> Desk:
    """Known cases around October 2026 (today is 2026-11-20)."""
    cases = entities.cases
    a = new_case(entities, "Anna Refused", date(2026, 10, 1))
    cases.record_outcome(
        a, Right.ACCESS, Outcome.REFUSED, grounds="Excessive.", code="art-12-5", on=date(2026, 10, 15)
    )
    cases.close(a, on=date(2026, 10, 15))
    b = new_case(entities, "Bo Answered", date(2026, 10, 5), rights=(Right.ERASURE,))
    cases.record_outcome(b, Right.ERASURE, Outcome.FULFILLED, on=date(2026, 10, 20))
    cases.close(b, on=date(2026, 10, 20))
    new_case(entities, "Cilla Open", date(2026, 10, 10), entity="SE1", rights=(Right.ACCESS, Right.ERASURE))
    new_case(entities, "Dag Overdue", date(2026, 9, 1))
    return entities


@pytest.fixture
def window(qtbot, store: Desk, clock: FixedClock, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, store, clock, tmp_path)
    yield win
    win.shutdown()


def show_reports(qtbot, window: MainWindow) -> ReportsView:
    view = window.reports
    with qtbot.waitSignal(view.loaded, timeout=5000):
        window.tabs.setCurrentWidget(view)
    return view


def test_the_view_opens_on_the_last_full_month_with_the_services_figures(qtbot, window, store) -> None:
    view = show_reports(qtbot, window)
    assert view.chosen_month() == OCTOBER == last_full_month(date(2026, 11, 20))
    assert view.chosen_entity() is None
    k = ReportService(store.ctx).month_kpis(OCTOBER).total
    # The known cases, and the service's figures, both on the cards.
    assert (k.received, k.closed, k.refusals, k.open_at_end, k.overdue_at_end) == (3, 2, 1, 2, 1)
    cards = view.cards
    assert cards.figure("received") == "3" == str(k.received)
    assert cards.figure("closed") == "2"
    assert cards.figure("refusals") == "1"
    assert cards.figure("open") == "2"
    assert cards.figure("overdue") == "1"
    assert cards.figure("within-one-month") == percent(k.within_one_month_share) == "100 %"
    assert cards.figure("median-days") == f"{k.median_days_to_respond:g}"
    assert cards.figure("within-three-months") == "–"  # nothing extended was closed
    # The chart holds the 12 months ending with October, rights per month.
    assert [str(p.month) for p in view.chart.points][-1] == "2026-10"
    assert len(view.chart.points) == 12
    assert view.chart.points[-1].received_by_right[Right.ERASURE.value] == 2
    assert "2026-10: 3 received" in view.chart.accessibleDescription()


def test_picking_an_entity_and_a_month_reloads_the_figures(qtbot, window, store) -> None:
    view = show_reports(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.entity.setCurrentIndex(view.entity.findData("NO1"))
    no1 = ReportService(store.ctx).month_kpis(OCTOBER, "NO1").total
    assert view.cards.figure("received") == str(no1.received) == "2"
    assert view.data is not None and view.data.entity == "NO1"
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.month.setCurrentIndex(view.month.findData("2026-09"))
    assert view.cards.figure("received") == "1"  # Dag, received in September
    assert view.cards.figure("closed") == "0"
    assert view.refusals_model.rowCount() == 0 and not view.no_refusals.isHidden()


def test_refusals_by_ground_keep_the_qt_contract(qtbot, qtmodeltester, window) -> None:
    view = show_reports(qtbot, window)
    model = view.refusals_model
    assert model.rowCount() == 1
    assert model.index(0, model.COL_CODE).data() == "art-12-5"
    assert model.index(0, model.COL_CITATION).data() == "GDPR Art. 12(5)"
    assert model.index(0, model.COL_COUNT).data() == "1"
    assert model.index(0, model.COL_COUNT).data(model.SortRole) == 1
    qtmodeltester.check(model)
    model.set_grounds({"art-12-5": 3, "(no code)": 1, "xx-unknown": 2})
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["art-12-5", "–", "xx-unknown"]


def test_export_csv_through_the_view_writes_the_file_and_its_checksum(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    view = show_reports(qtbot, window)
    target = tmp_path / "exports" / "october.csv"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = view.export("csv")
    assert dialog.format.currentData() == "csv" and dialog.delimiter.isEnabled()
    assert dialog.names_warning.isHidden()
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
    with qtbot.waitSignal(view.export_finished, timeout=10000) as finished:
        dialog.accept()
    assert Path(asked[0]).name == "request-log-2026-10.csv"  # no personal data in the name
    result = finished.args[0]
    assert isinstance(result, ExportResult)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"Anna Refused" not in data  # names are left out unless asked for
    digest = hashlib.sha256(data).hexdigest()
    assert result.sha256 == digest
    assert (tmp_path / "exports" / "october.csv.sha256").read_text().split() == [digest, "october.csv"]
    assert view.message_box is not None
    assert digest in view.message_box.text() and str(target) in view.message_box.text()
    assert all(button.isEnabled() for button in view.export_buttons.values())
    view.message_box.close()


def test_cancelling_an_export_leaves_no_file(qtbot, window, tmp_path) -> None:
    view = show_reports(qtbot, window)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "october.xlsx"
    # Hold the single DB worker so the export cannot finish before Cancel is pressed.
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(5))
    job = view.start_export(ExportOptions(OCTOBER, None, "xlsx"), target)
    assert not any(button.isEnabled() for button in view.export_buttons.values())
    cancel = job.progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the dialog's Cancel button
    with qtbot.waitSignal(view.export_finished, timeout=10000) as finished:
        gate.set()
    assert finished.args == [None]
    assert list(folder.iterdir()) == []  # no file, no checksum, no temporary left behind
    assert "cancelled" in view.status.text()
    assert view.message_box is None


def test_names_option_warns_about_personal_data(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    dialog = view.export("pdf")
    assert not dialog.delimiter.isEnabled()
    dialog.include_names.setChecked(True)
    assert not dialog.names_warning.isHidden()
    assert "personal data" in dialog.names_warning.text()
    assert dialog.options() == ExportOptions(OCTOBER, None, "pdf", True, ";")
    dialog.reject()


def test_export_monthly_log_action_opens_the_reports_export(qtbot, window) -> None:
    assert window.act_export.isEnabled()
    window.act_export.trigger()
    view = window.reports
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.data is not None, timeout=5000)
    assert view.export_dialog is not None and view.export_dialog.isVisible()
    assert view.export_dialog.format.currentData() == "xlsx"
    view.export_dialog.reject()


def test_file_names_placeholders_and_axis() -> None:
    assert default_file_name(ExportOptions(OCTOBER, "NO1", "xlsx")) == "request-log-2026-10-NO1.xlsx"
    assert default_file_name(ExportOptions(OCTOBER, None, "pdf")) == "request-log-2026-10.pdf"
    assert fill("%1 and %2", "a%2", "b") == "a%2 and b"
    assert [nice_ceiling(n) for n in (0, 5, 6, 157, 1000, 1001)] == [5, 5, 10, 200, 1000, 2000]
