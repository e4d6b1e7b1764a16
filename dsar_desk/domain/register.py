"""The record of processing activities (Art. 30) that access responses draw from."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.model import clean_text


@dataclass(frozen=True)
class ProcessingActivity:
    name: str
    purposes: str = ""
    legal_basis: str = ""
    data_categories: str = ""
    recipients: str = ""
    retention: str = ""
    source: str = ""
    transfers: str = ""  # outside the EEA, with the Art. 46 safeguards; empty: none
    automated_decisions: str = ""  # Art. 22 decisions with their logic; empty: none
    id: int | None = None
    position: int = 0


TEXT_FIELDS = tuple(f.name for f in fields(ProcessingActivity) if f.name not in ("id", "position"))


def validated_activity(activity: ProcessingActivity) -> ProcessingActivity:
    values = {
        name: clean_text(getattr(activity, name), name, limit=200 if name == "name" else 2000)
        for name in TEXT_FIELDS
    }
    if not values["name"]:
        raise ValidationError("name", "give the activity a name, e.g. 'Customer relationship'")
    for required in ("purposes", "legal_basis", "data_categories", "retention"):
        if not values[required]:
            raise ValidationError(
                required, f"is needed for access responses (Art. 15(1)); '{values['name']}'"
            )
    return replace(activity, **values)  # type: ignore[arg-type]


def activity_from_dict(data: dict[str, Any]) -> ProcessingActivity:
    unknown = [key for key in data if key not in (*TEXT_FIELDS, "id", "position")]
    if unknown:
        # The key comes from the file: show a short, printable form of it, never all of it.
        shown = "".join(ch if ch.isprintable() else "?" for ch in unknown[0][:40])
        raise ValidationError(
            shown + ("…" if len(unknown[0]) > 40 else ""),
            f"is not a field of a processing activity ({', '.join(TEXT_FIELDS)})",
        )
    values = {name: data.get(name, "") for name in TEXT_FIELDS}
    for name, value in values.items():
        if not isinstance(value, str):
            raise ValidationError(name, "must be text")
    return validated_activity(ProcessingActivity(**values))


def activity_to_dict(activity: ProcessingActivity) -> dict[str, str]:
    return {name: getattr(activity, name) for name in TEXT_FIELDS}
