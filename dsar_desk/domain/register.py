"""The record of processing activities (Art. 30) that access responses draw from.

A multilingual controller keeps each activity in every letter language it writes in.
The versions of one activity share a `key` (e.g. "marketing"); each version has its own
`language`, name and texts, and its own position among that language's activities. A
case ticks activities once; a letter takes the versions in its own language, so a
letter never mixes two languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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
    language: str = ""  # one of REGISTER_LANGUAGES; empty: the entity's default letter language
    key: str = ""  # shared by the language versions of one activity; empty: made from the name
    id: int | None = None
    position: int = 0  # the order among the activities of the same language


# The letter languages (letters.templates.LETTER_LANGUAGES; a test keeps them equal).
REGISTER_LANGUAGES = ("nb", "sv", "fi", "da", "en")
_NON_TEXT = ("id", "position", "language", "key")
TEXT_FIELDS = tuple(f.name for f in fields(ProcessingActivity) if f.name not in _NON_TEXT)
_KEY = re.compile(r"^\w[\w-]{0,59}$")


def register_language(language: str, field: str = "language") -> str:
    """A letter language for the register; Nynorsk is written with the Bokmål register."""
    code = language.strip().casefold()
    if code == "nn":
        return "nb"
    if code not in REGISTER_LANGUAGES:
        raise ValidationError(
            field, f"'{language}' is not a letter language ({', '.join(REGISTER_LANGUAGES)})"
        )
    return code


def key_from_name(name: str) -> str:
    """A readable key for a new activity: 'Customer relationship' -> 'customer-relationship'."""
    slug = re.sub(r"[\W_]+", "-", name.casefold()).strip("-")[:60].strip("-")
    return slug or "activity"


def validated_key(key: str) -> str:
    cleaned = key.strip().casefold()
    if not _KEY.match(cleaned):
        raise ValidationError(
            "key", f"'{key[:40]}' is not a key: letters, digits and '-', at most 60, e.g. 'marketing'"
        )
    return cleaned


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
    language = register_language(activity.language) if activity.language else ""
    key = validated_key(activity.key) if activity.key.strip() else key_from_name(values["name"])
    return replace(activity, language=language, key=key, **values)  # type: ignore[arg-type]


def activity_from_dict(data: dict[str, Any]) -> ProcessingActivity:
    unknown = [key for key in data if key not in (*TEXT_FIELDS, *_NON_TEXT)]
    if unknown:
        # The key comes from the file: show a short, printable form of it, never all of it.
        shown = "".join(ch if ch.isprintable() else "?" for ch in unknown[0][:40])
        raise ValidationError(
            shown + ("…" if len(unknown[0]) > 40 else ""),
            f"is not a field of a processing activity ({', '.join(TEXT_FIELDS)})",
        )
    values = {name: data.get(name, "") for name in (*TEXT_FIELDS, "language", "key")}
    for name, value in values.items():
        if not isinstance(value, str):
            raise ValidationError(name, "must be text")
    return validated_activity(ProcessingActivity(**values))


def activity_to_dict(activity: ProcessingActivity) -> dict[str, str]:
    """The texts of one version (what a letter quotes)."""
    return {name: getattr(activity, name) for name in TEXT_FIELDS}


def activity_to_file_dict(activity: ProcessingActivity) -> dict[str, str]:
    """One version as a register file holds it: language and key first."""
    return {"language": activity.language, "key": activity.key, **activity_to_dict(activity)}


# --- languages ------------------------------------------------------------------------


def languages_of(register: Iterable[ProcessingActivity]) -> list[str]:
    """The languages a register is kept in, in REGISTER_LANGUAGES order."""
    present = {activity.language for activity in register}
    return [code for code in REGISTER_LANGUAGES if code in present]


def missing_by_language(register: Sequence[ProcessingActivity]) -> dict[str, list[str]]:
    """Per language kept: the activities (named in another language) it has no version of.

    A language is complete when its list is empty. Names come from the first version found,
    so the handler recognises what to translate.
    """
    names: dict[str, str] = {}
    keys_by_language: dict[str, set[str]] = {}
    for activity in register:
        names.setdefault(activity.key, activity.name)
        keys_by_language.setdefault(activity.language, set()).add(activity.key)
    return {
        code: [name for key, name in names.items() if key not in keys_by_language[code]]
        for code in languages_of(register)
    }


@dataclass(frozen=True)
class RegisterChoice:
    """The register part of a letter: one language only.

    `language` is the language the letter must be written in; it differs from `wanted`
    when the wanted language lacks some of the ticked activities (the fallback).
    `missing` names the ticked activities with no version in `wanted`.
    """

    wanted: str
    language: str
    activities: tuple[ProcessingActivity, ...]
    missing: tuple[str, ...] = ()

    @property
    def fell_back(self) -> bool:
        return self.language != self.wanted


class RegisterGap(ValidationError):
    """Ticked activities that neither the wanted nor the default language has."""


def choose_register(
    register: Sequence[ProcessingActivity], ticked: Iterable[int], wanted: str, default: str
) -> RegisterChoice:
    """The versions of the ticked activities in `wanted`, else all in `default`; never mixed."""
    by_id = {activity.id: activity for activity in register}
    keys = [by_id[activity_id].key for activity_id in ticked if activity_id in by_id]

    def versions(language: str) -> tuple[list[ProcessingActivity], list[str]]:
        found = {a.key: a for a in register if a.language == language and a.key in keys}
        chosen = sorted(found.values(), key=lambda a: (a.position, a.id or 0))
        return chosen, [_name(register, key) for key in dict.fromkeys(keys) if key not in found]

    chosen, missing = versions(wanted)
    if not missing:
        return RegisterChoice(wanted, wanted, tuple(chosen))
    fallback, still_missing = versions(default)
    if still_missing:
        raise RegisterGap(
            "activities",
            f"{', '.join(still_missing)}: not in the register in '{wanted}' nor in the entity's default "
            f"letter language '{default}'; add a version in Settings > Processing register",
        )
    return RegisterChoice(wanted, default, tuple(fallback), tuple(missing))


def _name(register: Sequence[ProcessingActivity], key: str) -> str:
    return next(a.name for a in register if a.key == key)


def one_per_activity(
    register: Sequence[ProcessingActivity], preferred: str, ticked: Iterable[int] = ()
) -> list[ProcessingActivity]:
    """One version per activity for ticking: the ticked one, else the `preferred` language's.

    Ticking is per activity, not per version: a letter finds the versions in its language.
    Keeping the ticked version's id means an unchanged choice reads back unchanged.
    """
    ticked_ids = set(ticked)
    chosen: dict[str, ProcessingActivity] = {}
    for activity in register:
        current = chosen.get(activity.key)
        if (
            current is None
            or (activity.id in ticked_ids and current.id not in ticked_ids)
            or (
                activity.language == preferred
                and current.language != preferred
                and current.id not in ticked_ids
            )
        ):
            chosen[activity.key] = activity
    order = {code: index for index, code in enumerate(REGISTER_LANGUAGES)}
    preferred_order = {a.key: a.position for a in register if a.language == preferred}
    return sorted(
        chosen.values(),
        key=lambda a: (
            a.key not in preferred_order,
            preferred_order.get(a.key, 0),
            order.get(a.language, 9),
            a.position,
        ),
    )
