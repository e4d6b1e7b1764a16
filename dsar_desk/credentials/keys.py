"""Raw database keys, recovery keys people can type, and passphrase key derivation.

The database key is 32 random bytes (or, in passphrase mode, scrypt of the passphrase).
The recovery key is that key in grouped base32 with a checksum, so a typo is caught
before any attempt to open the store.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import asdict, dataclass

from dsar_desk.domain.errors import ValidationError

KEY_BYTES = 32
_CHECK_BYTES = 3  # 32 + 3 bytes = 280 bits = exactly 56 base32 characters
_GROUP = 4
MIN_PASSPHRASE_CHARS = 12

# scrypt cost: 2**17 takes about 0.2 s and 128 MB here; it runs once per open, not per connection.
DEFAULT_SCRYPT_N = 2**17


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_to_text(key: bytes) -> str:
    """How a raw key is kept in the keyring (never on disk)."""
    return key.hex()


def key_from_text(text: str) -> bytes:
    key = bytes.fromhex(text)
    if len(key) != KEY_BYTES:
        raise ValueError("stored key has the wrong length")
    return key


def sqlcipher_key(key: bytes) -> str:
    """The raw-key form SQLCipher takes (no KDF per connection)."""
    return f"x'{key.hex()}'"


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"dsar-desk recovery key" + key).digest()[:_CHECK_BYTES]


def recovery_key_for(key: bytes) -> str:
    text = base64.b32encode(key + _checksum(key)).decode("ascii")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


RECOVERY_KEY_LETTERS = (KEY_BYTES + _CHECK_BYTES) * 8 // 5


def recovery_key_letters(text: str) -> str:
    """The recovery key as typed, without spaces and dashes, upper case, look-alikes mapped."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    # Digits 0, 1 and 8 are not in the alphabet; people read O, I and B as them.
    return cleaned.translate(str.maketrans("018", "OIB"))


def parse_recovery_key(text: str) -> bytes:
    cleaned = recovery_key_letters(text)
    expected = RECOVERY_KEY_LETTERS
    if len(cleaned) != expected:
        raise ValidationError(
            "recovery key",
            f"has {len(cleaned)} letters and digits but needs {expected}; copy it from the recovery sheet",
        )
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise ValidationError(
            "recovery key", "contains characters that are not on the recovery sheet"
        ) from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise ValidationError("recovery key", "a character is mistyped (the checksum does not match)")
    return key


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise ValidationError(
            "passphrase", f"use at least {MIN_PASSPHRASE_CHARS} characters (a few unrelated words work well)"
        )
    return passphrase


@dataclass(frozen=True)
class KdfParams:
    """Everything needed to re-derive the key from the passphrase; holds no secret."""

    salt: str  # base64
    n: int
    r: int = 8
    p: int = 1
    kdf: str = "scrypt"
    version: int = 1

    @classmethod
    def fresh(cls, n: int | None = None) -> KdfParams:
        return cls(salt=base64.b64encode(secrets.token_bytes(16)).decode("ascii"), n=n or DEFAULT_SCRYPT_N)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        try:
            data = json.loads(text)
            return cls(
                salt=str(data["salt"]),
                n=int(data["n"]),
                r=int(data["r"]),
                p=int(data["p"]),
                kdf=str(data["kdf"]),
                version=int(data["version"]),
            )
        except (ValueError, KeyError, TypeError):
            raise ValidationError(
                "key file", "the passphrase settings file is damaged; unlock with the recovery key"
            ) from None

    def derive(self, passphrase: str) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        if self.kdf != "scrypt":
            raise ValidationError("key file", f"unknown key derivation '{self.kdf}'; use a newer DSAR Desk")
        return Scrypt(
            salt=base64.b64decode(self.salt), length=KEY_BYTES, n=self.n, r=self.r, p=self.p
        ).derive(passphrase.encode("utf-8"))
