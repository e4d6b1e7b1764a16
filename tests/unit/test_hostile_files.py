"""Random and hostile input to the spreadsheet writers and the letter template loader."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsar_desk.domain.errors import DomainError
from dsar_desk.exports.csv_export import csv_cell
from dsar_desk.exports.safety import FORMULA_TRIGGERS, neutralise
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.letters.templates import TemplateError, load_kind, package_root

hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            '=HYPERLINK("http://x","y")',
            "+47 22 00 00 00",
            "@foo",
            "-1+1",
            "\t=1",
            "\r=1",
            "'; DROP TABLE dsar_case; --",
            "\u202eevil",
            "a\x00b",
            "x" * 5000,
        ]
    ),
    st.builds(lambda trigger, rest: trigger + rest, st.sampled_from(FORMULA_TRIGGERS), st.text(max_size=50)),
)


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_no_text_cell_can_start_a_formula(text: str) -> None:
    cell = csv_cell(text)
    assert not cell.startswith(FORMULA_TRIGGERS)
    assert cell.endswith(text) and len(cell) - len(text) in (0, 1)  # nothing lost, at most one quote
    assert neutralise(cell) == cell or cell.startswith("'")


@settings(max_examples=100, deadline=None)
@given(st.lists(hostile_text, min_size=1, max_size=8))
def test_csv_round_trip_keeps_every_value_as_text(values: list[str]) -> None:
    values = [v.replace("\x00", "") for v in values]  # the csv module refuses NUL, as a spreadsheet would
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerow([csv_cell(v) for v in values] + [csv_cell(date(2026, 1, 2))])
    row = next(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";"))
    assert row[-1] == "2026-01-02"
    for original, read in zip(values, row[:-1], strict=True):
        assert read.endswith(original.replace("\r\n", "\n").replace("\r", "\n")) or read.endswith(original)
        assert not read.startswith(FORMULA_TRIGGERS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200))
def test_a_hostile_template_is_refused_or_loaded_never_half(tmp_path: Path, junk: str) -> None:
    source = package_root() / "en" / "acknowledgement.toml"
    target = tmp_path / "acknowledgement.toml"
    shutil.copy(source, target)
    original = target.read_text(encoding="utf-8")
    target.write_text(original + "\n" + junk + "\n", encoding="utf-8")
    try:
        template = load_kind(target, LetterKind.ACKNOWLEDGEMENT)
    except TemplateError as exc:
        assert exc.line >= 1 and str(target) in str(exc)
    except DomainError:
        pass  # refused with a message for the user, nothing rendered
    else:
        assert template is not None


def test_unknown_placeholder_names_file_and_line(tmp_path: Path) -> None:
    source = package_root() / "en" / "acknowledgement.toml"
    target = tmp_path / "acknowledgement.toml"
    assert "{due_date}" in source.read_text(encoding="utf-8")
    text = source.read_text(encoding="utf-8").replace("{due_date}", "{due_date} {national_id}", 1)
    target.write_text(text, encoding="utf-8")
    try:
        load_kind(target, LetterKind.ACKNOWLEDGEMENT)
    except TemplateError as exc:
        assert "national_id" in str(exc) and exc.line > 1
    else:
        raise AssertionError("a template with an unknown placeholder was accepted")
