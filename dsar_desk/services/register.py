"""The processing register per entity (Art. 30): list, edit, import and export.

Access responses draw their Art. 15(1) information from here, in the letter's language
(see domain.register). A register file is JSON:
{"format": "dsar-desk-register", "version": 2, "entity": CODE, "activities": [...]},
each activity with its "language" and "key" (version 1 files have neither: their
activities take the language given on import, else the entity's default letter language).
Importing makes the entity's register equal to the file for each language the file holds;
other languages are left alone. Within a language, activities are matched by key, then by
name (so a case that ticked one keeps pointing at it), new ones added, missing ones removed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dsar_desk.domain.errors import NotFound, ValidationError
from dsar_desk.domain.register import (
    ProcessingActivity,
    activity_from_dict,
    activity_to_file_dict,
    missing_by_language,
    register_language,
    validated_activity,
)
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.files import write_atomic
from dsar_desk.storage.repository import entity_by_code
from dsar_desk.storage.tables import EntityRow, ProcessingActivityRow

FILE_FORMAT = "dsar-desk-register"
FILE_VERSION = 2
_READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 5 * 1024 * 1024
Gaps = dict[str, list[str]]  # per language kept: names of the activities it has no version of


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
        language=row.language,
        key=row.key,
        id=row.id,
        position=row.position,
    )


def _copy_onto(row: ProcessingActivityRow, activity: ProcessingActivity) -> None:
    for key, value in activity_to_file_dict(activity).items():
        setattr(row, key, value)


def activities_of(session: Session, entity_id: int, language: str | None = None) -> list[ProcessingActivity]:
    """All versions (by language, then position) or those of one language."""
    query = select(ProcessingActivityRow).where(ProcessingActivityRow.entity_id == entity_id)
    if language is not None:
        query = query.where(ProcessingActivityRow.language == language)
    rows = session.exec(
        query.order_by(
            col(ProcessingActivityRow.language),
            col(ProcessingActivityRow.position),
            col(ProcessingActivityRow.id),
        )
    )
    return [_from_row(row) for row in rows]


def default_language(entity: EntityRow) -> str:
    """The entity's default letter language, as the register keeps it (nn is written as nb)."""
    return register_language(entity.language, "entity language")


def _free_key(key: str, taken: set[str]) -> str:
    free, number = key, 2
    while free in taken:
        free, number = f"{key[:56]}-{number}", number + 1
    return free


def _clash(existing: list[ProcessingActivity], activity: ProcessingActivity, code: str) -> None:
    """Names and keys are unique among one entity's activities of one language."""
    for other in existing:
        if other.id == activity.id or other.language != activity.language:
            continue
        if other.name.casefold() == activity.name.casefold():
            raise ValidationError(
                "name", f"'{activity.name}' is already in the {activity.language} register of {code}"
            )
        if other.key == activity.key:
            raise ValidationError(
                "key",
                f"'{activity.key}' is already the key of '{other.name}' in the {activity.language} "
                f"register of {code}; each language has one version per key",
            )


class RegisterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list(self, entity_code: str, language: str | None = None) -> list[ProcessingActivity]:
        """The entity's activities: every language, or only `language` (nb sv fi da en)."""
        wanted = register_language(language) if language is not None else None
        with self._ctx.reading() as session:
            entity = entity_by_code(session, entity_code)
            assert entity.id is not None
            return activities_of(session, entity.id, wanted)

    def default_language(self, entity_code: str) -> str:
        with self._ctx.reading() as session:
            return default_language(entity_by_code(session, entity_code))

    def missing_by_language(self, entity_code: str) -> Gaps:
        """Per language kept: the activities it lacks; an empty list means complete."""
        return missing_by_language(self.list(entity_code))

    def add(self, entity_code: str, activity: ProcessingActivity) -> tuple[int, Changes]:
        """Add a version; without a language it is in the entity's default letter language."""
        checked = validated_activity(activity)
        with self._ctx.writing() as session:
            entity = entity_by_code(session, entity_code)
            assert entity.id is not None
            checked = replace(checked, language=checked.language or default_language(entity), id=None)
            existing = activities_of(session, entity.id, checked.language)
            if not activity.key.strip():  # a key made from the name: never one already taken
                checked = replace(checked, key=_free_key(checked.key, {a.key for a in existing}))
            _clash(existing, checked, entity.code)
            row = ProcessingActivityRow(entity_id=entity.id, position=len(existing), name=checked.name)
            _copy_onto(row, checked)
            session.add(row)
            session.flush()
            assert row.id is not None
            self._audit(
                session, entity, "register.activity-added", {"id": row.id, **activity_to_file_dict(checked)}
            )
            return row.id, Changes(entities=True)

    def update(self, activity_id: int, activity: ProcessingActivity) -> Changes:
        checked = validated_activity(activity)
        with self._ctx.writing() as session:
            row, entity = self._row(session, activity_id)
            assert entity.id is not None
            checked = replace(checked, language=checked.language or row.language, id=activity_id)
            before = activity_to_file_dict(_from_row(row))
            after = activity_to_file_dict(checked)
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            if not changed:
                return Changes()
            _clash(activities_of(session, entity.id, checked.language), checked, entity.code)
            if checked.language != row.language:
                row.position = len(activities_of(session, entity.id, checked.language))
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

    def export_file(self, entity_code: str, path: Path, language: str | None = None) -> int:
        """Write every language (or only `language`); each activity names its language and key."""
        activities = self.list(entity_code, language)
        document: dict[str, Any] = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "entity": entity_code.strip().upper(),
        }
        if language is not None:
            document["language"] = register_language(language)
        document["activities"] = [activity_to_file_dict(a) for a in activities]
        write_atomic(path, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode())
        return len(activities)

    def import_file(self, entity_code: str, path: Path, language: str | None = None) -> int:
        """Make each language in the file equal to it; `language`: for activities naming none.

        An activity that names a language other than `language` is refused (nothing written),
        so `--language fi` never silently replaces the Swedish register.
        """
        given = register_language(language) if language is not None else None
        file_language, parsed = read_register_file(path)
        with self._ctx.writing() as session:
            entity = entity_by_code(session, entity_code)
            assert entity.id is not None
            fallback = given or default_language(entity)
            activities = []
            for index, activity in enumerate(parsed, start=1):
                if given is not None and activity.language and activity.language != given:
                    raise ValidationError(
                        "language",
                        f"{path.name}: activity {index} is in '{activity.language}', not '{given}'; "
                        "import without --language to take each activity's own language",
                    )
                activities.append(replace(activity, language=activity.language or fallback))
            _check_unique(path, activities)
            # An empty file empties its language (the file's, the given or the default one).
            languages = [a.language for a in activities] or [file_language or fallback]
            summary: dict[str, dict[str, list[str]]] = {}
            for code in dict.fromkeys(languages):
                summary[code] = _import_language(
                    session, entity.id, code, [a for a in activities if a.language == code]
                )
            self._audit(session, entity, "register.imported", {"file": path.name, "languages": summary})
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


