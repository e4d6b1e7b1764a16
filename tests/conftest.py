"""Shared fixtures: a real SQLite store in tmp_path, a fixed clock, no display needed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dsar_desk.credentials.secret_store import InMemorySecretStore
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


class MemoryKeyring:
    """A keyring backend in memory, so no test can reach the real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.store[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        import keyring.errors

        if (service, user) not in self.store:
            raise keyring.errors.PasswordDeleteError(user)
        del self.store[(service, user)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring
    import keyring.backend

    backend_class = type("TestMemoryKeyring", (MemoryKeyring, keyring.backend.KeyringBackend), {})
    previous = keyring.get_keyring()
    backend = backend_class()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def secrets() -> InMemorySecretStore:
    return InMemorySecretStore()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 10, 30, tzinfo=UTC))


@pytest.fixture
def desk(tmp_path: Path, clock: FixedClock, memory_keyring: object) -> Iterator[Desk]:
    # The key goes to the (test's in-memory) OS keyring, so the command line opens the same store.
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
    entities.close()  # release the folder lock: the command line takes it itself
    return entities.ctx.data_dir


_EXIT_STATUS = {"value": 0}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS["value"] = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without interpreter finalisation once Qt has been used.

    PySide6 6.12 on Python 3.11 drops references to None, True and False it never took
    (see dsar_desk/ui/none_guard.py); tearing the interpreter down then frees those
    singletons and aborts the process after every test has passed. Results and reports
    are already written here, so the process ends with pytest's own status.
    """
    import sys

    if "PySide6.QtCore" in sys.modules and sys.version_info < (3, 12):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["value"])
