"""Typed errors from the secret stores; the UI turns them into guidance."""

from __future__ import annotations

from dsar_desk.domain.errors import DomainError


class SecretStoreError(DomainError):
    """The secret store exists but refused or failed an operation."""


class SecretStoreUnavailable(SecretStoreError):
    """No usable OS keyring on this machine (headless, locked down, or only a plaintext backend)."""
