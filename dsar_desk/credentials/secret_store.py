"""One small interface for secrets, over the OS keyring or memory (tests).

There is deliberately no file-based store: without a working OS keyring the app asks
for a passphrase instead. keyrings.alt's plaintext backends are refused, not used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from dsar_desk.credentials.errors import SecretStoreError, SecretStoreUnavailable

SERVICE_NAME = "dsar-desk"


def store_account(data_dir: Path) -> str:
    """The keyring user name for one case store: its resolved data folder."""
    return f"store:{data_dir.expanduser().resolve()}"


class SecretStore(Protocol):
    def get(self, account: str) -> str | None: ...

    def set(self, account: str, secret: str) -> None: ...

    def delete(self, account: str) -> None: ...

    def is_available(self) -> bool: ...

    def is_system(self) -> bool:
        """True when secrets live in the OS keychain (and so survive this process)."""
        ...


class InMemorySecretStore:
    """Secrets kept in this process only; for tests and throwaway demo stores."""

    def __init__(self, available: bool = True) -> None:
        self.secrets: dict[str, str] = {}
        self.available = available

    def _check(self) -> None:
        if not self.available:
            raise SecretStoreUnavailable("no keyring is available (test store switched off)")

    def get(self, account: str) -> str | None:
        self._check()
        return self.secrets.get(account)

    def set(self, account: str, secret: str) -> None:
        self._check()
        self.secrets[account] = secret

    def delete(self, account: str) -> None:
        self._check()
        self.secrets.pop(account, None)

    def is_available(self) -> bool:
        return self.available

    def is_system(self) -> bool:
        return False


_REFUSED_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

UNAVAILABLE_HINT = (
    "no OS keyring is available on this computer (Windows Credential Manager, macOS Keychain "
    "or a Secret Service such as GNOME Keyring)"
)


class KeyringSecretStore:
    """Secrets in the OS keyring through the `keyring` package."""

    def __init__(self, service: str = SERVICE_NAME) -> None:
        self.service = service

    def _backend(self) -> Any:
        import keyring

        return keyring.get_keyring()

    def _usable(self, backend: Any) -> bool:
        # A chainer is only as good as what it chains; a plaintext or null backend
        # would silently lose or expose the key, so neither counts as a keyring.
        backends = getattr(backend, "backends", None)
        if backends is not None:
            return any(self._usable(b) for b in backends)
        module = type(backend).__module__
        return not module.startswith(_REFUSED_BACKEND_MODULES)

    def is_available(self) -> bool:
        try:
            return self._usable(self._backend())
        except Exception:  # a broken backend import means: not available
            return False

    def is_system(self) -> bool:
        return True

    def _require(self) -> Any:
        backend = self._backend()
        if not self._usable(backend):
            raise SecretStoreUnavailable(UNAVAILABLE_HINT)
        return backend

    def get(self, account: str) -> str | None:
        import keyring.errors

        backend = self._require()
        try:
            value = backend.get_password(self.service, account)
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreUnavailable(UNAVAILABLE_HINT) from exc
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"the OS keyring refused to read the key ({type(exc).__name__})") from exc
        return None if value is None else str(value)

    def set(self, account: str, secret: str) -> None:
        import keyring.errors

        backend = self._require()
        try:
            backend.set_password(self.service, account, secret)
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreUnavailable(UNAVAILABLE_HINT) from exc
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"the OS keyring refused to store the key ({type(exc).__name__}); "
                "unlock the keyring and retry"
            ) from exc
        # Read it back: a key we think is stored but is not would lock the user out.
        if self.get(account) != secret:
            raise SecretStoreError("the OS keyring did not keep the key; unlock the keyring and retry")

    def delete(self, account: str) -> None:
        import keyring.errors

        backend = self._require()
        try:
            backend.delete_password(self.service, account)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"the OS keyring refused to delete the key ({type(exc).__name__})"
            ) from exc
