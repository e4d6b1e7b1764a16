"""The processing register per entity (Art. 30): list, edit, import and export.

Access responses draw their Art. 15(1) information from here. A register file is JSON:
{"format": "dsar-desk-register", "version": 1, "entity": CODE, "activities": [...]}.
Importing makes the entity's register equal to the file: activities are matched by
name (so a case that ticked one keeps pointing at it), new ones added, missing ones removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dsar_desk.domain.errors import NotFound, ValidationError
from dsar_desk.domain.register import (
    ProcessingActivity,
    activity_from_dict,
    activity_to_dict,
    validated_activity,
)
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.files import write_atomic
from dsar_desk.storage.repository import entity_by_code
from dsar_desk.storage.tables import EntityRow, ProcessingActivityRow

FILE_FORMAT = "dsar-desk-register"
FILE_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024


def _from_row(row: ProcessingActivityRow) -> ProcessingActivity:
    return ProcessingActivity(
        name=row.name,
        purposes=row.purposes,
        legal_basis=row.legal_basis,
        data_categories=row.data_categories,
        recipients=row.recipients,
        retention=row.retention,
        source=row.source,
        transfers=row.transfers,
        automated_decisions=row.automated_decisions,
        id=row.id,
        position=row.position,
    )


def _copy_onto(row: ProcessingActivityRow, activity: ProcessingActivity) -> None:
    for key, value in activity_to_dict(activity).items():
        setattr(row, key, value)


def activities_of(session: Session, entity_id: int) -> list[ProcessingActivity]:
    rows = session.exec(
        select(ProcessingActivityRow)
        .where(ProcessingActivityRow.entity_id == entity_id)
        .order_by(col(ProcessingActivityRow.position), col(ProcessingActivityRow.id))
    )
    return [_from_row(row) for row in rows]


class RegisterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list(self, entity_code: str) -> list[ProcessingActivity]:
        with self._ctx.reading() as session:
            entity = entity_by_code(session, entity_code)
            assert entity.id is not None
            return activities_of(session, entity.id)

    def add(self, entity_code: str, activity: ProcessingActivity) -> tuple[int, Changes]:
        checked = validated_activity(activity)
        with self._ctx.writing() as session:
            entity = entity_by_code(session, entity_code)
            assert entity.id is not None
            existing = activities_of(session, entity.id)
            if any(a.name.casefold() == checked.name.casefold() for a in existing):
                raise ValidationError("name", f"'{checked.name}' is already in the register of {entity.code}")
            row = ProcessingActivityRow(entity_id=entity.id, position=len(existing), name=checked.name)
            _copy_onto(row, checked)
            session.add(row)
            session.flush()
            assert row.id is not None
            self._audit(
                session, entity, "register.activity-added", {"id": row.id, **activity_to_dict(checked)}
            )
            return row.id, Changes(entities=True)

    def update(self, activity_id: int, activity: ProcessingActivity) -> Changes:
        checked = validated_activity(activity)
        with self._ctx.writing() as session:
            row, entity = self._row(session, activity_id)
            before = activity_to_dict(_from_row(row))
            after = activity_to_dict(checked)
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            if not changed:
                return Changes()
            _copy_onto(row, checked)
            session.add(row)
            self._audit(session, entity, "register.activity-updated", {"id": activity_id, "changed": changed})
        return Changes(entities=True)

    def delete(self, activity_id: int) -> Changes:
        with self._ctx.writing() as session:
            row, entity = self._row(session, activity_id)
            payload = {"id": activity_id, "name": row.name}
            session.delete(row)
            self._audit(session, entity, "register.activity-deleted", payload)
        return Changes(entities=True)

    def export_file(self, entity_code: str, path: Path) -> int:
        activities = self.list(entity_code)
        document = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "entity": entity_code.strip().upper(),
            "activities": [activity_to_dict(a) for a in activities],
        }
        write_atomic(path, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode())
        return len(activities)

    def import_file(self, entity_code: str, path: Path) -> int:
        activities = read_register_file(path)
        with self._ctx.writing() as session:
            entity = entity_by_code(session, entity_code)
            assert entity.id is not None
            rows = {
                row.name.casefold(): row
                for row in session.exec(
                    select(ProcessingActivityRow).where(ProcessingActivityRow.entity_id == entity.id)
                )
            }
            added, updated = [], []
            for position, activity in enumerate(activities):
                row = rows.pop(activity.name.casefold(), None)
                if row is None:
                    row = ProcessingActivityRow(entity_id=entity.id, name=activity.name)
                    added.append(activity.name)
                elif (
                    activity_to_dict(_from_row(row)) != activity_to_dict(activity) or row.position != position
                ):
                    updated.append(activity.name)
                _copy_onto(row, activity)
                row.position = position
                session.add(row)
            removed = [row.name for row in rows.values()]
            for row in rows.values():
                session.delete(row)
            self._audit(
                session,
                entity,
                "register.imported",
                {"file": path.name, "added": added, "updated": updated, "removed": removed},
            )
        return len(activities)

    def _row(self, session: Session, activity_id: int) -> tuple[ProcessingActivityRow, EntityRow]:
        row = session.get(ProcessingActivityRow, activity_id)
        if row is None:
            raise NotFound(f"activity: no processing activity {activity_id}")
        entity = session.get(EntityRow, row.entity_id)
        assert entity is not None
        return row, entity

    def _audit(self, session: Session, entity: EntityRow, action: str, payload: dict[str, Any]) -> None:
        append_event(
            session, self._ctx.clock.now(), self._ctx.actor, action, payload, entity_code=entity.code
        )


def read_register_file(path: Path) -> list[ProcessingActivity]:
    """Parse and check a whole register file before anything is written."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError("file", f"{path.name} is larger than 5 MB; is it a register file?")
        # utf-8-sig: editors on Windows save UTF-8 with a byte-order mark.
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ValidationError("file", f"{path} does not exist") from None
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "file", f"{path.name} is not UTF-8 text (byte {exc.start}); is it a register file?"
        ) from None
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path.name} ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise ValidationError("file", f"{path.name} line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ValidationError("file", f"{path.name} is nested too deeply to be a register file") from None
    except ValueError:
        # Python refuses integers of more than 4,300 digits (a denial-of-service guard).
        raise ValidationError("file", f"{path.name} holds a number too long to be a register file") from None
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise ValidationError(
            "file", f"{path.name} is not a DSAR Desk register file (format '{FILE_FORMAT}')"
        )
    if document.get("version") != FILE_VERSION:
        raise ValidationError(
            "file", f"{path.name} has version {document.get('version')}; expected {FILE_VERSION}"
        )
    items = document.get("activities")
    if not isinstance(items, list):
        raise ValidationError("file", f"{path.name}: 'activities' must be a list")
    activities: list[ProcessingActivity] = []
    names: set[str] = set()
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValidationError("file", f"{path.name}: activity {index} is not an object")
        try:
            activity = activity_from_dict(item)
        except ValidationError as exc:
            raise ValidationError("file", f"{path.name}: activity {index}: {exc}") from None
        if activity.name.casefold() in names:
            raise ValidationError("file", f"{path.name}: activity {index}: '{activity.name}' appears twice")
        names.add(activity.name.casefold())
        activities.append(activity)
    return activities
