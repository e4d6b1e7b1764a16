"""What Help → Diagnostics shows: the audit trail's state, without any personal data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlmodel import col

from dsar_desk.services.audit import ChainReport, verify_chain
from dsar_desk.services.context import ServiceContext
from dsar_desk.storage.tables import AuditEventRow


class TrailState(StrEnum):
    INTACT = "intact"
    BROKEN = "broken"
    EMPTY = "empty"


@dataclass(frozen=True)
class AuditStatus:
    """The verification result in plain values for a view.

    `first_bad_*` describe the earliest failing event (its action, case reference and
    time are not personal data); they are None when the trail is intact.
    """

    state: TrailState
    events: int
    head: str
    redacted: int
    checked_at: datetime
    first_bad_id: int | None = None
    problem: str = ""
    problems: int = 0
    first_bad_action: str | None = None
    first_bad_case: str | None = None
    anchor: str | None = None
    anchor_found: bool | None = None

    @property
    def ok(self) -> bool:
        return self.state is not TrailState.BROKEN

    def summary(self) -> str:
        """One line, as the command line prints it."""
        if self.state is TrailState.EMPTY:
            return "Audit trail empty: nothing recorded yet"
        if self.state is TrailState.INTACT:
            text = f"Audit trail intact: {self.events} event(s)"
            if self.redacted:
                text += f", {self.redacted} redacted by retention"
            text += f"; head {self.head}"
            if self.anchor_found:
                text += f"; anchor {self.anchor} found"
            return text
        if self.first_bad_id is None:
            return (
                f"Audit trail broken: the recorded head {self.anchor} is not in the trail; "
                "events after it were removed or the trail was rewritten"
            )
        where = ", ".join(part for part in (self.first_bad_action, self.first_bad_case) if part)
        text = f"Audit trail broken at event {self.first_bad_id}"
        if where:
            text += f" ({where})"
        text += f": {self.problem}"
        if self.problems > 1:
            text += f"; {self.problems} event(s) fail in all"
        return text + "; the trail from there on cannot be trusted"


def audit_status(ctx: ServiceContext, anchor: str | None = None) -> AuditStatus:
    """Verify the whole chain (a read-only walk; safe while others write)."""
    with ctx.engine.connect() as conn:
        report: ChainReport = verify_chain(conn, anchor=anchor)
        first = None
        if report.first_bad_id is not None:
            # Action and case only (the time of a tampered row may not even parse).
            first = conn.execute(
                select(col(AuditEventRow.action), col(AuditEventRow.case_ref)).where(
                    col(AuditEventRow.id) == report.first_bad_id
                )
            ).first()
    return _status(report, ctx.clock.now(), (first[0], first[1]) if first is not None else None)


def _status(report: ChainReport, now: datetime, first: tuple[str, str | None] | None) -> AuditStatus:
    if not report.ok:
        state = TrailState.BROKEN
    elif report.events == 0:
        state = TrailState.EMPTY
    else:
        state = TrailState.INTACT
    return AuditStatus(
        state=state,
        events=report.events,
        head=report.head,
        redacted=report.redacted,
        checked_at=now,
        first_bad_id=report.first_bad_id,
        problem=report.problem,
        problems=report.problems,
        first_bad_action=first[0] if first is not None else None,
        first_bad_case=first[1] if first is not None else None,
        anchor=report.anchor,
        anchor_found=report.anchor_found,
    )
