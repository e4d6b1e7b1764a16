"""What every export states about itself: month, scope, when, by whom, names or not, audit head."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dsar_desk.exports.month import Month

NAMES_INCLUDED = "INCLUDED: this file contains requester names and contact details"
NAMES_LEFT_OUT = "left out (pseudonymous by case reference)"


@dataclass(frozen=True)
class ExportHeader:
    month: Month
    entity_code: str | None  # None: every entity
    entity_name: str
    exported_at: datetime
    exported_by: str
    include_names: bool
    audit_head: str
    audit_events: int
    rows: int

    @property
    def scope(self) -> str:
        return f"{self.entity_code} {self.entity_name}" if self.entity_code else "all entities"

    @property
    def title(self) -> str:
        return f"Monthly request log {self.month}"

    def lines(self) -> list[tuple[str, str]]:
        return [
            ("Report", self.title),
            ("Month", str(self.month)),
            ("Entity", self.scope),
            ("Requests", str(self.rows)),
            ("Requester names", NAMES_INCLUDED if self.include_names else NAMES_LEFT_OUT),
            ("Exported", self.exported_at.strftime("%Y-%m-%d %H:%M %Z").strip()),
            ("Exported by", self.exported_by),
            ("Audit chain head", f"{self.audit_head} (after {self.audit_events} events)"),
        ]
