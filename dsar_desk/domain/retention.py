"""How long a closed case keeps its personal data (rule book §4 item 12, open question 8).

The law sets no period; the default is three years after closure (the limitation
period for claims in NO, FI and DK), configurable per entity because Swedish
controllers often choose ten. The choice is the controller's documented assessment.
"""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.errors import ValidationError

DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30


def validate_retention_years(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("retention years", "give a whole number of years, e.g. 3")
    try:
        years = int(value)
    except ValueError:
        raise ValidationError("retention years", "give a whole number of years, e.g. 3") from None
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(
            "retention years",
            f"must be between {MIN_RETENTION_YEARS} and {MAX_RETENTION_YEARS} years (the default is "
            f"{DEFAULT_RETENTION_YEARS})",
        )
    return years


def anonymise_on(closed_on: date, years: int) -> date:
    """The first day on which a case closed on `closed_on` is due for anonymisation.

    A case closed on 29 February waits until 1 March: the full period must have run.
    """
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:
        return date(closed_on.year + years, 3, 1)


def is_due(closed_on: date | None, years: int, as_of: date) -> bool:
    return closed_on is not None and as_of >= anonymise_on(closed_on, years)
