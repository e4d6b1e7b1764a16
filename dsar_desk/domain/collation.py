"""Sort keys for personal names in Nordic alphabetical order.

The register sorts 100,000 cases in the database, where a per-row Python collation
would be too slow; so each case stores this key, computed when the name is written, and
the database compares keys byte by byte. The key maps the letters after Z onto the
ASCII characters after "z" in the order of the chosen alphabet:

- Danish and Norwegian: ... X Y Z Æ Ø Å (Ä with Æ, Ö with Ø; "aa" as Å, as in Aasen);
- Swedish and Finnish: ... X Y Z Å Ä Ö (Æ with Ä, Ø with Ö).

In both, Ü sorts with Y, and other accented letters with their base letter (É with E,
Č with C). Names equal at that level are ordered by their accents and case next.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


class NameOrder(StrEnum):
    DANISH_NORWEGIAN = "da-nb"
    SWEDISH_FINNISH = "sv-fi"


# Until a controller chooses (Settings → name order): the order of two of the four
# countries and of the Finnish alphabet as well.
DEFAULT_NAME_ORDER = NameOrder.SWEDISH_FINNISH


_AFTER_Z = ("{", "|", "}")  # the three ASCII characters after "z", in order
_LETTERS: dict[NameOrder, dict[str, str]] = {
    NameOrder.DANISH_NORWEGIAN: {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"},
    NameOrder.SWEDISH_FINNISH: {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"},
}
_ALSO = {"ü": "y", "ű": "y", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"}
SECONDARY = "\x01"  # below every character a name can hold, so "Ann" sorts before "Anna"


def _primary(name: str, order: NameOrder) -> str:
    letters = _LETTERS[order]
    text = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    if order is NameOrder.DANISH_NORWEGIAN:
        text = text.replace("aa", "å")
    out: list[str] = []
    for char in text:
        mapped = letters.get(char) or _ALSO.get(char)
        if mapped is not None:
            out.append(mapped)
            continue
        # Other accents are a second-level difference: é sorts with e, č with c.
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        out.append(base if base.isascii() else char)
    return "".join(out)


def name_sort_key(name: str, order: NameOrder) -> str:
    """The key to sort `name` by; equal names give equal keys, an empty name sorts first."""
    primary = _primary(name, order)
    if not primary:
        return ""
    return primary + SECONDARY + unicodedata.normalize("NFC", " ".join(name.split()))
