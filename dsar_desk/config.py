"""Where the case store lives: --data-dir, then DSAR_DESK_DATA_DIR, then the OS data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "dsar-desk"
APP_AUTHOR = "DSAR Desk"
DATA_DIR_ENV = "DSAR_DESK_DATA_DIR"


def resolve_data_dir(option: str | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name on some locked-down machines
        return "unknown"