def _import_language(
    session: Session, entity_id: int, language: str, activities: list[ProcessingActivity]
) -> dict[str, list[str]]:
    rows = list(
        session.exec(
            select(ProcessingActivityRow).where(
                ProcessingActivityRow.entity_id == entity_id, ProcessingActivityRow.language == language
            )
        )
    )
    by_key = {row.key: row for row in rows}
    by_name = {row.name.casefold(): row for row in rows}
    added, updated = [], []
    matched: list[tuple[ProcessingActivity, ProcessingActivityRow | None]] = []
    for activity in activities:
        row = by_key.get(activity.key) or by_name.get(activity.name.casefold())
        if row is not None:
            by_key.pop(row.key, None)
            by_name.pop(row.name.casefold(), None)
        matched.append((activity, row))
    matched_ids = {id(row) for _, row in matched if row is not None}
    removed = [row for row in rows if id(row) not in matched_ids]
    for row in removed:
        session.delete(row)
    session.flush()  # the removed keys and names are free before the others take them
    for position, (activity, row) in enumerate(matched):
        if row is None:
            row = ProcessingActivityRow(entity_id=entity_id, name=activity.name)
            added.append(activity.name)
        elif (
            activity_to_file_dict(_from_row(row)) != activity_to_file_dict(activity)
            or row.position != position
        ):
            updated.append(activity.name)
        _copy_onto(row, activity)
        row.position = position
        session.add(row)
    return {"added": added, "updated": updated, "removed": [row.name for row in removed]}


def read_register_file(path: Path) -> tuple[str | None, list[ProcessingActivity]]:
    """Parse and check a whole register file before anything is written: (its language, activities).

    The file's language is its optional top-level "language"; activities naming none take it.
    """
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
    version = document.get("version")
    if version not in _READABLE_VERSIONS:
        raise ValidationError("file", f"{path.name} has version {version}; expected {FILE_VERSION} (or 1)")
    if version == 1 and any(
        isinstance(item, dict) and ("language" in item or "key" in item)
        for item in document.get("activities") or []
        if isinstance(document.get("activities"), list)
    ):
        raise ValidationError("file", f"{path.name}: version 1 files have no language or key; use version 2")
    file_language = document.get("language")
    if file_language is not None:
        if not isinstance(file_language, str):
            raise ValidationError("file", f"{path.name}: 'language' must be text")
        try:
            file_language = register_language(file_language[:20])
        except ValidationError as exc:
            raise ValidationError("file", f"{path.name}: {exc}") from None
    items = document.get("activities")
    if not isinstance(items, list):
        raise ValidationError("file", f"{path.name}: 'activities' must be a list")
    activities: list[ProcessingActivity] = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValidationError("file", f"{path.name}: activity {index} is not an object")
        try:
            activity = activity_from_dict(item)
        except ValidationError as exc:
            raise ValidationError("file", f"{path.name}: activity {index}: {exc}") from None
        if file_language and activity.language and activity.language != file_language:
            raise ValidationError(
                "file",
                f"{path.name}: activity {index} is in '{activity.language}', the file in '{file_language}'",
            )
        activities.append(replace(activity, language=activity.language or file_language or ""))
    _check_unique(path, activities)
    return file_language, activities


def _check_unique(path: Path, activities: list[ProcessingActivity]) -> None:
    """One name and one key per language ('' = the language the import gives)."""
    seen: set[tuple[str, str]] = set()
    for index, activity in enumerate(activities, start=1):
        for field, value in (("name", activity.name.casefold()), ("key", activity.key)):
            if (activity.language, field + ":" + value) in seen:
                shown = activity.name if field == "name" else activity.key
                raise ValidationError(
                    "file", f"{path.name}: activity {index}: {field} '{shown}' appears twice in one language"
                )
            seen.add((activity.language, field + ":" + value))
