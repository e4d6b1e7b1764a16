"""Read-side queries the window relies on: counts, the dashboard and paged references."""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Channel, Outcome, PauseReason, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.queries import CaseFilter


def _new(desk: Desk, name: str, received: date, entity: str = "NO1") -> str:
    ref, _ = desk.cases.new_case(
        NewCaseRequest(entity, [Right.ACCESS], Requester(name), Channel.EMAIL, received=received)
    )
    return ref


def test_count_and_dashboard_agree_with_the_register(entities: Desk) -> None:
    overdue = _new(entities, "Kari Nordmann", date(2026, 9, 1))
    soon = _new(entities, "Ola Nordmann", date(2026, 10, 22))
    paused = _new(entities, "Sven Svensson", date(2026, 11, 10), entity="SE1")
    entities.cases.pause(paused, PauseReason.IDENTITY)

    assert entities.queries.count_cases(CaseFilter(status="open")) == 3
    assert entities.queries.count_cases(CaseFilter(status="overdue")) == 1
    board = entities.queries.dashboard()
    assert (board.open, board.overdue, board.due_soon, board.paused, board.extended) == (3, 1, 1, 1, 0)
    assert [s.reference for s in board.next_deadlines] == [overdue, soon]


def test_next_deadlines_leave_out_answered_cases(entities: Desk) -> None:
    answered = _new(entities, "Kari Nordmann", date(2026, 9, 1))
    waiting = _new(entities, "Ola Nordmann", date(2026, 10, 22))
    entities.cases.record_outcome(answered, Right.ACCESS, Outcome.FULFILLED)
    assert [s.reference for s in entities.queries.dashboard().next_deadlines] == [waiting]


def test_references_follow_filter_and_sort(entities: Desk) -> None:
    first = _new(entities, "Anne Berg", date(2026, 11, 2))
    second = _new(entities, "Bjørn Dahl", date(2026, 10, 30))
    by_name = CaseFilter(status="all", sort="requester")
    assert entities.queries.references(by_name) == [first, second]
    assert entities.queries.references(CaseFilter(status="all", sort="received")) == [second, first]
    assert entities.queries.references(CaseFilter(status="all", text="bjørn")) == [second]
