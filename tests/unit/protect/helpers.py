"""Small builders shared by the store-protection tests."""

from __future__ import annotations

from sqlmodel import func, select

from dsar_desk.domain.model import Entity, Requester
from dsar_desk.domain.vocabulary import Country, Language, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.storage.tables import CaseRow


def add_entity(desk: Desk) -> None:
    desk.entities.add(Entity("NO1", "Nordkapp Inkasso AS", Country.NO, language=Language.NB))


def new_case(desk: Desk, name: str = "Kari Nordmann") -> str:
    request = NewCaseRequest("NO1", [Right.ACCESS], Requester(name=name, email="kari@example.no"))
    reference, _ = desk.cases.new_case(request)
    return reference


def case_count(desk: Desk) -> int:
    with desk.ctx.reading() as session:
        return int(session.exec(select(func.count()).select_from(CaseRow)).one())
