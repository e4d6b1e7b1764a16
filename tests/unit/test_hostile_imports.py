"""Hostile files into the two file imports: the processing-register JSON and attachments.

Either the file is refused with a DomainError naming the field (and the store is exactly
as before: same rows, same audit events), or it is taken whole. Nothing is ever written
outside the data folder; attachments' bytes live inside the encrypted store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from dsar_desk.cli import run
from dsar_desk.domain.errors import DomainError
from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Channel, Right
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.register import FILE_FORMAT, FILE_VERSION

HOSTILE_TEXT = [
    "x" * 5000,
    "a\x00b",
    "\x1b[31mred",
    "\u202eevil\u202c",
    "\u200f\u05e9\u05dc\u05d5\u05dd",
    "'; DROP TABLE processing_activity; --",
    '=HYPERLINK("http://x","y")',
    "bad \ud800 surrogate",
    "2026-02-30",
    "",
]


def counts(desk: Desk) -> tuple[int, int, int]:
    with desk.ctx.engine.connect() as conn:
        return (
            int(conn.execute(text("SELECT count(*) FROM processing_activity")).scalar_one()),
            int(conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one()),
            int(conn.execute(text("SELECT count(*) FROM case_attachment")).scalar_one()),
        )


def good_activity(name: str = "Debt collection") -> dict[str, Any]:
    return {
        "name": name,
        "purposes": "Collecting overdue claims",
        "legal_basis": "Art. 6(1)(f)",
        "data_categories": "Name, address",
        "retention": "5 years",
    }


def document(activities: Any) -> dict[str, Any]:
    return {"format": FILE_FORMAT, "version": FILE_VERSION, "entity": "NO1", "activities": activities}


def import_refused_or_whole(desk: Desk, path: Path) -> None:
    before = counts(desk)
    try:
        count = desk.register.import_file("NO1", path)
    except DomainError as exc:
        assert str(exc).startswith("file: "), str(exc)
        assert len(str(exc)) < 600  # a clear line, not the hostile input echoed back in full
        assert counts(desk) == before
    else:
        assert counts(desk)[0] == count
        assert counts(desk)[1] == before[1] + 1  # one audit event for the whole import


json_value = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.sampled_from(HOSTILE_TEXT)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
activity_value = st.fixed_dictionaries(
    {key: st.one_of(st.sampled_from(HOSTILE_TEXT), st.just(value)) for key, value in good_activity().items()},
    optional={"extra": json_value, "transfers": json_value},
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        json_value, st.builds(document, st.lists(activity_value, max_size=4)), st.builds(document, json_value)
    )
)
def test_register_import_refuses_or_takes_a_whole_file(entities: Desk, tmp_path: Path, value: Any) -> None:
    path = tmp_path / "register.json"
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    import_refused_or_whole(entities, path)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"PK\x03\x04 not json at all",
        b"[" * 100_000,  # nesting deeper than the parser's recursion limit
        b'{"format": "dsar-desk-register", "version": ' + b"9" * 5000 + b"}",  # int over 4300 digits
        b'{"format": "dsar-desk-register", "version": NaN, "activities": []}',
        b'{"format": "dsar-desk-register", "version": 1, "activities": [{"name": "\\ud800"}]}',
        b'{"format": "dsar-desk-register", "version": 1, "activities": [{"' + b"k" * 100_000 + b'": "v"}]}',
        b'{"format": "dsar-desk-register", "version": 1, "activities": {"not": "a list"}}',
    ],
)
def test_malformed_register_files_are_refused_clearly(entities: Desk, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "register.json"
    path.write_bytes(raw)
    before = counts(entities)
    with pytest.raises(DomainError, match=r"^file: ") as refused:
        entities.register.import_file("NO1", path)
    assert len(str(refused.value)) < 600
    assert counts(entities) == before


def test_a_register_file_saved_with_a_bom_is_read(entities: Desk, tmp_path: Path) -> None:
    # Windows editors save UTF-8 with a byte-order mark; it is still the same file.
    path = tmp_path / "register.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document([good_activity()])).encode())
    assert entities.register.import_file("NO1", path) == 1


def test_register_import_from_the_command_line_refuses_with_one_line(
    entities: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "register.json"
    path.write_bytes(b"[" * 100_000)
    entities.close()  # the command line opens the store itself
    assert (
        run(["--data-dir", str(entities.ctx.data_dir), "register", "import", "--entity", "NO1", str(path)])
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "register.json" in err


# --- attachments with hostile names ---------------------------------------------------------


def _case(desk: Desk) -> str:
    ref, _ = desk.cases.new_case(
        NewCaseRequest("NO1", [Right.ACCESS], Requester("Kari Nordmann"), Channel.EMAIL)
    )
    return ref


def _outside(tmp_path: Path, data_dir: Path) -> set[Path]:
    return {p for p in tmp_path.rglob("*") if data_dir not in p.parents and p != data_dir}


def test_attachment_names_are_stored_safely_or_refused(entities: Desk, tmp_path: Path) -> None:
    data_dir = entities.ctx.data_dir
    assert data_dir is not None
    ref = _case(entities)
    source = tmp_path / "sources"
    source.mkdir()
    (source / "sub").mkdir()
    stored, refused = [], []
    names: list[str | bytes] = [
        "../../escape.txt",  # where it comes from: read from there, stored under its last part
        "..",
        "x" * 250 + ".pdf",
        "Ø" * 120 + ".pdf",  # 240 characters, 242 bytes
        "invoice\u202egpj.exe",  # the classic direction-override disguise
        "\u200f\u05e9\u05dc\u05d5\u05dd.pdf",
        "'; DROP TABLE case_attachment; --.txt",
        "=cmd|' /C calc'!A0.csv",
        "tab\tname.txt",
        "new\nline.txt",
        b"latin1-\xe6\xf8\xe5.txt",  # not UTF-8: Python sees lone surrogates
        "nul\x00byte.txt",
    ]
    for name in names:
        if isinstance(name, bytes):
            path = Path(os.fsdecode(os.path.join(os.fsencode(source / "sub"), name)))
        elif "\x00" in name:
            path = source / "sub" / name  # cannot exist on disk; the service must still say no
        else:
            path = source / "sub" / name
            try:
                path.resolve().parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(b"%PDF-1.4 hostile")
            except (OSError, ValueError):
                pass
        outside_before = _outside(tmp_path, data_dir)
        before = counts(entities)
        try:
            entities.cases.add_attachment(ref, path)
        except DomainError as exc:
            assert str(exc).startswith(("file", "file name")), str(exc)
            assert str(exc).isprintable() and len(str(exc)) < 300
            assert counts(entities) == before
            refused.append(name)
        else:
            stored.append(name)
            assert counts(entities)[2] == before[2] + 1
        assert _outside(tmp_path, data_dir) == outside_before  # nothing written next to the source
    attachments = entities.queries.case_detail(ref).attachments
    for attachment in attachments:
        stored_name = attachment[1] if isinstance(attachment, tuple) else attachment.name
        assert "/" not in stored_name and "\\" not in stored_name and stored_name not in ("", ".", "..")
        assert not any(ch in stored_name for ch in "\x00\n\u202e")
    # Everything the data folder holds is the store, its key parameters, backups and logs.
    for path in data_dir.rglob("*"):
        assert not path.name.endswith((".txt", ".pdf", ".exe", ".csv")), path
    assert refused == [
        "..",
        "invoice\u202egpj.exe",
        "new\nline.txt",
        b"latin1-\xe6\xf8\xe5.txt",
        "nul\x00byte.txt",
    ]
    assert "../../escape.txt" in stored and "x" * 250 + ".pdf" in stored
    assert {a[1] for a in attachments} >= {
        "escape.txt",
        "x" * 250 + ".pdf",
        "\u200f\u05e9\u05dc\u05d5\u05dd.pdf",
    }
