"""The log holds references, actions and error types; never a name, address or number."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from dsar_desk import cli
from dsar_desk.domain.errors import ValidationError
from dsar_desk.logging_setup import close_logging, init_logging, log_file, scrub

NAME, EMAIL, PHONE = "Åse Ødegård", "ase@example.no", "+47 912 34 567"


@pytest.fixture(autouse=True)
def _detach() -> Iterator[None]:
    yield
    close_logging()


def test_scrub_removes_contacts_and_keeps_references_dates_and_hashes() -> None:
    line = f"mail {EMAIL} tel {PHONE} or 070-123 45 67 case NO1-2026-0042 on 2026-11-20 10:30:00 head 0f3a9c"
    cleaned = scrub(line)
    assert EMAIL not in cleaned and "912 34 567" not in cleaned and "070-123" not in cleaned
    assert "NO1-2026-0042" in cleaned and "2026-11-20 10:30:00" in cleaned and "0f3a9c" in cleaned


def test_init_writes_a_rotating_owner_only_file(tmp_path: Path) -> None:
    path = init_logging(tmp_path)
    assert path == log_file(tmp_path) == tmp_path / "logs" / "dsar-desk.log"
    logging.getLogger("dsar_desk.test").info("case %s closed for %s", "NO1-2026-0001", EMAIL)
    text = path.read_text(encoding="utf-8")
    assert "NO1-2026-0001" in text and EMAIL not in text and "[email]" in text
    assert (path.stat().st_mode & 0o777) == 0o600


def test_an_unusable_folder_means_no_log_and_no_console_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert init_logging(blocker / "data") is None
    logging.getLogger("dsar_desk.test").error("boom")
    assert capsys.readouterr().err == ""
    assert init_logging(tmp_path / "missing", create_folder=False) is None
    assert not (tmp_path / "missing").exists()


def test_tracebacks_keep_types_and_frames_but_not_messages(tmp_path: Path) -> None:
    path = init_logging(tmp_path)
    assert path is not None
    try:
        try:
            raise ValidationError("name", f"'{NAME}' is odd")
        except ValidationError as inner:
            raise RuntimeError(f"could not save {EMAIL} {PHONE}") from inner
    except RuntimeError:
        logging.getLogger("dsar_desk.test").exception("failed for case %s", "SE1-2026-0003")
    text = path.read_text(encoding="utf-8")
    assert "dsar_desk.domain.errors.ValidationError (field: name)" in text
    assert "builtins.RuntimeError" in text and "SE1-2026-0003" in text
    assert "test_tracebacks_keep_types_and_frames_but_not_messages" in text
    assert NAME not in text and EMAIL not in text and "912 34 567" not in text


def test_a_cli_session_logs_actions_by_reference_only(
    entities_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(entities_dir)]
    assert (
        cli.run(
            [
                *args,
                "case",
                "new",
                "--entity",
                "NO1",
                "--right",
                "access",
                "--name",
                NAME,
                "--email",
                EMAIL,
                "--phone",
                PHONE,
                "--address",
                "Storgata 1",
                "--scope",
                "Invoices",
                "--received",
                "2026-11-02",
            ]
        )
        == 0
    )
    reference = capsys.readouterr().out.split()[1].rstrip(":")
    assert cli.run([*args, "case", "note", reference, "--text", f"Called {PHONE} about {NAME}"]) == 0
    assert (
        cli.run(
            [
                *args,
                "case",
                "new",
                "--entity",
                "NO1",
                "--right",
                "access",
                "--name",
                NAME,
                "--email",
                f"{NAME}@nowhere",
            ]
        )
        == 2
    )
    assert NAME in capsys.readouterr().err  # the user sees what was wrong ...
    text = log_file(entities_dir).read_text(encoding="utf-8")
    assert f"case.created case={reference}" in text and "case.note-added" in text
    assert "refused case new: ValidationError (field email)" in text
    for secret in (NAME, EMAIL, "912 34 567", "Storgata", "Invoices", "nowhere"):
        assert secret not in text, secret  # ... the log does not


def test_an_unexpected_error_is_one_line_pointing_at_the_log(
    entities_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(_args: object) -> int:
        raise KeyError(f"{NAME} {EMAIL}")

    monkeypatch.setitem(cli.COMMANDS, "case", explode)
    assert cli.run(["--data-dir", str(entities_dir), "case", "list"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "unexpected error (KeyError) in 'case list'" in err[0]
    assert str(log_file(entities_dir)) in err[0] and NAME not in err[0]
    text = log_file(entities_dir).read_text(encoding="utf-8")
    assert "unexpected error in case list" in text and "builtins.KeyError" in text and "explode" in text
    assert NAME not in text and EMAIL not in text


def test_deadline_does_not_create_a_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "never"
    assert cli.run(["--data-dir", str(folder), "deadline", "2026-01-31", "--jurisdiction", "NO"]) == 0
    assert not folder.exists()
    assert (
        cli.run(
            [
                "--data-dir",
                str(folder),
                "deadline",
                "2026-01-31",
                "--jurisdiction",
                "NO",
                "--paused-days",
                "99999999999",
            ]
        )
        == 2
    )
    assert "paused-days" in capsys.readouterr().err
