"""Controller entities: the legal entities of a group that answer requests."""

from __future__ import annotations

from dataclasses import asdict

from sqlmodel import Session, select

from dsar_desk.domain.errors import NotFound, ValidationError
from dsar_desk.domain.model import Entity, clean_name, clean_text, validate_email, validate_entity_code
from dsar_desk.domain.retention import DEFAULT_RETENTION_YEARS, validate_retention_years
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import Changes, ServiceContext
from dsar_desk.services.deadline_refresh import refresh_entity_deadlines
from dsar_desk.storage.repository import entity_from_row
from dsar_desk.storage.tables import EntityRow


def validated_entity(entity: Entity) -> Entity:
    name = clean_name(entity.name, "name", limit=200)
    if not name:
        raise ValidationError("name", "the entity's legal name is required")
    return Entity(
        code=validate_entity_code(entity.code),
        name=name,
        country=entity.country,
        org_number=clean_text(entity.org_number, "org number", limit=40, single_line=True),
        address=clean_text(entity.address, "address", limit=500),
        email=validate_email(entity.email),
        dpo=clean_text(entity.dpo, "dpo", limit=300),
        language=entity.language,
        profile=entity.profile,
    )


class EntityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list(self) -> list[Entity]:
        with self._ctx.reading() as session:
            return [entity_from_row(row) for row in session.exec(select(EntityRow).order_by(EntityRow.code))]

    def add(self, entity: Entity, *, retention_years: int = DEFAULT_RETENTION_YEARS) -> Changes:
        entity = validated_entity(entity)
        years = validate_retention_years(retention_years)
        with self._ctx.writing() as session:
            if _find(session, entity.code) is not None:
                raise ValidationError("code", f"an entity with code '{entity.code}' already exists")
            row = EntityRow(
                code=entity.code,
                name=entity.name,
                country=entity.country.value,
                retention_years=years,
                created_at=self._ctx.clock.now(),
            )
            session.add(_row_from(entity, row))
            append_event(
                session,
                self._ctx.clock.now(),
                self._ctx.actor,
                "entity.added",
                {**_columns(entity), "retention_years": years},
                entity_code=entity.code,
            )
        return Changes(entities=True)

    def retention_years(self) -> dict[str, int]:
        """Years after closure before each entity's cases are anonymised, by entity code."""
        with self._ctx.reading() as session:
            return {row.code: row.retention_years for row in session.exec(select(EntityRow))}

    def set_retention(self, code: str, years: int) -> Changes:
        """Change how long an entity's closed cases keep personal data (audited)."""
        value = validate_retention_years(years)
        with self._ctx.writing() as session:
            row = _find(session, code.strip().upper())
            if row is None:
                raise NotFound(f"entity: no entity with code '{code.strip().upper()}'")
            if row.retention_years == value:
                return Changes()
            before = row.retention_years
            row.retention_years = value
            session.add(row)
            append_event(
                session,
                self._ctx.clock.now(),
                self._ctx.actor,
                "entity.retention-changed",
                {"retention_years": [before, value]},
                entity_code=row.code,
            )
        return Changes(entities=True)

    def update(self, entity: Entity) -> Changes:
        entity = validated_entity(entity)
        with self._ctx.writing() as session:
            row = _find(session, entity.code)
            if row is None:
                raise ValidationError("code", f"no entity with code '{entity.code}'")
            before = _columns(entity_from_row(row))
            after = _columns(entity)
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            if not changed:
                return Changes()
            _row_from(entity, row)
            session.add(row)
            append_event(
                session,
                self._ctx.clock.now(),
                self._ctx.actor,
                "entity.updated",
                changed,
                entity_code=entity.code,
            )
            refs: frozenset[str] = frozenset()
            if "country" in changed or "profile" in changed:
                assert row.id is not None
                refs = refresh_entity_deadlines(session, row.id, self._ctx)
        return Changes(case_refs=refs, entities=True)


def _find(session: Session, code: str) -> EntityRow | None:
    return session.exec(select(EntityRow).where(EntityRow.code == code)).first()


def _columns(entity: Entity) -> dict[str, str]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in asdict(entity).items()}


def _row_from(entity: Entity, row: EntityRow) -> EntityRow:
    for key, value in _columns(entity).items():
        setattr(row, key, value)
    return row
