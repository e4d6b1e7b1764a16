"""The window fits a 1280×800 screen with a case open, in English and in the pseudo-locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.vocabulary import Right
from dsar_desk.services.desk import Desk
from dsar_desk.ui.i18n import PSEUDO_ENV, install_translator
from dsar_desk.ui.main_window import MainWindow
from dsar_desk.ui.views.flow_layout import FlowLayout
from tests.gui.conftest import make_window, new_case, wait_idle

pytestmark = pytest.mark.gui

SMALL_SCREEN = (1280, 800)


@pytest.fixture(params=["en", "pseudo"])
def language(request, qapp: QApplication, monkeypatch) -> Iterator[str]:
    if request.param == "pseudo":
        monkeypatch.setenv(PSEUDO_ENV, "1")
    install_translator(qapp, "en")
    monkeypatch.delenv(PSEUDO_ENV, raising=False)
    yield request.param
    install_translator(qapp, "en")


def open_busy_case(qtbot, window: MainWindow, desk: Desk) -> str:
    """A case with several rights and a long name: the widest content the case pane shows."""
    ref = new_case(
        desk,
        "Marja-Leena Hämäläinen-Väisänen",
        date(2026, 10, 1),
        "FI1",
        rights=(Right.ACCESS, Right.ERASURE, Right.PORTABILITY, Right.MARKETING_OBJECTION),
    )
    window.open_case(ref)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=5000)
    wait_idle(qtbot, window)
    return ref


def inside(child: QWidget, ancestor: QWidget) -> bool:
    top_left = child.mapTo(ancestor, child.rect().topLeft())
    return ancestor.rect().contains(QRect(top_left, child.size()))


def test_main_window_fits_a_small_screen_with_a_case_open(
    qtbot, language: str, entities: Desk, clock: FixedClock, tmp_path
):
    window = make_window(qtbot, entities, clock, tmp_path)
    try:
        open_busy_case(qtbot, window, entities)
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL_SCREEN[0], (language, hint)
        assert hint.height() <= SMALL_SCREEN[1], (language, hint)
        window.resize(*SMALL_SCREEN)
        qtbot.waitUntil(lambda: window.width() == SMALL_SCREEN[0])
        assert window.height() == SMALL_SCREEN[1]
        # Every case action and every filter is on screen, none cut off at the right edge.
        view = window.case_view
        for button in [*view.action_buttons.values(), view.pause_button]:
            assert button.isVisible() and inside(button, view), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()
        register = window.register
        for widget in (register.search, register.status, register.entity, register.overdue, register.count):
            assert inside(widget, register), widget.objectName()
        # The "%1 cases" label was clipped in the pseudo-locale.
        assert register.count.width() >= register.count.sizeHint().width()
    finally:
        window.shutdown()


def test_flow_layout_wraps_instead_of_widening(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=4)
    buttons = []
    for text in ("Verify identity…", "Record outcome…", "Add attachment…", "Assign handler…"):
        button = QToolButton()
        button.setText(text)
        flow.addWidget(button)
        buttons.append(button)
    widest = max(b.sizeHint().width() for b in buttons)
    one_row = sum(b.sizeHint().width() for b in buttons) + 3 * 4
    assert flow.minimumSize().width() == widest
    assert flow.sizeHint().width() == one_row
    row_height = max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(one_row) == row_height
    assert flow.heightForWidth(widest) == 4 * row_height + 3 * 4
    host.resize(widest, flow.heightForWidth(widest))
    host.show()
    qtbot.waitUntil(lambda: buttons[-1].y() > buttons[0].y())
    assert all(b.x() == 0 for b in buttons)
