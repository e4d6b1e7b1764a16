"""Encryption at rest: key in the keyring or from a passphrase, recovery, conversion."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dsar_desk.credentials import keys as key_module
from dsar_desk.credentials.keys import recovery_key_for
from dsar_desk.credentials.secret_store import InMemorySecretStore
from dsar_desk.services import desk as desk_module
from dsar_desk.services.context import ServiceContext
from dsar_desk.services.desk import open_desk
from dsar_desk.services.entities import EntityService
from dsar_desk.services.queries import CaseFilter
from dsar_desk.services.unlock import NoKeyringError, PassphrasePurpose
from dsar_desk.storage.cipher import FileKind, file_kind
from dsar_desk.storage.engine import DATABASE_FILE, make_engine, sqlite_url
from dsar_desk.storage.errors import KeyMissingError, WrongKeyError
from dsar_desk.storage.migrate import upgrade_to_head
from tests.unit.protect.helpers import add_entity, case_count, new_case


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_module, "DEFAULT_SCRYPT_N", 2**10)


def test_new_store_is_encrypted_and_key_lives_only_in_the_keyring(tmp_path: Path, clock, secrets) -> None:
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    add_entity(desk)
    new_case(desk, "Åse Ødegård")
    assert desk.report.created and desk.report.recovery_key
    desk.close()
    db = tmp_path / "s" / DATABASE_FILE
    assert file_kind(db) is FileKind.ENCRYPTED
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "s").rglob("*") if p.is_file())
    assert "Ødegård".encode() not in raw and b"Kari" not in raw
    (stored,) = secrets.secrets.values()
    assert stored.encode() not in raw and bytes.fromhex(stored) not in raw
    again = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    assert case_count(again) == 1 and again.report.recovery_key is None
    again.close()


def test_moved_store_needs_the_recovery_key_then_remembers_it(tmp_path: Path, clock, secrets) -> None:
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    add_entity(desk)
    new_case(desk)
    recovery = desk.report.recovery_key
    desk.close()
    other_machine = InMemorySecretStore()
    with pytest.raises(KeyMissingError, match="recovery key"):
        open_desk(tmp_path / "s", clock, "tester", secrets=other_machine)
    before = (tmp_path / "s" / DATABASE_FILE).read_bytes()
    with pytest.raises(WrongKeyError, match="not changed"):
        open_desk(
            tmp_path / "s", clock, "t", secrets=other_machine, recovery_key=recovery_key_for(b"\1" * 32)
        )
    assert (tmp_path / "s" / DATABASE_FILE).read_bytes() == before
    unlocked = open_desk(tmp_path / "s", clock, "tester", secrets=other_machine, recovery_key=recovery)
    assert case_count(unlocked) == 1
    unlocked.close()
    open_desk(tmp_path / "s", clock, "tester", secrets=other_machine).close()  # no recovery key needed now


def test_without_keyring_a_passphrase_protects_the_store(tmp_path: Path, clock) -> None:
    no_keyring = InMemorySecretStore(available=False)
    asked: list[PassphrasePurpose] = []

    def provider(purpose: PassphrasePurpose) -> str:
        asked.append(purpose)
        return "fjord and glacier 42"

    with pytest.raises(NoKeyringError, match="passphrase"):
        open_desk(tmp_path / "s", clock, "tester", secrets=no_keyring)
    assert not (tmp_path / "s" / DATABASE_FILE).exists()
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=no_keyring, passphrase=provider)
    add_entity(desk)
    new_case(desk)
    recovery = desk.report.recovery_key
    desk.close()
    kdf = (tmp_path / "s" / (DATABASE_FILE + ".kdf.json")).read_text()
    assert "fjord" not in kdf and '"salt"' in kdf
    assert asked == [PassphrasePurpose.NEW]
    before = (tmp_path / "s" / DATABASE_FILE).read_bytes()
    with pytest.raises(WrongKeyError, match="wrong passphrase"):
        open_desk(tmp_path / "s", clock, "t", secrets=no_keyring, passphrase=lambda _p: "not the right one")
    assert (tmp_path / "s" / DATABASE_FILE).read_bytes() == before
    again = open_desk(tmp_path / "s", clock, "tester", secrets=no_keyring, passphrase=provider)
    assert case_count(again) == 1
    again.close()
    # The recovery key opens it too, and a machine with a keyring keeps the key from then on.
    keyring_here = InMemorySecretStore()
    moved = open_desk(tmp_path / "s", clock, "tester", secrets=keyring_here, recovery_key=recovery)
    assert case_count(moved) == 1
    moved.close()
    last = open_desk(tmp_path / "s", clock, "tester", secrets=keyring_here)
    assert last.report.key_mode.value == "keyring"
    last.close()


def _plain_store(folder: Path, clock) -> Path:
    folder.mkdir(parents=True)
    db = folder / DATABASE_FILE
    engine = make_engine(sqlite_url(db))
    upgrade_to_head(engine)
    ctx = ServiceContext(engine, clock, "legacy", folder)
    from dsar_desk.services.cases import CaseService
    from dsar_desk.services.letters import LetterService
    from dsar_desk.services.queries import CaseQueries
    from dsar_desk.services.register import RegisterService
    from dsar_desk.services.retention import RetentionService
    from dsar_desk.services.suppression import SuppressionService

    legacy = desk_module.Desk(
        ctx,
        EntityService(ctx),
        CaseService(ctx),
        CaseQueries(ctx),
        RetentionService(ctx),
        SuppressionService(ctx),
        LetterService(ctx),
        RegisterService(ctx),
    )
    add_entity(legacy)
    for index in range(5):
        new_case(legacy, f"Person {index}")
    engine.dispose()
    (folder / "backups").mkdir()
    old_backup = folder / "backups" / "pre-migration-20260101T000000.sqlite3"
    sqlite3.connect(db).backup(sqlite3.connect(old_backup))
    return db


def test_plain_store_is_converted_verified_and_its_plain_backups_encrypted(
    tmp_path: Path, clock, secrets
) -> None:
    db = _plain_store(tmp_path / "s", clock)
    assert file_kind(db) is FileKind.PLAIN
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    assert desk.report.converted and desk.report.recovery_key
    assert case_count(desk) == 5
    desk.close()
    assert file_kind(db) is FileKind.ENCRYPTED
    kinds = {p.name.split("-2")[0]: file_kind(p) for p in (tmp_path / "s" / "backups").glob("*.sqlite3")}
    assert kinds["pre-conversion"] is FileKind.ENCRYPTED
    assert all(kind is FileKind.ENCRYPTED for kind in kinds.values()), kinds


def test_interrupted_conversion_leaves_the_original_untouched(
    tmp_path: Path, clock, secrets, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _plain_store(tmp_path / "s", clock)
    rows_before = sqlite3.connect(db).execute("SELECT reference FROM dsar_case ORDER BY 1").fetchall()
    real_copy = desk_module.copy_database  # type: ignore[attr-defined]
    calls = {"n": 0}

    def copy_then_die(source, source_key, target, target_key):
        calls["n"] += 1
        if target == db:
            raise KeyboardInterrupt  # stands in for a crash or power cut mid-copy
        return real_copy(source, source_key, target, target_key)

    monkeypatch.setattr(desk_module, "copy_database", copy_then_die)
    with pytest.raises(KeyboardInterrupt):
        open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    assert file_kind(db) is FileKind.PLAIN
    assert sqlite3.connect(db).execute("SELECT reference FROM dsar_case ORDER BY 1").fetchall() == rows_before
    monkeypatch.setattr(desk_module, "copy_database", real_copy)
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)  # retries with the same key
    assert desk.report.converted and case_count(desk) == 5
    desk.close()
    assert not list((tmp_path / "s").glob(".*.tmp"))


def test_rotation_and_passphrase_change_keep_every_row(tmp_path: Path, clock, secrets) -> None:
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    add_entity(desk)
    refs = [new_case(desk) for _ in range(3)]
    old_recovery = desk.report.recovery_key
    new_recovery = desk.rotate_key()
    assert new_recovery != old_recovery
    assert case_count(desk) == 3
    new_case(desk)
    desk.close()
    with pytest.raises(WrongKeyError):
        open_desk(tmp_path / "s", clock, "t", secrets=InMemorySecretStore(), recovery_key=old_recovery)
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    assert case_count(desk) == 4
    # Backups in the data folder follow the key, so one taken before rotation still restores.
    oldest = desk.list_backups()[-1].path
    desk.restore(oldest)
    assert case_count(desk) == 0
    desk.restore(desk.list_backups()[0].path)  # the safety copy made by that restore
    assert case_count(desk) == 4
    phrase_recovery = desk.change_passphrase("a much longer passphrase")
    desk.close()
    assert (tmp_path / "s" / (DATABASE_FILE + ".kdf.json")).exists()
    reopened = open_desk(
        tmp_path / "s", clock, "tester", secrets=secrets, passphrase=lambda _p: "a much longer passphrase"
    )
    assert reopened.report.key_mode.value == "passphrase"
    assert {r for r in refs} <= set(reopened.queries.references(desk_module_filter()))
    reopened.close()
    assert phrase_recovery


def desk_module_filter() -> CaseFilter:
    return CaseFilter(status="all")


def test_checking_a_recovery_key_reads_only(tmp_path: Path, clock, secrets) -> None:
    from dsar_desk.domain.errors import ValidationError
    from dsar_desk.services.desk import check_recovery_key
    from dsar_desk.storage.errors import StoreError

    with pytest.raises(StoreError, match="no encrypted case store"):
        check_recovery_key(tmp_path / "s", recovery_key_for(b"\1" * 32))
    desk = open_desk(tmp_path / "s", clock, "tester", secrets=secrets)
    recovery = desk.report.recovery_key
    assert recovery is not None
    desk.close()
    db = tmp_path / "s" / DATABASE_FILE
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    with pytest.raises(WrongKeyError, match="does not open"):
        check_recovery_key(tmp_path / "s", recovery_key_for(b"\1" * 32))
    with pytest.raises(ValidationError, match="mistyped"):
        check_recovery_key(tmp_path / "s", ("B" if recovery[0] != "B" else "C") + recovery[1:])
    check_recovery_key(tmp_path / "s", recovery.lower().replace("-", "  "))
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before
