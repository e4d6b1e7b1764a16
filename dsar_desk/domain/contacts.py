"""Normal forms of e-mail addresses and phone numbers, for the suppression list.

A suppression entry must match the same contact however it is typed later
("Ola@Example.NO ", "+47 912 34 567", "0047 91234567", "912 34 567" for a Norwegian
entity). Phone numbers are brought to E.164; a number without a country code is read
in the entity's country, or, when checking, in each of the four countries in turn.
"""

from __future__ import annotations

import re
import unicodedata

from dsar_desk.domain.errors import ValidationError
from dsar_desk.domain.vocabulary import Country

CALLING_CODES: dict[Country, str] = {Country.NO: "47", Country.SE: "46", Country.FI: "358", Country.DK: "45"}
# Sweden and Finland write national numbers with a trunk 0 that E.164 drops.
TRUNK_ZERO = {Country.SE, Country.FI}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
# Never echo the contact: these messages may reach a terminal others can see.
NOT_A_CONTACT = "is neither an e-mail address (name@example.no) nor a phone number (+47 912 34 567)"


def looks_like_email(text: str) -> bool:
    return "@" in text


def normalise_email(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).strip().casefold()
    if len(value) > 254 or not _EMAIL.match(value):
        raise ValidationError("contact", NOT_A_CONTACT)
    return value


def phone_forms(text: str, country: Country | None = None) -> list[str]:
    """E.164 forms ('+4791234567') the number can stand for; one form when unambiguous."""
    value = unicodedata.normalize("NFKC", text).strip()
    if not value or len(value) > 40 or not _PHONE_CHARS.match(value):
        raise ValidationError("contact", NOT_A_CONTACT)
    digits = re.sub(r"\D", "", value)
    if value.startswith("+"):
        forms = [digits]
    elif digits.startswith("00"):
        forms = [digits[2:]]
    else:
        countries = [country] if country is not None else list(CALLING_CODES)
        forms = []
        for each in countries:
            national = digits[1:] if each in TRUNK_ZERO and digits.startswith("0") else digits
            forms.append(CALLING_CODES[each] + national)
    checked = [f"+{form}" for form in dict.fromkeys(forms) if 8 <= len(form) <= 15]
    if not checked:
        raise ValidationError("contact", NOT_A_CONTACT)
    return checked
