"""The monthly request log: membership, month-end snapshots, KPIs, every export format, the CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dsar_desk.cli import run
from dsar_desk.domain.clock import FixedClock
from dsar_desk.domain.deadlines import compute_deadline
from dsar_desk.domain.errors import NotFound, ValidationError
from dsar_desk.domain.model import Requester
from dsar_desk.domain.vocabulary import Country, Outcome, PauseReason, Right
from dsar_desk.exports.files import ExportCancelled
from dsar_desk.exports.month import Month
from dsar_desk.services.audit import events_for_case, verify_chain
from dsar_desk.services.cases import NewCaseRequest
from dsar_desk.services.desk import Desk
from dsar_desk.services.reports import ReportService
from dsar_desk.storage.tables import AuditEventRow, LetterRow, StoredFileRow

MARCH = Month(2026, 3)
HOSTILE = ('=HYPERLINK("http://x","y")', "+47 22 00 00 00", "@foo")


@dataclass
class Store:
    desk: Desk
    clock: FixedClock
    refs: dict[str, str]

    @property
    def reports(self) -> ReportService:
        return ReportService(self.desk.ctx)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(entities: Desk, clock: FixedClock) -> Store:
    """Known cases around March 2026 (today is 2026-11-20 unless advanced)."""
    desk = entities
    cases = desk.cases
    refs: dict[str, str] = {}

    def new(
        key: str, received: date, rights: list[Right], name: str = "Åse Ødegård", entity: str = "NO1"
    ) -> str:
        clock.advance_to(_at(received))
        ref, _ = cases.new_case(
            NewCaseRequest(entity, rights, Requester(name, email="a@example.no"), received=received)
        )
        refs[key] = ref
        return ref

    def later() -> None:
        clock.advance_to(datetime(2026, 11, 20, 10, 30, tzinfo=UTC))

    # A: received in February (straddles), answered in March, on time.
    a = new("A", date(2026, 2, 20), [Right.ACCESS], HOSTILE[0])
    later()
    cases.record_outcome(a, Right.ACCESS, Outcome.FULFILLED, on=date(2026, 3, 10))
    cases.close(a, on=date(2026, 3, 10))
    # B: received in March, paused for identity for 10 days, open at month end.
    b = new("B", date(2026, 3, 5), [Right.ERASURE], HOSTILE[1])
    later()
    cases.pause(b, PauseReason.IDENTITY, on=date(2026, 3, 6))
    cases.verify_identity(b, "BankID login", on=date(2026, 3, 16))
    # C: received in March, extended in March, refused in part in April.
    c = new("C", date(2026, 3, 10), [Right.ACCESS, Right.ERASURE], HOSTILE[2])
    later()
    cases.extend(c, "Five systems to search", on=date(2026, 3, 20))
    cases.record_outcome(c, Right.ACCESS, Outcome.FULFILLED, on=date(2026, 4, 2))
    cases.record_outcome(
        c,
        Right.ERASURE,
        Outcome.REFUSED,
        grounds="Bookkeeping records must be kept.",
        code="no-bokforingsloven-13",
        on=date(2026, 4, 2),
    )
    cases.close(c, on=date(2026, 4, 2))
    # D: received in January, never touched: overdue at the end of March.
    new("D", date(2026, 1, 15), [Right.ACCESS])
    # E: closed in February: not in March's log.
    e = new("E", date(2026, 1, 10), [Right.ACCESS])
    later()
    cases.record_outcome(e, Right.ACCESS, Outcome.NO_DATA, on=date(2026, 2, 5))
    cases.close(e, on=date(2026, 2, 5))
    # F: received in April: not in March's log.
    new("F", date(2026, 4, 2), [Right.ACCESS])
    # G: another entity, received and closed on March 31.
    g = new("G", date(2026, 3, 31), [Right.MARKETING_OBJECTION], entity="SE1")
    cases.record_outcome(g, Right.MARKETING_OBJECTION, Outcome.FULFILLED, on=date(2026, 3, 31))
    cases.close(g, on=date(2026, 3, 31))
    # H: closed in January, reopened on 3 March, closed again (late) on 25 March.
    h = new("H", date(2026, 1, 5), [Right.ACCESS])
    clock.advance_to(_at(date(2026, 1, 20)))
    cases.record_outcome(h, Right.ACCESS, Outcome.FULFILLED, on=date(2026, 1, 20))
    cases.close(h, on=date(2026, 1, 20))
    clock.advance_to(_at(date(2026, 3, 3)))
    cases.reopen(h, "A system was not searched")
    clock.advance_to(_at(date(2026, 3, 25)))
    cases.close(h, on=date(2026, 3, 25))
    # I: received in February, answered late in March; a letter was sent in March.
    i = new("I", date(2026, 2, 1), [Right.RECTIFICATION])
    later()
    cases.record_outcome(i, Right.RECTIFICATION, Outcome.FULFILLED, on=date(2026, 3, 20))
    cases.close(i, on=date(2026, 3, 20))
    with desk.ctx.writing() as session:
        stored = StoredFileRow(sha256="0" * 64, size=1, content=b"x")
        session.add(stored)
        session.flush()
        assert stored.id is not None
        case_id = _case_id(session, i)
        session.add(
            LetterRow(
                case_id=case_id,
                kind="rectification-confirmation",
                language="nb",
                created_at=_at(date(2026, 3, 20)),
                file_id=stored.id,
                sha256="0" * 64,
                sent_on=date(2026, 3, 20),
                sent_channel="email",
            )
        )
    return Store(desk, clock, refs)


def _case_id(session, reference: str) -> int:
    from dsar_desk.storage.repository import case_row_by_reference

    row = case_row_by_reference(session, reference)
    assert row.id is not None
    return row.id


def _by_ref(store: Store, month: Month, entity: str | None = None):
    log = store.reports.month_log(month, entity)
    return {case.facts.reference: case for case in log.cases}


# --- membership and month-end snapshots -----------------------------------------------


def test_march_log_holds_received_closed_and_open_requests_only(store: Store) -> None:
    cases = _by_ref(store, MARCH)
    r = store.refs
    assert set(cases) == {r["A"], r["B"], r["C"], r["D"], r["G"], r["H"], r["I"]}


def test_snapshot_is_as_at_month_end(store: Store) -> None:
    cases, r = _by_ref(store, MARCH), store.refs
    assert cases[r["A"]].status == "closed" and cases[r["A"]].on_time is True
    assert cases[r["A"]].days_taken == 18
    assert cases[r["B"]].status == "in-progress" and cases[r["B"]].paused_days == 10
    expected_b = compute_deadline(date(2026, 3, 5), Country.NO, paused_days=10).due
    assert cases[r["B"]].due == expected_b and not cases[r["B"]].overdue_at_end
    # C was closed in April: at the end of March it was open, extended, with nothing decided.
    c = cases[r["C"]]
    assert c.closed_on is None and c.status == "in-progress" and c.outcomes == {}
    assert c.extended_on == date(2026, 3, 20)
    assert c.due == compute_deadline(date(2026, 3, 10), Country.NO, extended=True).due
    assert cases[r["D"]].status == "received" and cases[r["D"]].overdue_at_end
    # H was reopened: March shows its second closure, which was late.
    h = cases[r["H"]]
    assert h.closed_on == date(2026, 3, 25) and h.status == "closed" and h.on_time is False
    assert cases[r["I"]].on_time is False and [x.kind for x in cases[r["I"]].letters] == [
        "rectification-confirmation"
    ]


def test_reopened_case_is_not_in_a_month_when_it_was_closed(store: Store) -> None:
    assert store.refs["H"] not in _by_ref(store, Month(2026, 2))


def test_april_log_shows_the_refusal_and_its_ground(store: Store) -> None:
    c = _by_ref(store, Month(2026, 4))[store.refs["C"]]
    assert c.closed_on == date(2026, 4, 2)
    assert c.outcomes["erasure"].ground_code == "no-bokforingsloven-13"


def test_entity_filter(store: Store) -> None:
    assert set(_by_ref(store, MARCH, "se1")) == {store.refs["G"]}
    with pytest.raises(NotFound):
        store.reports.month_log(MARCH, "XX9")


# --- KPIs ------------------------------------------------------------------------------


def test_march_kpis(store: Store) -> None:
    kpis = store.reports.month_kpis(MARCH)
    total = kpis.total
    assert total.received == 3  # B, C, G
    assert total.received_by_right["erasure"] == 2 and total.received_by_right["access"] == 1
    assert total.received_by_right["marketing-objection"] == 1
    assert total.received_by_channel["email"] == 3
    assert total.closed == 4  # A, G, H, I
    assert total.on_time == 2 and total.on_time_share == 0.5
    assert total.extensions == 1 and total.extension_reasons == {"Five systems to search": 1}
    assert total.pauses_started == 1 and total.median_pause_days == 10
    assert total.refusals == 0
    assert total.open_at_end == 3 and total.overdue_at_end == 1  # B, C, D open; D overdue
    assert total.median_days_to_respond == 32.5  # 0, 18, 47, 79
    assert set(kpis.per_entity) == {"DK1", "FI1", "NO1", "SE1"}
    assert kpis.per_entity["SE1"].received == 1 and kpis.per_entity["NO1"].received == 2
    assert kpis.per_entity["FI1"].received == 0


def test_april_kpis_count_refusals_by_ground(store: Store) -> None:
    total = store.reports.month_kpis(Month(2026, 4)).total
    assert total.refusals == 1 and total.refusals_by_ground == {"no-bokforingsloven-13": 1}
    assert total.closed_extended == 1 and total.extended_within_three_months == 1


def test_twelve_month_series(store: Store) -> None:
    series = store.reports.series(MARCH)
    assert len(series) == 12 and str(series[0].month) == "2025-04" and str(series[-1].month) == "2026-03"
    march = series[-1]
    assert march.received == 3 and march.received_by_right["erasure"] == 2
    assert march.closed == 4 and march.on_time_share == 0.5
    assert series[-2].received == 2  # A and I in February


def test_bad_month_is_refused() -> None:
    with pytest.raises(ValidationError, match="2026-13"):
        Month.parse("2026-13")
    assert Month.parse("2026-03").shift(-3) == Month(2025, 12)


# --- exports ---------------------------------------------------------------------------


def _csv_rows(path: Path, delimiter: str = ";") -> tuple[dict[str, str], list[dict[str, str]]]:
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").split("\r\n")
    blank = lines.index("")
    preamble = dict(row[:2] for row in csv.reader(lines[:blank], delimiter=delimiter))
    body = list(csv.DictReader(io.StringIO("\r\n".join(lines[blank + 1 :])), delimiter=delimiter))
    return preamble, body


def _checksum_ok(path: Path) -> None:
    recorded = path.with_name(path.name + ".sha256").read_text(encoding="utf-8").split()
    assert recorded == [hashlib.sha256(path.read_bytes()).hexdigest(), path.name]


def test_csv_export_without_names(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "march.csv"
    result = store.reports.export(MARCH, None, "csv", out)
    _checksum_ok(out)
    preamble, rows = _csv_rows(out)
    assert preamble["Requester names"].startswith("left out")
    assert len(preamble["Audit chain head"].split()[0]) == 64
    assert result.rows == len(rows) == 7
    assert "Requester" not in rows[0]
    content = out.read_text(encoding="utf-8-sig")
    assert all(name not in content for name in HOSTILE)
    d = next(row for row in rows if row["Reference"] == store.refs["D"])
    assert d["Received"] == "2026-01-15" and d["On time"] == "open" and d["Overdue at month end"] == "yes"
    assert d["Outcome: access (Art. 15)"] == "pending" and d["Outcome: erasure (Art. 17)"] == ""
    i = next(row for row in rows if row["Reference"] == store.refs["I"])
    assert i["Letters sent"] == "rectification-confirmation 2026-03-20" and i["On time"] == "no"
    assert i["Days taken"] == "47" and i["Response date"] == "2026-03-20"


def test_csv_export_with_names_neutralises_formulas(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "march.csv"
    store.reports.export(MARCH, "NO1", "csv", out, include_names=True, delimiter=",")
    preamble, rows = _csv_rows(out, ",")
    assert preamble["Requester names"].startswith("INCLUDED")
    names = {row["Requester"] for row in rows}
    assert {"'" + name for name in HOSTILE} <= names
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_xlsx_export(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "march.xlsx"
    store.reports.export(MARCH, None, "xlsx", out, include_names=True)
    _checksum_ok(out)
    wb = load_workbook(out)
    log = wb["Log"]
    assert log.freeze_panes == "B3" and log.auto_filter.ref == "A2:AG9"
    headers = [cell.value for cell in log[2]]
    rows = [dict(zip(headers, (c.value for c in row), strict=True)) for row in log.iter_rows(min_row=3)]
    assert len(rows) == 7
    assert "with requester names" in log["A1"].value
    a = next(r for r in rows if r["Reference"] == store.refs["A"])
    assert isinstance(a["Received"], datetime) and a["Received"].date() == date(2026, 2, 20)
    assert a["Days taken"] == 18 and a["Requester"] == "'" + HOSTILE[0]
    for row in rows:
        for value in row.values():
            assert not (isinstance(value, str) and value.startswith(("=", "+", "-", "@"))), value
    kpis = {
        row[0].value.strip(): [c.value for c in row[1:]]
        for row in wb["KPIs"].iter_rows(min_row=3)
        if row[0].value
    }
    assert kpis["Requests received"][0] == 3 and kpis["answered on time"][0] == 0.5
    about = {row[0].value: row[1].value for row in wb["Export"].iter_rows()}
    assert about["Exported by"] == "tester" and about["Requester names"].startswith("INCLUDED")


def test_pdf_export(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "march.pdf"
    store.reports.export(MARCH, None, "pdf", out, include_names=True)
    _checksum_ok(out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"Page 1 of {len(reader.pages)}" in text
    for key in ("A", "B", "C", "D", "G", "H", "I"):
        assert store.refs[key] in text
    assert store.refs["E"] not in text
    assert "Requests received" in text and "Nordkapp Inkasso AS" in text
    assert "Requester names included" in text and "+47 22 00 00 00" in text
    meta = reader.metadata
    assert meta is not None and meta.author == "DSAR Desk" and meta.title == "Monthly request log 2026-03"
    raw = out.read_bytes()
    assert b"/BaseFont /Helvetica" not in raw and b"DejaVuSans" in raw
    assert b"tester" not in b"".join(str(v).encode() for v in meta.values())


def test_pdf_for_one_entity_has_its_letterhead(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "se.pdf"
    store.reports.export(MARCH, "SE1", "pdf", out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Fjordtall Redovisning AB" in text and store.refs["G"] in text
    assert store.refs["A"] not in text and "names left out" in text


def test_export_is_audited_without_personal_data(store: Store, tmp_path: Path) -> None:
    result = store.reports.export(MARCH, "NO1", "csv", tmp_path / "x.csv", include_names=True)
    with store.desk.ctx.reading() as session:
        from sqlmodel import col, select

        event = session.exec(
            select(AuditEventRow)
            .where(AuditEventRow.action == "log.exported")
            .order_by(col(AuditEventRow.id))
        ).all()[-1]
    payload = json.loads(event.payload)
    assert payload == {
        "month": "2026-03",
        "format": "csv",
        "entity": "NO1",
        "include_names": True,
        "rows": 6,
        "sha256": result.sha256,
    }
    assert event.actor == "tester"
    with store.desk.ctx.engine.connect() as conn:
        assert verify_chain(conn).ok


def test_progress_reaches_the_end(store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    store.reports.export(MARCH, None, "pdf", tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (14, 14)  # 7 rows, two passes for the PDF


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_cancelled_export_leaves_nothing(store: Store, out_dir: Path, fmt: str) -> None:
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        store.reports.export(MARCH, None, fmt, out_dir / f"c.{fmt}", cancelled=lambda: next(calls, True))
    assert list(out_dir.iterdir()) == []


def test_failed_export_leaves_nothing_and_keeps_an_older_file(store: Store, out_dir: Path) -> None:
    out = out_dir / "keep.csv"
    out.write_text("older export", encoding="utf-8")

    def explode(done: int, total: int) -> None:
        if done == total:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.reports.export(MARCH, None, "csv", out, progress=explode)
    assert [p.name for p in out_dir.iterdir()] == ["keep.csv"]
    assert out.read_text(encoding="utf-8") == "older export"


def test_unwritable_target_is_refused_before_work(store: Store, out_dir: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        store.reports.export(MARCH, None, "csv", out_dir / "missing" / "x.csv")
    with pytest.raises(ValidationError, match="is a folder"):
        store.reports.export(MARCH, None, "csv", out_dir)
    with pytest.raises(ValidationError, match="delimiter"):
        store.reports.export(MARCH, None, "csv", out_dir / "x.csv", delimiter="|")
    assert list(out_dir.iterdir()) == []


def test_export_event_is_not_a_case_event(store: Store, tmp_path: Path) -> None:
    store.reports.export(MARCH, None, "csv", tmp_path / "x.csv")
    with store.desk.ctx.reading() as session:
        assert all(e.action != "log.exported" for e in events_for_case(session, store.refs["A"]))


# --- command line ----------------------------------------------------------------------


def _cli_store(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert (
        run(
            [
                "--data-dir",
                str(data),
                "entity",
                "add",
                "--code",
                "NO1",
                "--name",
                "Nordkapp",
                "--country",
                "NO",
            ]
        )
        == 0
    )
    assert (
        run(
            [
                "--data-dir",
                str(data),
                "case",
                "new",
                "--entity",
                "NO1",
                "--right",
                "access",
                "--name",
                "=1+1",
                "--received",
                "2026-03-02",
            ]
        )
        == 0
    )
    return data


def test_cli_export_and_kpis(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _cli_store(tmp_path)
    out = tmp_path / "log.csv"
    code = run(
        [
            "--data-dir",
            str(data),
            "log",
            "export",
            "--month",
            "2026-03",
            "--format",
            "csv",
            "--out",
            str(out),
            "--include-names",
            "--delimiter",
            ",",
        ]
    )
    assert code == 0 and out.exists() and Path(str(out) + ".sha256").exists()
    _, rows = _csv_rows(out, ",")
    assert rows[0]["Requester"] == "'=1+1"
    capsys.readouterr()
    assert run(["--data-dir", str(data), "log", "kpis", "--month", "2026-03", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["total"]["received"] == 1 and figures["entities"]["NO1"]["open_at_end"] == 1
    assert run(["--data-dir", str(data), "log", "kpis", "--month", "2026-03"]) == 0
    assert "Requests received" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "2026-13"], "month: '2026-13' is not a month"),
        (["--month", "2026-03", "--entity", "ZZ1"], "no entity with code 'ZZ1'"),
        (["--month", "2026-03", "--out-dir-missing"], "does not exist"),
    ],
)
def test_cli_refusals_leave_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    data = _cli_store(tmp_path)
    capsys.readouterr()
    out = tmp_path / "out" / "log.csv" if "--out-dir-missing" in args else tmp_path / "log.csv"
    argv = [a for a in args if a != "--out-dir-missing"]
    code = run(["--data-dir", str(data), "log", "export", "--format", "csv", "--out", str(out), *argv])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1
    assert not out.exists()
    if out.parent.exists():
        assert not list(out.parent.glob(".*.part"))
