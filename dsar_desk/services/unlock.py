"""Finding, creating and changing the key of a case store.

Modes: the default keeps a random 256-bit key in the OS keyring (account = the data
folder); without a keyring the key is derived from a passphrase with scrypt, and the
scrypt parameters (no secret) sit beside the database in `<db>.kdf.json`. Either way
the recovery key is the raw key, shown once when it is created.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from dsar_desk.credentials.errors import SecretStoreUnavailable
from dsar_desk.credentials.keys import (
    KdfParams,
    check_new_passphrase,
    key_from_text,
    key_to_text,
    new_key,
    parse_recovery_key,
    recovery_key_for,
)
from dsar_desk.credentials.secret_store import UNAVAILABLE_HINT, SecretStore, store_account
from dsar_desk.domain.errors import DomainError
from dsar_desk.storage.errors import KeyMissingError
from dsar_desk.storage.files import remove_quietly, write_private_file

PASSPHRASE_ENV = "DSAR_DESK_PASSPHRASE"
RECOVERY_KEY_ENV = "DSAR_DESK_RECOVERY_KEY"


class PassphrasePurpose(StrEnum):
    NEW = "new"  # choose one (ask twice)
    EXISTING = "existing"  # unlock the store


PassphraseProvider = Callable[[PassphrasePurpose], str | None]


def no_passphrase(_purpose: PassphrasePurpose) -> str | None:
    return None


class KeyMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


class NoKeyringError(DomainError):
    """No OS keyring and no passphrase given: the store cannot be protected or opened."""


class KeyringNeededError(NoKeyringError):
    """The store's key is kept in a keyring and this computer has none: only the recovery key opens it."""


class RecoveryOutcome(StrEnum):
    """What became of the key after a recovery-key unlock (the CLI and the window act on it)."""

    NONE = "none"  # not opened with a recovery key
    KEPT_IN_KEYRING = "kept-in-keyring"  # this computer's keyring holds the key from now on
    # No keyring here: until a passphrase is set, the next open needs the recovery key (or the
    # old passphrase) again.
    NEEDS_PASSPHRASE = "needs-passphrase"


@dataclass(frozen=True)
class StoreKey:
    key: bytes
    mode: KeyMode
    recovery_key: str | None = None  # only when the key was just created: show it once


def kdf_file(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".kdf.json")


def _pending(path: Path) -> Path:
    return path.with_name(path.name + ".new")


