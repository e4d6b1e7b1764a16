"""The processing register: edit, export and import (all or nothing), demo data, command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dsar_desk.cli import run
from dsar_desk.domain.errors import NotFound, ValidationError
from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.services.demo import generate_demo
from dsar_desk.services.desk import Desk

MARKETING = ProcessingActivity(
    "Marketing", "Newsletters", "Art. 6(1)(a)", "E-mail address", retention="Until withdrawn"
)


def test_add_update_delete_are_audited(entities: Desk) -> None:
    register = entities.register
    activity_id, _ = register.add("SE1", MARKETING)
    assert [a.name for a in register.list("SE1")] == ["Marketing"]
    with pytest.raises(ValidationError, match="already in the sv register"):
        register.add("SE1", MARKETING)
    with pytest.raises(ValidationError, match="purposes"):
        register.add("SE1", ProcessingActivity("Empty"))
    register.update(
        activity_id,
        ProcessingActivity(
            "Marketing", "Newsletters and events", "Art. 6(1)(a)", "E-mail", retention="1 year"
        ),
    )
    assert register.list("SE1")[0].purposes == "Newsletters and events"
    register.delete(activity_id)
    assert register.list("SE1") == []
    with pytest.raises(NotFound):
        register.delete(activity_id)
    with entities.ctx.reading() as session:
        from sqlmodel import select

        from dsar_desk.storage.tables import AuditEventRow

        actions = [row.action for row in session.exec(select(AuditEventRow))]
    assert {"register.activity-added", "register.activity-updated", "register.activity-deleted"} <= set(
        actions
    )


def test_export_then_import_round_trips_and_keeps_ids_of_matching_names(
    entities: Desk, tmp_path: Path
) -> None:
    register = entities.register
    kept_id, _ = register.add("FI1", MARKETING)
    register.add("FI1", ProcessingActivity("Old", "x", "y", "z", retention="1 year"))
    path = tmp_path / "register.json"
    assert register.export_file("FI1", path) == 2
    document = json.loads(path.read_text(encoding="utf-8"))
    document["activities"] = [document["activities"][0], {**document["activities"][1], "name": "New"}]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert register.import_file("FI1", path) == 2
    after = register.list("FI1")
    assert [a.name for a in after] == ["Marketing", "New"]
    assert after[0].id == kept_id


def test_a_bad_register_file_changes_nothing(entities: Desk, tmp_path: Path) -> None:
    entities.register.add("FI1", MARKETING)
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {"format": "dsar-desk-register", "version": 1, "activities": [{"name": "A", "purposes": "p"}]}
        )
    )
    with pytest.raises(ValidationError, match="activity 1"):
        entities.register.import_file("FI1", path)
    path.write_text("{not json")
    with pytest.raises(ValidationError, match="line 1"):
        entities.register.import_file("FI1", path)
    assert [a.name for a in entities.register.list("FI1")] == ["Marketing"]


def test_demo_fills_registers_modelled_on_the_seed_organisations(desk: Desk) -> None:
    generate_demo(desk.ctx, 5, seed=3)
    assert next(a.name for a in desk.register.list("NO1", "nb")) == "Inkasso"
    assert next(a.name for a in desk.register.list("NO1", "en")) == "Debt collection"
    assert [a.name for a in desk.register.list("FI1", "en")] == [
        "Customer relationship",
        "Marketing",
        "Service delivery",
        "Security and development",
        "Legal obligations",
    ]
    assert next(a.name for a in desk.register.list("FI1", "fi")) == "Asiakassuhde"
    # Each demo entity in its own language(s) and English, every language complete.
    for code, languages in (("FI1", {"fi", "sv", "en"}), ("SE1", {"sv", "en"}), ("NO1", {"nb", "en"})):
        gaps = desk.register.missing_by_language(code)
        assert set(gaps) == languages and not any(gaps.values())
    generate_demo(desk.ctx, 5, seed=4)  # a second run does not duplicate them
    assert len(desk.register.list("FI1")) == 15


def test_cli_register_export_and_import(entities: Desk, tmp_path: Path, capsys) -> None:
    entities.register.add("DK1", MARKETING)
    data_dir = str(entities.ctx.data_dir)
    entities.close()  # the command line takes the folder lock itself; reads below reconnect
    out = tmp_path / "dk.json"
    assert run(["--data-dir", data_dir, "register", "export", "--entity", "DK1", "--out", str(out)]) == 0
    assert run(["--data-dir", data_dir, "register", "import", "--entity", "SE1", str(out)]) == 0
    assert [a.name for a in entities.register.list("SE1")] == ["Marketing"]
    assert (
        run(["--data-dir", data_dir, "register", "import", "--entity", "SE1", str(tmp_path / "missing.json")])
        == 2
    )
    assert "does not exist" in capsys.readouterr().err
