from __future__ import annotations

import pytest

from dsar_desk.credentials.errors import SecretStoreUnavailable
from dsar_desk.credentials.keys import (
    KdfParams,
    check_new_passphrase,
    new_key,
    parse_recovery_key,
    recovery_key_for,
)
from dsar_desk.credentials.secret_store import KeyringSecretStore, store_account
from dsar_desk.domain.errors import ValidationError


def test_recovery_key_round_trips_and_tolerates_how_people_type() -> None:
    key = new_key()
    text = recovery_key_for(key)
    assert len(text.replace("-", "")) == 56 and text.count("-") == 13
    assert parse_recovery_key(text) == key
    assert parse_recovery_key(text.lower().replace("-", " ")) == key


def test_recovery_key_typo_is_caught_by_the_checksum() -> None:
    text = recovery_key_for(new_key())
    swapped = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(ValidationError, match="mistyped"):
        parse_recovery_key(swapped)
    with pytest.raises(ValidationError, match="needs 56"):
        parse_recovery_key(text[:-5])


def test_passphrase_kdf_is_deterministic_per_salt_and_params_hold_no_secret() -> None:
    params = KdfParams.fresh(n=2**10)
    assert params.derive("correct horse battery") == params.derive("correct horse battery")
    assert params.derive("correct horse battery") != KdfParams.fresh(n=2**10).derive("correct horse battery")
    restored = KdfParams.from_json(params.to_json())
    assert restored == params
    assert "correct" not in params.to_json()
    with pytest.raises(ValidationError, match="at least 12"):
        check_new_passphrase("short")


def test_keyring_store_uses_the_os_keyring_backend(memory_keyring) -> None:
    store = KeyringSecretStore()
    assert store.is_available() and store.is_system()
    store.set("store:/x", "abc")
    assert memory_keyring.store[("dsar-desk", "store:/x")] == "abc"
    assert store.get("store:/x") == "abc"
    store.delete("store:/x")
    store.delete("store:/x")  # deleting what is gone is fine
    assert store.get("store:/x") is None


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"])
def test_no_usable_keyring_is_reported_never_papered_over(backend: str) -> None:
    import importlib

    import keyring

    module_name, class_name = backend.rsplit(".", 1)
    previous = keyring.get_keyring()
    keyring.set_keyring(getattr(importlib.import_module(module_name), class_name)())
    try:
        store = KeyringSecretStore()
        assert not store.is_available()
        with pytest.raises(SecretStoreUnavailable, match="no OS keyring"):
            store.set("a", "b")
    finally:
        keyring.set_keyring(previous)


def test_a_plaintext_keyring_backend_is_refused() -> None:
    import keyring
    import keyring.backend

    plaintext = type(
        "PlaintextKeyring",
        (keyring.backend.KeyringBackend,),
        {
            "priority": 1,
            "get_password": lambda self, s, u: None,
            "set_password": lambda self, s, u, p: None,
            "delete_password": lambda self, s, u: None,
            "__module__": "keyrings.alt.file",
        },
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(plaintext())
    try:
        assert not KeyringSecretStore().is_available()
    finally:
        keyring.set_keyring(previous)


def test_keyring_account_is_the_resolved_data_folder(tmp_path) -> None:
    assert store_account(tmp_path / "a" / ".." / "b") == f"store:{(tmp_path / 'b').resolve()}"