class KeyManager:
    """The key of one store; it never writes a key to disk."""

    def __init__(
        self,
        data_dir: Path,
        db_file: Path,
        secrets: SecretStore,
        passphrase: PassphraseProvider = no_passphrase,
        recovery_key: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.db_file = db_file
        self.secrets = secrets
        self.passphrase = passphrase
        self.recovery_key = recovery_key
        self.account = store_account(data_dir)
        self._kdf: KdfParams | None = None
        self._passphrase_text: str | None = None
        self.recovery = RecoveryOutcome.NONE

    # --- which mode --------------------------------------------------------------------

    @property
    def mode(self) -> KeyMode:
        return KeyMode.PASSPHRASE if kdf_file(self.db_file).exists() else KeyMode.KEYRING

    def _keyring_ok(self) -> bool:
        return self.secrets.is_available()

    # --- candidates for an existing store ----------------------------------------------

    def candidates(self) -> list[bytes]:
        """Keys to try, most likely first (a pending key survives an interrupted rotation)."""
        if self.recovery_key:
            return [parse_recovery_key(self.recovery_key)]
        if self.mode is KeyMode.PASSPHRASE:
            phrase = self._ask(PassphrasePurpose.EXISTING)
            keys = [self._params(kdf_file(self.db_file)).derive(phrase)]
            pending = _pending(kdf_file(self.db_file))
            if pending.exists():
                keys.append(self._params(pending).derive(phrase))
            return keys
        if not self._keyring_ok():
            raise KeyringNeededError(
                f"{UNAVAILABLE_HINT}, and this case store's key is kept in a keyring; "
                f"open it with its recovery key (dsar-desk unlock --recovery-key KEY or ${RECOVERY_KEY_ENV})"
            )
        keys = []
        for account in (self.account, self.account + ":pending"):
            text = self.secrets.get(account)
            if text:
                with contextlib.suppress(ValueError):
                    keys.append(key_from_text(text))
        if not keys:
            raise KeyMissingError(
                "this computer's keyring does not hold the key of this case store (was it moved or "
                "restored from elsewhere?); unlock it once with its recovery key: "
                "dsar-desk unlock --recovery-key KEY"
            )
        return keys

    def _params(self, path: Path) -> KdfParams:
        return KdfParams.from_json(path.read_text(encoding="utf-8"))

    def _ask(self, purpose: PassphrasePurpose) -> str:
        if purpose is PassphrasePurpose.EXISTING and self._passphrase_text is not None:
            return self._passphrase_text
        phrase = self.passphrase(purpose)
        if phrase is None:
            raise NoKeyringError(
                "this case store is protected by a passphrase; enter it when asked, or set "
                f"${PASSPHRASE_ENV} for the command line"
                if purpose is PassphrasePurpose.EXISTING
                else f"{UNAVAILABLE_HINT}; choose a passphrase instead (asked in a terminal, "
                f"or set ${PASSPHRASE_ENV}) - DSAR Desk never keeps the case store unencrypted"
            )
        if purpose is PassphrasePurpose.NEW:
            check_new_passphrase(phrase)
        self._passphrase_text = phrase
        return phrase

    def confirmed(self, key: bytes) -> None:
        """The key opened the store: settle any half-finished change and remember it."""
        if self.recovery_key:
            kept = self.switch_to_keyring(key)
            self.recovery = RecoveryOutcome.KEPT_IN_KEYRING if kept else RecoveryOutcome.NEEDS_PASSPHRASE
            return
        if self.mode is KeyMode.PASSPHRASE:
            pending = _pending(kdf_file(self.db_file))
            if (
                pending.exists()
                and self._params(pending).derive(self._ask(PassphrasePurpose.EXISTING)) == key
            ):
                pending.replace(kdf_file(self.db_file))
            else:
                remove_quietly(pending)
            return
        if self._keyring_ok():
            stored = self.secrets.get(self.account)
            if stored != key_to_text(key):
                # A recovery key or a pending rotation opened it: this machine keeps it from now on.
                self.secrets.set(self.account, key_to_text(key))
            self.secrets.delete(self.account + ":pending")

    def verify(self, key: bytes, passphrase: str | None = None) -> bool:
        """Whether the user may see the store again after a lock: the passphrase (passphrase
        mode) or the keyring's current entry (keyring mode) must still give `key`."""
        import hmac

        if self.mode is KeyMode.PASSPHRASE:
            if passphrase is None:
                return False
            derived = self._params(kdf_file(self.db_file)).derive(passphrase)
            return hmac.compare_digest(derived, key)
        if not self._keyring_ok():
            return False
        text = self.secrets.get(self.account)
        if not text:
            return False
        try:
            return hmac.compare_digest(key_from_text(text), key)
        except ValueError:
            return False

    # --- creating and changing ---------------------------------------------------------

    def create(self) -> StoreKey:
        """A key for a new (or newly encrypted) store; reuses one left by an interrupted try."""
        if self.mode is KeyMode.PASSPHRASE:
            return StoreKey(self.candidates()[0], KeyMode.PASSPHRASE)
        if self._keyring_ok():
            existing = self.secrets.get(self.account)
            if existing:
                return StoreKey(key_from_text(existing), KeyMode.KEYRING)
            key = new_key()
            self.secrets.set(self.account, key_to_text(key))
            return StoreKey(key, KeyMode.KEYRING, recovery_key_for(key))
        phrase = self._ask(PassphrasePurpose.NEW)
        params = KdfParams.fresh()
        key = params.derive(phrase)
        write_private_file(kdf_file(self.db_file), params.to_json().encode("utf-8"))
        return StoreKey(key, KeyMode.PASSPHRASE, recovery_key_for(key))

    def stage_new(self, new_passphrase: str | None = None) -> StoreKey:
        """Prepare a replacement key (rotation or passphrase change) without losing the old one.

        The new key is kept as 'pending' until `commit_new`; an interruption in between
        leaves both keys available, so the store opens with whichever it holds.
        """
        if new_passphrase is not None or self.mode is KeyMode.PASSPHRASE:
            phrase = (
                check_new_passphrase(new_passphrase)
                if new_passphrase is not None
                else self._ask(PassphrasePurpose.EXISTING)
            )
            params = KdfParams.fresh()
            key = params.derive(phrase)
            write_private_file(_pending(kdf_file(self.db_file)), params.to_json().encode("utf-8"))
            self._passphrase_text = phrase
            return StoreKey(key, KeyMode.PASSPHRASE, recovery_key_for(key))
        if not self._keyring_ok():
            raise SecretStoreUnavailable(UNAVAILABLE_HINT)
        key = new_key()
        self.secrets.set(self.account + ":pending", key_to_text(key))
        return StoreKey(key, KeyMode.KEYRING, recovery_key_for(key))

    def commit_new(self, staged: StoreKey) -> None:
        if staged.mode is KeyMode.PASSPHRASE:
            _pending(kdf_file(self.db_file)).replace(kdf_file(self.db_file))
            if self._keyring_ok():
                self.secrets.delete(self.account)
            return
        self.secrets.set(self.account, key_to_text(staged.key))
        self.secrets.delete(self.account + ":pending")

    def abandon_new(self, staged: StoreKey) -> None:
        if staged.mode is KeyMode.PASSPHRASE:
            remove_quietly(_pending(kdf_file(self.db_file)))
        elif self._keyring_ok():
            self.secrets.delete(self.account + ":pending")

    def switch_to_keyring(self, key: bytes) -> bool:
        """After a recovery-key unlock: keep the key in the keyring if there is one."""
        if not self._keyring_ok():
            return False
        self.secrets.set(self.account, key_to_text(key))
        remove_quietly(kdf_file(self.db_file), _pending(kdf_file(self.db_file)))
        return True
