"""Template loading: overrides from the data folder, and rejection with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dsar_desk.domain.errors import DomainError
from dsar_desk.letters.compose import LetterInput, compose
from dsar_desk.letters.kinds import LetterKind
from dsar_desk.letters.render_pdf import render_pdf
from dsar_desk.letters.templates import TemplateError, TemplateStore, package_root
from tests.letters.support import LETTER_DAY, REGISTER, case_for, pdf_text


def _override(root: Path, language: str, name: str, text: str) -> Path:
    folder = root / language
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _ack(language: str = "en") -> str:
    return (package_root() / language / "acknowledgement.toml").read_text(encoding="utf-8")


def test_an_organisation_template_overrides_the_packaged_one(tmp_path: Path) -> None:
    _override(
        tmp_path,
        "en",
        "acknowledgement.toml",
        _ack().replace("We have received your request", "Thanks, {requester_name}: request received"),
    )
    store = TemplateStore(tmp_path)
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "en")
    spec = compose(
        LetterInput(LetterKind.ACKNOWLEDGEMENT, fixture.case, LETTER_DAY, register=REGISTER), store
    )
    assert spec.subject == f"Thanks, {fixture.case.requester.name}: request received"
    assert "request received" in pdf_text(render_pdf(spec))
    # Other kinds and languages still come from the package.
    assert store.kind("en", LetterKind.REFUSAL).path.startswith(str(package_root()))


def test_unknown_placeholder_is_rejected_with_file_and_line(tmp_path: Path) -> None:
    lines = _ack().splitlines()
    lines[2] = lines[2].replace("{received}", "{recieved}")
    path = _override(tmp_path, "en", "acknowledgement.toml", "\n".join(lines) + "\n")
    with pytest.raises(TemplateError) as raised:
        TemplateStore(tmp_path).kind("en", LetterKind.ACKNOWLEDGEMENT)
    assert raised.value.path == str(path)
    assert raised.value.line == 3
    assert "{recieved}" in str(raised.value) and "line 3" in str(raised.value)


def test_missing_block_is_rejected_and_nothing_is_rendered(tmp_path: Path) -> None:
    text = "\n".join(line for line in _ack().splitlines() if not line.startswith("deadline"))
    path = _override(tmp_path, "en", "acknowledgement.toml", text + "\n")
    store = TemplateStore(tmp_path)
    fixture = case_for(LetterKind.ACKNOWLEDGEMENT, "en")
    with pytest.raises(TemplateError, match="missing block 'deadline'") as raised:
        compose(LetterInput(LetterKind.ACKNOWLEDGEMENT, fixture.case, LETTER_DAY), store)
    assert raised.value.path == str(path) and raised.value.line >= 1


def test_unknown_block_and_broken_toml_are_rejected_with_their_line(tmp_path: Path) -> None:
    _override(tmp_path, "en", "acknowledgement.toml", _ack() + 'postscript = "P.S."\n')
    with pytest.raises(TemplateError, match="unknown block 'postscript'") as raised:
        TemplateStore(tmp_path).kind("en", LetterKind.ACKNOWLEDGEMENT)
    assert raised.value.line == len(_ack().splitlines()) + 1
    _override(tmp_path, "sv", "refusal.toml", 'subject = "Svar\nintro = "x"\n')
    with pytest.raises(TemplateError, match="not valid TOML") as broken:
        TemplateStore(tmp_path).kind("sv", LetterKind.REFUSAL)
    assert broken.value.line == 1


def test_common_template_needs_every_label_and_a_full_page_label(tmp_path: Path) -> None:
    common = (package_root() / "da" / "common.toml").read_text(encoding="utf-8")
    _override(
        tmp_path,
        "da",
        "common.toml",
        common.replace('page = "Side {page} af {pages}"', 'page = "Side {page}"'),
    )
    with pytest.raises(TemplateError, match="page"):
        TemplateStore(tmp_path).common("da")
    _override(tmp_path, "da", "common.toml", common.replace("court = ", "courts = "))
    with pytest.raises(TemplateError, match="unknown block 'courts'"):
        TemplateStore(tmp_path).common("da")


def test_packaged_templates_all_load() -> None:
    assert TemplateStore().check_all() == []


def test_nynorsk_falls_back_to_bokmal_unless_nynorsk_templates_exist(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path)
    assert store.letter_language("nn") == "nb"
    for path in (package_root() / "nb").iterdir():
        _override(tmp_path, "nn", path.name, path.read_text(encoding="utf-8"))
    assert TemplateStore(tmp_path).letter_language("nn") == "nn"
    with pytest.raises(DomainError, match="no letter templates for 'de'"):
        store.letter_language("de")
