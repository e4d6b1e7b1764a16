"""Errors raised by the domain; every message names the field and how to fix it."""

from __future__ import annotations


class DomainError(Exception):
    """A request the rules do not allow; the message is meant for the user."""


class ValidationError(DomainError):
    """One input field holds a value the rules reject."""

    def __init__(self, field: str, message: str, *, kind: str = "", params: tuple[object, ...] = ()) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.detail = message
        # `kind` and `params` let a translated front end word the same problem in the user's
        # language; the English `detail` stays the fallback for kinds it does not know.
        self.kind = kind
        self.params = params


class InvalidTransition(DomainError):
    """The case is in a state where this action is not possible."""


class NotFound(DomainError):
    """A reference, entity code or other key does not exist."""
