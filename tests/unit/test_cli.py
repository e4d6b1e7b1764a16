"""The command line: JSON shapes, clear refusals with exit status 2, nothing written on refusal."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dsar_desk.cli import run


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    data = str(tmp_path / "store")
    code, _, err = cli(
        capsys,
        "--data-dir",
        data,
        "entity",
        "add",
        "--code",
        "NO1",
        "--name",
        "Nordkapp Inkasso AS",
        "--country",
        "NO",
        "--language",
        "nb",
    )
    assert code == 0, err
    return data


def test_deadline_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "deadline", "2026-01-31", "--jurisdiction", "SE", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["due"], data["extension_notice_by"], data["conservative_due"]) == (
        "2026-03-02",
        "2026-03-02",
        "2026-03-02",
    )
    assert data["steps"][-1] == "due Mon 2 Mar 2026"
    code, out, _ = cli(
        capsys,
        "deadline",
        "2026-01-31",
        "--jurisdiction",
        "SE",
        "--extended",
        "--json",
        "--paused-days",
        "2",
        "--profile",
        "lenient",
    )
    assert json.loads(out)["due"] == "2026-05-04"  # 30 Apr + 2 = Sat 2 May -> Mon 4 May


def test_case_lifecycle_on_the_command_line(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(
        capsys,
        "--data-dir",
        store,
        "case",
        "new",
        "--entity",
        "no1",
        "--right",
        "access",
        "--right",
        "erasure",
        "--name",
        "Ánde Ŧuolla",
        "--email",
        "ande@example.no",
        "--received",
        "2026-10-01",
        "--channel",
        "letter",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    ref = data["reference"]
    assert ref.startswith("NO1-2026-")
    for key in (
        "reference",
        "entity",
        "status",
        "rights",
        "received",
        "due",
        "extension_notice_by",
        "conservative_due",
        "paused_days",
        "extended",
    ):
        assert key in data
    assert data["rights"] == ["access", "erasure"] and data["due"] == "2026-11-02"
    assert (
        cli(capsys, "--data-dir", store, "case", "pause", ref, "--reason", "identity", "--on", "2026-10-02")[
            0
        ]
        == 0
    )
    assert (
        cli(capsys, "--data-dir", store, "case", "verify", ref, "--method", "BankID", "--on", "2026-10-05")[0]
        == 0
    )
    assert (
        cli(
            capsys,
            "--data-dir",
            store,
            "case",
            "extend",
            ref,
            "--reason",
            "Claim file spans 12 creditors",
            "--on",
            "2026-10-20",
        )[0]
        == 0
    )
    code, _, err = cli(
        capsys, "--data-dir", store, "case", "outcome", ref, "--right", "erasure", "--result", "refused"
    )
    assert code == 2 and "grounds" in err and err.count("\n") == 1
    assert (
        cli(
            capsys,
            "--data-dir",
            store,
            "case",
            "outcome",
            ref,
            "--right",
            "erasure",
            "--result",
            "refused",
            "--grounds",
            "Active claim",
            "--code",
            "art-17-3-e",
        )[0]
        == 0
    )
    assert (
        cli(
            capsys, "--data-dir", store, "case", "outcome", ref, "--right", "access", "--result", "fulfilled"
        )[0]
        == 0
    )
    assert cli(capsys, "--data-dir", store, "case", "close", ref)[0] == 0
    code, out, _ = cli(capsys, "--data-dir", store, "case", "show", ref, "--json")
    shown = json.loads(out)
    assert shown["status"] == "closed" and shown["extended"] and shown["paused_days"] == 3
    assert shown["due"] == "2027-01-04"  # 1 Jan + 3 days, Mon 4 Jan
    code, out, _ = cli(capsys, "--data-dir", store, "case", "list", "--status", "all", "--json")
    assert [row["reference"] for row in json.loads(out)] == [ref]
    assert cli(capsys, "--data-dir", store, "audit", "verify")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["case", "new", "--entity", "NO1", "--right", "acces", "--name", "A"], "right"),
        (["case", "new", "--entity", "XX", "--right", "access", "--name", "A"], "entity"),
        (["case", "new", "--entity", "NO1", "--right", "access", "--name", " "], "name"),
        (
            [
                "case",
                "new",
                "--entity",
                "NO1",
                "--right",
                "access",
                "--name",
                "A",
                "--received",
                "2099-01-01",
            ],
            "future",
        ),
        (["case", "new", "--entity", "NO1", "--right", "access", "--name", "A", "--email", "x@"], "email"),
        (["case", "show", "NO1-2026-0404"], "reference"),
        (["case", "extend", "NO1-2026-0404", "--reason", "x"], "reference"),
    ],
)
def test_bad_input_is_refused_with_one_line(
    store: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = cli(capsys, "--data-dir", store, *args)
    assert code == 2
    assert message in err and err.count("\n") == 1
    code, out, _ = cli(capsys, "--data-dir", store, "case", "list", "--status", "all", "--json")
    assert json.loads(out) == []


def test_impossible_date_is_refused_by_the_parser(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(
            [
                "--data-dir",
                store,
                "case",
                "new",
                "--entity",
                "NO1",
                "--right",
                "access",
                "--name",
                "A",
                "--received",
                "2026-02-30",
            ]
        )
    assert exit_info.value.code == 2
    assert "received" in capsys.readouterr().err


def test_late_extension_and_pausing_a_closed_case(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cli(
        capsys,
        "--data-dir",
        store,
        "case",
        "new",
        "--entity",
        "NO1",
        "--right",
        "access",
        "--name",
        "A",
        "--received",
        "2026-01-05",
        "--json",
    )
    ref = json.loads(out)["reference"]
    code, _, err = cli(
        capsys, "--data-dir", store, "case", "extend", ref, "--reason", "x", "--on", "2026-03-01"
    )
    assert code == 2 and "too late" in err
    cli(
        capsys,
        "--data-dir",
        store,
        "case",
        "outcome",
        ref,
        "--right",
        "access",
        "--result",
        "no-data",
        "--on",
        "2026-01-20",
    )
    cli(capsys, "--data-dir", store, "case", "close", ref, "--on", "2026-01-20")
    code, _, err = cli(capsys, "--data-dir", store, "case", "pause", ref, "--reason", "other")
    assert code == 2 and "closed" in err


def test_demo_and_overdue_listing_in_a_real_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A child process cannot see the test's in-memory keyring; a passphrase is the headless path.
    monkeypatch.setenv("DSAR_DESK_PASSPHRASE", "correct horse battery staple")
    data = str(tmp_path / "demo")
    subprocess.run(
        [sys.executable, "-m", "dsar_desk", "--data-dir", data, "demo", "--cases", "300"],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "dsar_desk",
            "--data-dir",
            data,
            "case",
            "list",
            "--status",
            "overdue",
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    rows = json.loads(result.stdout)
    assert rows, "a demo store over 24 months has overdue cases"
    today = date.today().isoformat()
    assert all(row["due"] < today and row["status"] not in ("closed", "responded") for row in rows)
    names = json.loads(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "dsar_desk",
                "--data-dir",
                data,
                "case",
                "list",
                "--status",
                "all",
                "--json",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert {"FI1", "SE1", "NO1"} == {row["entity"] for row in names}
    assert any(ch in "".join(row["requester"] for row in names) for ch in "áčđŋšŧž")
    # The monthly log from a real process: the entry point's exit path leaves a complete,
    # checksummed file (the collector is skipped at exit, the store was closed before).
    out = tmp_path / "log.csv"
    month = date.today().strftime("%Y-%m")
    command = ["log", "export", "--month", month, "--format", "csv", "--out", str(out)]
    export = subprocess.run(
        [sys.executable, "-m", "dsar_desk", "--data-dir", data, *command],
        check=True,
        capture_output=True,
        text=True,
    )
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert (tmp_path / "log.csv.sha256").read_text(encoding="utf-8") == f"{digest}  log.csv\n"
    assert digest in export.stdout
    records = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    rows = len(records) - records.index([]) - 2  # header block, empty line, column names
    assert rows > 0 and f"Wrote {rows} request(s)" in export.stdout
