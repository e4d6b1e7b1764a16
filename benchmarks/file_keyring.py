"""FOR BENCHMARKS AND SCREENSHOTS ONLY - NOT FOR PRODUCTION: a keyring backend that keeps secrets
in a plain JSON file, so timed CLI processes open the store the way a keyring user does (no
passphrase KDF) on a machine without an OS keyring.

    export PYTHONPATH=$PWD PYTHON_KEYRING_BACKEND=benchmarks.file_keyring.FileKeyring
    export DSAR_BENCH_KEYRING=/tmp/some-file.json   # default: a file in the system temp folder

The file holds the store's key in clear text: use it for throwaway demo stores only.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import keyring.backend
import keyring.errors


def _path() -> Path:
    default = Path(tempfile.gettempdir()) / "dsar-bench-keyring.json"
    return Path(os.environ.get("DSAR_BENCH_KEYRING", default))


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def _load(self) -> dict[str, str]:
        path = _path()
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        path = _path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(data)
