"""The processing register in several letter languages: versions, files, command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dsar_desk.cli import run
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.register import (
    REGISTER_LANGUAGES,
    ProcessingActivity,
    RegisterGap,
    choose_register,
    key_from_name,
    missing_by_language,
)
from dsar_desk.letters.templates import LETTER_LANGUAGES
from dsar_desk.services.desk import Desk


def _activity(name: str, language: str = "", key: str = "", purposes: str = "p") -> ProcessingActivity:
    return ProcessingActivity(
        name, purposes, "GDPR", "e-mail", retention="1 year", language=language, key=key
    )


def test_register_languages_are_the_letter_languages() -> None:
    assert REGISTER_LANGUAGES == LETTER_LANGUAGES


def test_a_new_activity_takes_the_entity_language_and_a_key_from_its_name(entities: Desk) -> None:
    register = entities.register
    register.add("FI1", _activity("Asiakassuhde"))
    register.add("FI1", _activity("Customer relationship", "en", key="asiakassuhde"))
    fi, en = register.list("FI1", "fi"), register.list("FI1", "en")
    assert [(a.language, a.key, a.position) for a in fi] == [("fi", "asiakassuhde", 0)]
    assert [(a.language, a.key, a.position) for a in en] == [("en", "asiakassuhde", 0)]
    assert register.default_language("FI1") == "fi"
    assert key_from_name("Security and development") == "security-and-development"


def test_names_and_keys_are_unique_per_language_only(entities: Desk) -> None:
    register = entities.register
    register.add("SE1", _activity("Marknadsföring", key="marketing"))
    register.add("SE1", _activity("Marknadsföring", "fi", key="marketing"))  # same name, other language
    with pytest.raises(ValidationError, match="already the key"):
        register.add("SE1", _activity("Nyhetsbrev", key="marketing"))
    with pytest.raises(ValidationError, match="not a letter language"):
        register.add("SE1", _activity("Marketing", "de"))
    with pytest.raises(ValidationError, match="not a key"):
        register.add("SE1", _activity("Marketing", "en", key="a key with spaces"))


def test_which_languages_are_complete() -> None:
    register = [
        _activity("A-fi", "fi", "a"),
        _activity("B-fi", "fi", "b"),
        _activity("A-en", "en", "a"),
    ]
    assert missing_by_language(register) == {"fi": [], "en": ["B-fi"]}


def test_a_letter_takes_the_ticked_activities_in_its_language_or_all_in_the_default() -> None:
    register = [
        ProcessingActivity("A-fi", "p", "l", "c", retention="r", language="fi", key="a", id=1, position=0),
        ProcessingActivity("B-fi", "p", "l", "c", retention="r", language="fi", key="b", id=2, position=1),
        ProcessingActivity("B-sv", "p", "l", "c", retention="r", language="sv", key="b", id=3, position=0),
        ProcessingActivity("A-sv", "p", "l", "c", retention="r", language="sv", key="a", id=4, position=1),
        ProcessingActivity("A-en", "p", "l", "c", retention="r", language="en", key="a", id=5, position=0),
    ]
    swedish = choose_register(register, [1, 2], "sv", "fi")
    assert (swedish.language, [a.name for a in swedish.activities], swedish.fell_back) == (
        "sv",
        ["B-sv", "A-sv"],  # in the Swedish order
        False,
    )
    english = choose_register(register, [4, 2], "en", "fi")  # ticked in any language
    assert english.fell_back and english.language == "fi" and english.missing == ("B-fi",)
    assert [a.name for a in english.activities] == ["A-fi", "B-fi"]
    assert choose_register(register, [1], "en", "fi").language == "en"  # complete for what is ticked
    with pytest.raises(RegisterGap, match="B-fi"):
        choose_register(register, [2], "en", "da")


def test_export_writes_language_and_key_and_import_replaces_only_the_file_languages(
    entities: Desk, tmp_path: Path
) -> None:
    register = entities.register
    register.add("FI1", _activity("Markkinointi", key="marketing"))
    register.add("FI1", _activity("Marknadsföring", "sv", key="marketing"))
    path = tmp_path / "fi.json"
    assert register.export_file("FI1", path, "fi") == 1
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2 and document["language"] == "fi"
    assert document["activities"][0]["language"] == "fi" and document["activities"][0]["key"] == "marketing"
    kept_id = register.list("FI1", "fi")[0].id
    document["activities"].append({**document["activities"][0], "key": "service", "name": "Palvelu"})
    path.write_text(json.dumps(document), encoding="utf-8")
    assert register.import_file("FI1", path) == 2
    assert [a.name for a in register.list("FI1", "fi")] == ["Markkinointi", "Palvelu"]
    assert register.list("FI1", "fi")[0].id == kept_id  # matched by key
    assert [a.name for a in register.list("FI1", "sv")] == ["Marknadsföring"]  # left alone
    assert register.missing_by_language("FI1") == {"sv": ["Palvelu"], "fi": []}
    everything = tmp_path / "all.json"
    assert register.export_file("FI1", everything) == 3


def test_import_of_a_version_1_file_uses_the_given_or_the_default_language(
    entities: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "old.json"
    activity = {
        "name": "Marketing",
        "purposes": "p",
        "legal_basis": "l",
        "data_categories": "c",
        "retention": "r",
    }
    path.write_text(json.dumps({"format": "dsar-desk-register", "version": 1, "activities": [activity]}))
    entities.register.import_file("NO1", path)
    entities.register.import_file("NO1", path, language="en")
    assert [(a.language, a.key) for a in entities.register.list("NO1")] == [
        ("en", "marketing"),
        ("nb", "marketing"),
    ]


def test_import_with_a_language_refuses_activities_in_another_and_writes_nothing(
    entities: Desk, tmp_path: Path
) -> None:
    register = entities.register
    register.add("SE1", _activity("Marknadsföring", key="marketing"))
    register.add("SE1", _activity("Marketing", "en", key="marketing"))
    path = tmp_path / "all.json"
    register.export_file("SE1", path)
    with pytest.raises(ValidationError, match="is in 'en', not 'sv'"):
        register.import_file("SE1", path, language="sv")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["activities"].append({**document["activities"][0]})
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError, match="appears twice in one language"):
        register.import_file("SE1", path)
    assert len(register.list("SE1")) == 2


def test_cli_register_language_options(entities: Desk, tmp_path: Path, capsys) -> None:
    entities.register.add("FI1", _activity("Markkinointi", key="marketing"))
    entities.register.add("FI1", _activity("Asiakassuhde", key="customers"))
    entities.register.add("FI1", _activity("Marketing", "en", key="marketing"))
    data_dir = str(entities.ctx.data_dir)
    entities.close()
    base = ["--data-dir", data_dir, "register"]
    capsys.readouterr()
    assert run([*base, "list", "--entity", "FI1"]) == 0
    out = capsys.readouterr()
    assert "en: incomplete, no version of Asiakassuhde" in out.err
    assert run([*base, "list", "--entity", "FI1", "--language", "en", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["language"], a["key"], a["name"]) for a in listed] == [("en", "marketing", "Marketing")]
    english = tmp_path / "en.json"
    assert run([*base, "export", "--entity", "FI1", "--language", "en", "--out", str(english)]) == 0
    assert [a["language"] for a in json.loads(english.read_text())["activities"]] == ["en"]
    assert run([*base, "import", "--entity", "SE1", "--language", "en", str(english)]) == 0
    assert [(a.language, a.name) for a in entities.register.list("SE1")] == [("en", "Marketing")]
    assert run([*base, "list", "--entity", "FI1", "--language", "de"]) == 2
    assert "not a letter language" in capsys.readouterr().err


def test_an_empty_file_empties_its_language_only(entities: Desk, tmp_path: Path) -> None:
    register = entities.register
    register.add("FI1", _activity("Markkinointi", key="marketing"))
    register.add("FI1", _activity("Marknadsföring", "sv", key="marketing"))
    path = tmp_path / "empty.json"
    path.write_text(
        json.dumps({"format": "dsar-desk-register", "version": 2, "language": "sv", "activities": []})
    )
    assert register.import_file("FI1", path) == 0
    assert [a.language for a in register.list("FI1")] == ["fi"]
    path.write_text(
        json.dumps({"format": "dsar-desk-register", "version": 2, "language": "xx", "activities": []})
    )
    with pytest.raises(ValidationError, match=r"^file: empty\.json: language"):
        register.import_file("FI1", path)
