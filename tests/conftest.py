"""Shared fixtures: a real SQLite store in tmp_path, a fixed clock, no display needed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.model import Entity
from dsar_desk.domain.vocabulary import Country, HolidayProfile, Language
from dsar_desk.services.desk import Desk, open_desk

TODAY = date(2026, 11, 20)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use Qt fixtures or live under tests/gui are marked `gui`."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 10, 30, tzinfo=UTC))


@pytest.fixture
def desk(tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    opened = open_desk(tmp_path / "store", clock, "tester")
    yield opened
    opened.close()


@pytest.fixture
def entities(desk: Desk) -> Desk:
    """A desk with one entity per country."""
    desk.entities.add(
        Entity(
            "NO1",
            "Nordkapp Inkasso AS",
            Country.NO,
            "923 456 781",
            "Postboks 77\n3301 Hokksund",
            "personvern@nordkapp.example",
            "",
            Language.NB,
            HolidayProfile.STRICT,
        )
    )
    desk.entities.add(Entity("SE1", "Fjordtall Redovisning AB", Country.SE, language=Language.SV))
    desk.entities.add(Entity("FI1", "Fjordtall Oy", Country.FI, language=Language.FI))
    desk.entities.add(Entity("DK1", "Fjordtall ApS", Country.DK, language=Language.DA))
    return desk


@pytest.fixture
def entities_dir(entities: Desk) -> Path:
    """The data folder of the `entities` store, for command-line tests."""
    assert entities.ctx.data_dir is not None
    return entities.ctx.data_dir
