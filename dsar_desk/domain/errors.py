"""Errors raised by the domain; every message names the field and how to fix it."""

from __future__ import annotations


class DomainError(Exception):
    """A request the rules do not allow; the message is meant for the user."""


class ValidationError(DomainError):
    """One input field holds a value the rules reject."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.detail = message


class InvalidTransition(DomainError):
    """The case is in a state where this action is not possible."""


class NotFound(DomainError):
    """A reference, entity code or other key does not exist."""
