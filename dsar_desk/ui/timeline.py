"""Turning audit events of a case into timeline lines people can read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from dsar_desk.services.queries import CaseDetail, TimelineItem
from dsar_desk.ui.labels import language_label, outcome_label, pause_reason_label, right_label
from dsar_desk.ui.letters.labels import kind_label, sent_channel_label

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    what: str
    detail: str
    actor: str


def _changed(payload: dict[str, Any], key: str) -> Any:
    pair = payload.get("changed", {}).get(key)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def describe(item: TimelineItem) -> TimelineEntry:
    p = item.summary
    kind = item.kind
    what, detail = kind, ""
    if kind == "case.created":
        what = translate("Timeline", "Request logged")
        rights = str(p.get("rights_summary", "")).split(",")
        detail = ", ".join(right_label(r) for r in rights if r)
    elif kind == "case.paused":
        pause = p.get("pause", {})
        what = translate("Timeline", "Paused")
        detail = translate("Timeline", "%1, from %2").replace(
            "%1", pause_reason_label(pause.get("reason", "other"))
        )
        detail = detail.replace("%2", str(pause.get("start", "")))
    elif kind == "case.resumed":
        pause = p.get("pause", {})
        what = translate("Timeline", "Resumed")
        detail = translate("Timeline", "%1 paused day(s) added to the deadline").replace(
            "%1", str(pause.get("days", 0))
        )
    elif kind == "case.identity-verified":
        what = translate("Timeline", "Identity verified")
        detail = str(_changed(p, "identity_method") or "")
    elif kind == "case.extended":
        what = translate("Timeline", "Deadline extended")
        detail = str(_changed(p, "extension_reasons") or "")
    elif kind == "case.outcome-recorded":
        what = translate("Timeline", "Outcome recorded")
        detail = right_label(p.get("right", "access")) + ": " + outcome_label(p.get("outcome"))
        if p.get("code"):
            detail += " (" + str(p["code"]) + ")"
    elif kind == "case.closed":
        what = translate("Timeline", "Closed")
    elif kind == "case.reopened":
        what = translate("Timeline", "Reopened")
        detail = str(p.get("reason", ""))
    elif kind == "case.handler-assigned":
        what = translate("Timeline", "Handler assigned")
        detail = str(_changed(p, "handler") or translate("Timeline", "(nobody)"))
    elif kind == "case.note-added":
        what = translate("Timeline", "Note")
        detail = str(p.get("text", ""))
    elif kind == "case.attachment-added":
        what = translate("Timeline", "Attachment added")
        detail = str(p.get("name", ""))
    elif kind == "case.deadlines-recomputed":
        what = translate("Timeline", "Deadlines recomputed")
        due = p.get("due_date")
        if isinstance(due, list) and len(due) == 2:
            detail = (
                translate("Timeline", "due %1 → %2").replace("%1", str(due[0])).replace("%2", str(due[1]))
            )
    elif kind == "case.requester-updated":
        what = translate("Timeline", "Requester details corrected")
    elif kind == "letter.saved":
        what = translate("Timeline", "Letter saved")
        detail = (
            kind_label(str(p.get("kind", ""))) + " (" + language_label(str(p.get("language", "en"))) + ")"
        )
    elif kind == "letter.sent":
        what = translate("Timeline", "Letter sent")
        detail = (
            translate("Timeline", "%1, %2, %3")
            .replace("%1", kind_label(str(p.get("kind", ""))))
            .replace("%2", str(p.get("on", "")))
            .replace("%3", sent_channel_label(str(p.get("channel", ""))))
        )
    elif kind == "case.letter-facts-updated":
        what = translate("Timeline", "Letter facts recorded")
        detail = ", ".join(sorted(p.get("changed", {})))
    elif kind.startswith("letter"):
        what = translate("Timeline", "Letter")
        detail = str(p.get("kind", ""))
    return TimelineEntry(item.at, what, " ".join(detail.split()), item.actor)


def timeline_entries(detail: CaseDetail) -> list[TimelineEntry]:
    """Newest first: the latest step is what the handler needs to see.

    The audit trail is already in the order things happened (events can share a second),
    so it is reversed rather than sorted by time.
    """
    return [describe(item) for item in reversed(detail.timeline)]
