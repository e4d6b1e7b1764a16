"""Nordic name order: the stored sort key and the register's order by requester."""

from __future__ import annotations

from datetime import date

import pytest

from dsar_desk.domain.collation import NameOrder, name_sort_key
from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Channel, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.queries import CaseFilter

NAMES = ["Åse", "Berg", "Ødegård", "Ærø", "Zorn", "Ähtäri", "Östen", "Yngve", "Über", "Xerxes"]


def _sorted(names: list[str], order: NameOrder) -> list[str]:
    return sorted(names, key=lambda name: name_sort_key(name, order))


def test_danish_and_norwegian_end_with_ae_oe_aa() -> None:
    assert _sorted(NAMES, NameOrder.DANISH_NORWEGIAN) == [
        "Berg", "Xerxes", "Über", "Yngve", "Zorn", "Ähtäri", "Ærø", "Ødegård", "Östen", "Åse",
    ]  # fmt: skip


def test_swedish_and_finnish_end_with_aa_ae_oe() -> None:
    assert _sorted(NAMES, NameOrder.SWEDISH_FINNISH) == [
        "Berg", "Xerxes", "Über", "Yngve", "Zorn", "Åse", "Ähtäri", "Ærø", "Ødegård", "Östen",
    ]  # fmt: skip


@pytest.mark.parametrize("order", list(NameOrder))
def test_other_accents_sort_with_their_base_letter(order: NameOrder) -> None:
    names = ["Ciri", "Čuoppa", "Cecilie", "Émile", "Eva", "Ánde", "Anna", "Ann"]
    assert _sorted(names, order) == ["Ánde", "Ann", "Anna", "Cecilie", "Ciri", "Čuoppa", "Émile", "Eva"]


@pytest.mark.parametrize("order", list(NameOrder))
def test_case_and_spacing_do_not_change_the_primary_order(order: NameOrder) -> None:
    def primary(name: str) -> str:
        return name_sort_key(name, order).split("\x01")[0]

    assert primary("ÅSE  berg") == primary("Åse Berg")
    assert name_sort_key("Berg", order) < name_sort_key("berga", order)
    assert name_sort_key("", order) == ""
    assert name_sort_key("", order) < name_sort_key("A", order)


def test_double_a_is_aa_in_danish_and_norwegian_only() -> None:
    assert _sorted(["Aasen", "Zorn", "Ås"], NameOrder.DANISH_NORWEGIAN) == ["Zorn", "Ås", "Aasen"]
    assert _sorted(["Aasen", "Zorn", "Ås"], NameOrder.SWEDISH_FINNISH) == ["Aasen", "Zorn", "Ås"]


def _new(desk: Desk, name: str) -> str:
    ref, _ = desk.cases.new_case(
        NewCaseRequest("NO1", [Right.ACCESS], Requester(name), Channel.EMAIL, received=date(2026, 11, 2))
    )
    return ref


def _by_name(desk: Desk, descending: bool = False) -> list[str]:
    flt = CaseFilter(status="all", sort="requester", descending=descending)
    summaries = desk.queries.summaries_for(desk.queries.references(flt))
    return [summaries[ref].requester for ref in desk.queries.references(flt)]


def test_register_sorts_requesters_in_the_store_name_order(entities: Desk) -> None:
    for name in ("Åse Lund", "Bjørn Dahl", "Ärla Berg", "Ødegård Kari", "Zorn Anders", "Yrjö Üll"):
        _new(entities, name)
    assert entities.ctx.settings.name_order is NameOrder.SWEDISH_FINNISH  # the default
    expected_sv = ["Bjørn Dahl", "Yrjö Üll", "Zorn Anders", "Åse Lund", "Ärla Berg", "Ødegård Kari"]
    assert _by_name(entities) == expected_sv
    assert _by_name(entities, descending=True) == expected_sv[::-1]

    from dataclasses import replace

    changes = entities.update_settings(replace(entities.ctx.settings, name_order=NameOrder.DANISH_NORWEGIAN))
    assert changes.settings
    expected_da = ["Bjørn Dahl", "Yrjö Üll", "Zorn Anders", "Ärla Berg", "Ødegård Kari", "Åse Lund"]
    assert _by_name(entities) == expected_da


def test_renaming_a_requester_moves_the_case(entities: Desk) -> None:
    ref = _new(entities, "Anne Berg")
    _new(entities, "Bjørn Dahl")
    assert _by_name(entities) == ["Anne Berg", "Bjørn Dahl"]
    entities.cases.update_requester(ref, Requester("Åsa Berg"))
    assert _by_name(entities) == ["Bjørn Dahl", "Åsa Berg"]


def test_an_unknown_name_order_is_refused(entities: Desk) -> None:
    from dataclasses import replace

    from dsar_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="name order"):
        entities.update_settings(replace(entities.ctx.settings, name_order="latin"))  # type: ignore[arg-type]


def test_the_migration_fills_the_key_of_existing_cases(entities: Desk) -> None:
    from alembic import command
    from sqlalchemy import inspect, text

    from dsar_desk.storage.migrate import _config, upgrade_to_head

    ref = _new(entities, "Åse Lund")
    engine = entities.ctx.engine
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    with engine.connect() as conn:
        assert "requester_sort_key" not in {c["name"] for c in inspect(conn).get_columns("dsar_case")}
    assert upgrade_to_head(engine)
    with engine.connect() as conn:
        key = conn.execute(
            text("SELECT requester_sort_key FROM dsar_case WHERE reference = :r"), {"r": ref}
        ).scalar()
    assert key == name_sort_key("Åse Lund", NameOrder.SWEDISH_FINNISH)
