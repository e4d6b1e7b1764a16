"""Keep stored due dates true when the rules behind them change.

Due dates are stored (indexed) so registers and reports can sort and filter in SQL;
they are recomputed when a case changes, when its entity's country or profile
changes, when the pause counting setting changes, and when the holiday data change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dsar_desk.domain.calendars import calendar_data_version
from dsar_desk.domain.model import Case
from dsar_desk.domain.vocabulary import FINISHED_STATUSES, PauseCounting
from dsar_desk.services.audit import append_event
from dsar_desk.services.context import ServiceContext
from dsar_desk.storage.repository import load_case
from dsar_desk.storage.tables import CaseRow, SettingRow


def store_deadlines(row: CaseRow, case: Case, counting: PauseCounting, as_of: date) -> None:
    deadlines = case.deadlines(counting, as_of)
    row.paused_days = case.paused_days(counting, as_of)
    row.due_date = deadlines.due
    row.extension_notice_by = deadlines.extension_notice_by
    row.conservative_due = deadlines.conservative_due
    row.calendar_version = calendar_data_version()


def _refresh(session: Session, refs: list[str], ctx: ServiceContext) -> frozenset[str]:
    today = ctx.clock.today()
    counting = ctx.settings.pause_counting
    changed: set[str] = set()
    for ref in refs:
        loaded = load_case(session, ref)
        before = (loaded.row.due_date, loaded.row.extension_notice_by, loaded.row.conservative_due)
        store_deadlines(loaded.row, loaded.case, counting, today)
        session.add(loaded.row)
        after = (loaded.row.due_date, loaded.row.extension_notice_by, loaded.row.conservative_due)
        if before != after:
            changed.add(ref)
            append_event(
                session,
                ctx.clock.now(),
                ctx.actor,
                "case.deadlines-recomputed",
                {
                    "due_date": [before[0], after[0]],
                    "extension_notice_by": [before[1], after[1]],
                    "conservative_due": [before[2], after[2]],
                },
                case_ref=ref,
                entity_code=loaded.case.entity.code,
            )
    return frozenset(changed)


def _open_refs(session: Session, *conditions: object) -> list[str]:
    query = select(CaseRow.reference).where(col(CaseRow.status).not_in([s.value for s in FINISHED_STATUSES]))
    for condition in conditions:
        query = query.where(condition)  # type: ignore[arg-type]
    return list(session.exec(query))


def refresh_entity_deadlines(session: Session, entity_id: int, ctx: ServiceContext) -> frozenset[str]:
    return _refresh(session, _open_refs(session, CaseRow.entity_id == entity_id), ctx)


def refresh_all_open(session: Session, ctx: ServiceContext) -> frozenset[str]:
    return _refresh(session, _open_refs(session), ctx)


# The holiday data version the open cases were last brought up to. Every later write stamps
# the version of the program that made it, so only a program with other holiday data
# (an update, or a store opened by another install) needs to look at every open case.
CALENDAR_SETTING = "calendar_version"


def refresh_stale_calendar(ctx: ServiceContext) -> frozenset[str]:
    """Recompute open cases whose dates came from other holiday data; run on open.

    Cheap when nothing changed: one settings row is read instead of scanning the cases.
    """
    version = calendar_data_version()
    # Core, not a Session: the usual open then needs no ORM set-up at all.
    marker_query = sa_select(col(SettingRow.value)).where(col(SettingRow.key) == CALENDAR_SETTING)
    with ctx.engine.connect() as conn:
        if conn.execute(marker_query).scalar() == version:
            return frozenset()
    with ctx.reading() as session:
        stale = _open_refs(session, CaseRow.calendar_version != version)
    with ctx.writing() as session:
        changed = _refresh(session, stale, ctx) if stale else frozenset()
        session.merge(SettingRow(key=CALENDAR_SETTING, value=version))
    return changed
