"""The command line over the protected store (in-process, memory keyring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dsar_desk.cli import run


def test_first_use_prints_the_recovery_key_once_and_backups_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "s")]
    assert (
        run([*data, "entity", "add", "--code", "NO1", "--name", "Nordkapp Inkasso AS", "--country", "NO"])
        == 0
    )
    first = capsys.readouterr()
    assert "recovery key is shown only now" in first.err
    assert run([*data, "case", "list", "--json"]) == 0
    assert "recovery key" not in capsys.readouterr().err
    assert run([*data, "backup", "create"]) == 0
    backup = capsys.readouterr().out.split("Backup written: ")[1].strip()
    assert run([*data, "backup", "list"]) == 0
    assert "manual" in capsys.readouterr().out
    assert run([*data, "backup", "restore", backup]) == 0
    assert "kept at" in capsys.readouterr().out
    sheet = tmp_path / "sheet.pdf"
    assert run([*data, "key", "sheet", str(sheet)]) == 0
    assert sheet.read_bytes().startswith(b"%PDF")
    assert run([*data, "key", "rotate"]) == 0
    assert "shown only now" in capsys.readouterr().err
    assert run([*data, "entity", "list"]) == 0
    assert "NO1" in capsys.readouterr().out


def test_locked_store_names_the_holder_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dsar_desk import cli
    from dsar_desk.storage.lock import StoreLock

    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.2)
    (tmp_path / "s").mkdir()
    holder = StoreLock(tmp_path / "s", "anna")
    holder.acquire()
    try:
        assert run(["--data-dir", str(tmp_path / "s"), "case", "list"]) == 2
    finally:
        holder.release()
    assert "in use by anna on" in capsys.readouterr().err


def test_unlock_needs_a_recovery_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(tmp_path / "s"), "unlock"]) == 2
    assert "recovery key" in capsys.readouterr().err


def test_recovery_sheet_holds_the_key_and_no_personal_data(tmp_path: Path) -> None:
    from datetime import date

    from pypdf import PdfReader

    from dsar_desk.credentials.keys import new_key, recovery_key_for
    from dsar_desk.credentials.recovery_sheet import write_recovery_sheet

    key = recovery_key_for(new_key())
    path = write_recovery_sheet(tmp_path / "sheet.pdf", key, date(2026, 11, 20))
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert all(group in text for group in key.split("-"))
    assert reader.metadata is not None and not reader.metadata.get("/Author")


def _recovery_from(err: str) -> str:
    return err.split("shown only now:")[1].split()[0]


def test_unlock_keeps_the_key_in_this_keyring_or_asks_for_a_passphrase(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring,
) -> None:
    import keyring
    import keyring.backends.fail

    data = ["--data-dir", str(tmp_path / "s")]
    assert run([*data, "entity", "add", "--code", "NO1", "--name", "Nordkapp", "--country", "NO"]) == 0
    recovery = _recovery_from(capsys.readouterr().err)
    # A computer with a keyring that does not hold the key: unlock stores it there.
    memory_keyring.store.clear()
    assert run([*data, "unlock", "--recovery-key", recovery.lower().replace("-", " ")]) == 0
    assert "keyring now holds the key" in capsys.readouterr().out
    assert run([*data, "entity", "list"]) == 0
    # A computer without any keyring: the store opens, then a new passphrase protects it.
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    monkeypatch.delenv("DSAR_DESK_NEW_PASSPHRASE", raising=False)
    assert run([*data, "unlock", "--recovery-key", recovery]) == 0
    assert "no keyring here keeps the key" in capsys.readouterr().out
    monkeypatch.setenv("DSAR_DESK_NEW_PASSPHRASE", "fjord tall seventeen lanterns")
    assert run([*data, "unlock", "--recovery-key", recovery]) == 0
    out, err = capsys.readouterr()
    assert "new passphrase protects the store" in out
    new_recovery = _recovery_from(err)
    assert new_recovery != recovery
    monkeypatch.setenv("DSAR_DESK_PASSPHRASE", "fjord tall seventeen lanterns")
    assert run([*data, "entity", "list"]) == 0
    assert "NO1" in capsys.readouterr().out
    # The old recovery key belongs to the old key: it no longer opens the store.
    assert run([*data, "unlock", "--recovery-key", recovery]) == 2
    assert "does not open" in capsys.readouterr().err
