"""Which values of an audit payload survive anonymisation.

A keep-list, not a block-list: a value stays only if its key is known to hold a
date, a code or a count (the statistics and the skeleton of the procedure). Anything
else, including keys added later by other features, is replaced by a marker, so a
new free-text field can never leak through retention by being forgotten here.
"""

from __future__ import annotations

from typing import Any

REDACTED = "[redacted]"

# Top-level keys and keys inside "changed" whose values are never personal.
KEEP = frozenset(
    {
        "anonymised_at",
        "calendar_version",
        "channel",
        "closed_on",
        "code",
        "conservative_due",
        "created_at",
        "decided_on",
        "due_date",
        "entity_id",
        "extension_notice_by",
        "extension_notified_on",
        "handler",
        "identity_checked_on",
        "kind",
        "language",
        "on",
        "outcome",
        "paused_days",
        "received",
        "reference",
        "relationship",
        "reopened_count",
        "representative_authority_checked",
        "requester_language",
        "right",
        "rights",
        "rights_summary",
        "sent_channel",
        "sent_on",
        "seq",
        "size",
        "status",
        "updated_at",
        "year",
    }
)
# Keys whose whole value is structured and non-personal: a pause (reason code, dates,
# days) and the suppression entries (ids and channels, never the contact).
KEEP_WHOLE = frozenset({"pause", "suppression"})


def redact_payload(payload: dict[str, Any]) -> dict[str, Any]:
    redacted: dict[str, Any] = {}
    for key, value in payload.items():
        if key in KEEP or key in KEEP_WHOLE:
            redacted[key] = value
        elif key == "changed" and isinstance(value, dict):
            redacted[key] = {
                field: (pair if field in KEEP else _blank(pair)) for field, pair in value.items()
            }
        else:
            redacted[key] = _blank(value)
    return redacted


def _blank(value: Any) -> Any:
    """Keep the shape (a [before, after] pair stays a pair), drop the content."""
    if isinstance(value, list):
        return [_blank(item) for item in value]
    if value in (None, "", False):
        return value
    return REDACTED
