"""Validation problems the core reports by kind are worded by the window, in its language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dsar_desk.domain import model
from dsar_desk.domain.errors import DomainError, InvalidTransition, ValidationError
from dsar_desk.ui.error_text import error_text, field_error_text

DOMAIN = Path(model.__file__).parent


def _kinds_raised_by_the_core() -> set[str]:
    kinds: set[str] = set()
    for source in DOMAIN.glob("*.py"):
        kinds.update(re.findall(r'kind="([a-z-]+)"', source.read_text(encoding="utf-8")))
        kinds.update(re.findall(r'return "([a-z-]+)", f?"', source.read_text(encoding="utf-8")))
    return kinds


def test_every_kind_the_core_raises_is_worded_by_the_window():
    kinds = _kinds_raised_by_the_core()
    assert {"email-format", "too-long", "control-character", "date-in-future"} <= kinds
    for kind in kinds:
        exc = ValidationError("field", "english detail", kind=kind, params=(date(2030, 1, 2), 3))
        if kind == "too-long":
            exc = ValidationError("field", "english detail", kind=kind, params=(300, 200))
        elif kind in ("control-character", "direction-control"):
            exc = ValidationError("field", "english detail", kind=kind, params=("U+0007",))
        assert field_error_text(exc) != "English detail", kind


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: model.validate_email("not-an-address"), "not an e-mail address"),
        (lambda: model.clean_text("x" * 30, "scope", limit=10), "30 characters, at most 10"),
        (lambda: model.clean_text("a\x07b", "scope"), "U+0007"),
        (lambda: model.clean_text("a\u202eb", "scope"), "U+202E"),
        (lambda: model.validate_received(date(2027, 1, 1), date(2026, 11, 20)), "is in the future"),
        (lambda: model.validate_received(date(2018, 5, 24), date(2026, 11, 20)), "25 May 2018"),
    ],
)
def test_core_errors_reach_the_field_in_window_words(call, expected):
    with pytest.raises(ValidationError) as caught:
        call()
    assert expected in field_error_text(caught.value)
    assert "name@example.no" not in field_error_text(caught.value)


def test_unknown_errors_keep_the_core_sentence():
    assert field_error_text(ValidationError("scope", "say what is wanted")) == "Say what is wanted"
    assert error_text(InvalidTransition("the case is closed")) == "the case is closed"
    assert error_text(DomainError("x: y")) == "x: y"


def test_received_on_the_day_the_gdpr_took_effect_is_accepted():
    assert model.validate_received(date(2018, 5, 25), date(2026, 11, 20)) == date(2018, 5, 25)
