"""Settings kept in the case store, shared by every workstation that opens it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlmodel import Session

from dsar_desk.domain.collation import DEFAULT_NAME_ORDER, NameOrder
from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.vocabulary import PauseCounting
from dsar_desk.storage.tables import SettingRow


@dataclass(frozen=True)
class Settings:
    handler_name: str = ""
    pause_counting: PauseCounting = PauseCounting.EXCLUSIVE
    due_soon_days: int = 7
    # The EDPB gives no number for "without undue delay"; three working days is the
    # rule book's suggestion for flagging a late identity or clarification request.
    undue_delay_working_days: int = 3
    # The window hides everything behind a lock screen after this many idle minutes.
    lock_after_minutes: int = 10
    # How the register sorts requester names: Swedish/Finnish (... Z Å Ä Ö) unless the
    # controller chooses Danish/Norwegian (... Z Æ Ø Å). Stored per case as a sort key.
    name_order: NameOrder = DEFAULT_NAME_ORDER

    def validated(self) -> Settings:
        if not 1 <= self.due_soon_days <= 60:
            raise ValidationError("due-soon threshold", "must be between 1 and 60 days")
        if not 0 <= self.undue_delay_working_days <= 30:
            raise ValidationError("undue delay", "must be between 0 and 30 working days")
        if not 1 <= self.lock_after_minutes <= 240:
            raise ValidationError("lock after", "must be between 1 and 240 minutes of inactivity")
        if self.name_order not in set(NameOrder):
            choices = ", ".join(order.value for order in NameOrder)
            raise ValidationError("name order", f"must be one of {choices}")
        return Settings(
            handler_name=self.handler_name.strip()[:200],
            pause_counting=PauseCounting(self.pause_counting),
            due_soon_days=int(self.due_soon_days),
            undue_delay_working_days=int(self.undue_delay_working_days),
            lock_after_minutes=int(self.lock_after_minutes),
            name_order=NameOrder(self.name_order),
        )


def load_settings(session: Session) -> Settings:
    values = {}
    for item in fields(Settings):
        row = session.get(SettingRow, item.name)
        if row is not None:
            values[item.name] = json.loads(row.value)
    settings = Settings(**values)
    return Settings(
        handler_name=settings.handler_name,
        pause_counting=PauseCounting(settings.pause_counting),
        due_soon_days=settings.due_soon_days,
        undue_delay_working_days=settings.undue_delay_working_days,
        lock_after_minutes=settings.lock_after_minutes,
        name_order=NameOrder(settings.name_order),
    )


def store_settings(session: Session, settings: Settings) -> dict[str, list[object]]:
    """Write changed settings; returns {name: [old, new]} for the audit trail."""
    old = asdict(load_settings(session))
    changed: dict[str, list[object]] = {}
    for name, value in asdict(settings).items():
        if old[name] != value:
            changed[name] = [old[name], value]
            session.merge(SettingRow(key=name, value=json.dumps(value)))
    return changed
