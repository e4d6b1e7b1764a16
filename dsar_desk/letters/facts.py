"""Letter facts: what the handler records for a case's letters (kept in dsar_case.letter_facts).

Stored as one flat JSON object. Every key is optional; each letter kind checks that the
ones it needs are present (`compose`). Unknown keys and wrong types are refused with
the key's name, so a typo never silently drops a fact from a letter.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import clean_text


@dataclass(frozen=True)
class Withheld:
    category: str
    reason: str


@dataclass(frozen=True)
class ErasureItem:
    category: str
    erased: bool
    ground: str = ""  # e.g. "GDPR Art. 17(3)(b)"
    statute: str = ""  # e.g. "bokføringsloven § 13"
    retention_end: str = ""  # a date (YYYY-MM-DD) or a criterion


@dataclass(frozen=True)
class LetterFacts:
    activities: tuple[int, ...] = ()  # processing_activity ids that apply to this requester
    searched: tuple[str, ...] = ()  # systems and departments searched
    withheld: tuple[Withheld, ...] = ()
    copy: str = ""  # how the copy of the data is provided
    erasure: tuple[ErasureItem, ...] = ()
    extension_reasons: str = ""
    identity_requested: str = ""  # what we ask for to confirm identity
    reply_by: date | None = None  # for identity and clarification requests
    rectification_changes: str = ""
    restricted: str = ""
    restriction_ground: str = ""
    portability_format: str = ""
    portability_delivery: str = ""
    objection_processing: str = ""
    marketing_channels: str = ""
    marketing_stopped_on: date | None = None
    last_campaign: str = ""
    consent_processing: str = ""
    consent_after: str = ""

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("reply_by", "marketing_stopped_on"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        clean = {k: v for k, v in data.items() if v not in ("", (), [], None)}
        return json.dumps(clean, ensure_ascii=False, sort_keys=True)


FACT_KEYS = tuple(f.name for f in fields(LetterFacts))


def _text(key: str, value: Any, limit: int = 2000) -> str:
    if not isinstance(value, str):
        raise ValidationError(key, "must be text")
    return clean_text(value, key, limit=limit)


def _day(key: str, value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(key, f"'{value}' is not a date; use YYYY-MM-DD") from None


def _list(key: str, value: Any) -> list[Any]:
    if isinstance(value, tuple):
        return list(value)
    if not isinstance(value, list):
        raise ValidationError(key, "must be a list")
    return value


def parse_facts(data: dict[str, Any]) -> LetterFacts:
    unknown = [key for key in data if key not in FACT_KEYS]
    if unknown:
        raise ValidationError(unknown[0], f"is not a letter fact (known: {', '.join(FACT_KEYS)})")
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key == "activities":
            ids = _list(key, raw)
            if not all(isinstance(item, int) and not isinstance(item, bool) for item in ids):
                raise ValidationError(key, "must be a list of activity numbers")
            values[key] = tuple(dict.fromkeys(ids))
        elif key == "searched":
            values[key] = tuple(t for t in (_text(key, item, 200) for item in _list(key, raw)) if t)
        elif key == "withheld":
            items = []
            for item in _list(key, raw):
                entry = asdict(item) if isinstance(item, Withheld) else item
                if not isinstance(entry, dict):
                    raise ValidationError(key, "each entry needs 'category' and 'reason'")
                category = _text("withheld category", entry.get("category", ""), 300)
                reason = _text("withheld reason", entry.get("reason", ""), 1000)
                if not category or not reason:
                    raise ValidationError(key, "each withheld category needs its reason (Art. 15(4), 12(4))")
                items.append(Withheld(category, reason))
            values[key] = tuple(items)
        elif key == "erasure":
            entries = []
            for item in _list(key, raw):
                entry = asdict(item) if isinstance(item, ErasureItem) else item
                if not isinstance(entry, dict):
                    raise ValidationError(key, "each entry needs 'category' and 'erased'")
                category = _text("erasure category", entry.get("category", ""), 300)
                erased = entry.get("erased")
                if not category or not isinstance(erased, bool):
                    raise ValidationError(key, "each entry needs a category and erased: true or false")
                ground = _text("erasure ground", entry.get("ground", ""), 300)
                statute = _text("erasure statute", entry.get("statute", ""), 300)
                end = _text("erasure retention_end", entry.get("retention_end", ""), 200)
                if not erased and not (ground and statute and end):
                    raise ValidationError(
                        "erasure",
                        f"'{category}' is kept: give its ground, statute and retention_end (Art. 17(3))",
                    )
                entries.append(ErasureItem(category, erased, ground, statute, end))
            values[key] = tuple(entries)
        elif key in ("reply_by", "marketing_stopped_on"):
            values[key] = _day(key, raw)
        else:
            values[key] = _text(key, raw)
    return LetterFacts(**values)


def facts_from_json(text: str) -> LetterFacts:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise ValidationError("letter facts", f"are not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValidationError("letter facts", "must be a JSON object")
    return parse_facts(data)
