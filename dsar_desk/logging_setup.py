"""The diagnostic log: a rotating file in the data folder that never holds personal data.

Log lines carry case references, actions and error types only. As a second line of
defence every message is scrubbed of e-mail addresses and phone-like numbers, and
exception messages are left out of tracebacks altogether: a DomainError repeats what
the user typed and a database error can quote the values it failed to write.
Nothing is sent anywhere.

`init_logging(data_dir)` is called once by the command line and by the window's
composition root; nothing happens at import time.
"""

from __future__ import annotations

import logging
import os
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_DIR = "logs"
LOG_FILE = "dsar-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER = "dsar_desk"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_EMAIL = re.compile(r"[^\s@<>()\[\]\"',;:]+@[^\s@<>()\[\]\"',;:]+")
# Seven or more digits with the separators people type in phone numbers, not inside a
# word, so case references (NO1-2026-0042), event ids and hashes survive.
_PHONE = re.compile(r"(?<![\w.-])\+?\d[\d ()./-]{5,}\d(?![\w])")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}(?::\d{2}){0,2})?")
_MARK = "_dsar_desk_handler"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def scrub(text: str) -> str:
    """Replace e-mail addresses and phone-like numbers; keep ISO dates and references."""
    text = _EMAIL.sub("[email]", text)

    def phone(match: re.Match[str]) -> str:
        found = match.group(0)
        if _DATE.fullmatch(found.strip()) or sum(ch.isdigit() for ch in found) < 7:
            return found
        return "[phone]"

    return _PHONE.sub(phone, text)


class PersonalDataFilter(logging.Filter):
    """Scrubs the rendered message before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not cost the line
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        return True


class SafeFormatter(logging.Formatter):
    """Tracebacks with frames and exception types, never exception messages."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the rendered traceback on the record; another handler's
        # formatter may have put the full messages there first.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        exc = ei[1]
        chain: list[BaseException] = []
        while exc is not None and all(exc is not seen for seen in chain):
            chain.append(exc)
            exc = exc.__cause__ or exc.__context__
        lines: list[str] = []
        for item in reversed(chain):
            lines.append("Traceback (most recent call last; the message is left out):")
            for frame in traceback.extract_tb(item.__traceback__):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
                if frame.line:
                    lines.append(f"    {frame.line}")
            kind = type(item)
            field = getattr(item, "field", None)
            suffix = f" (field: {field})" if isinstance(field, str) else ""
            lines.append(f"{kind.__module__}.{kind.__qualname__}{suffix}")
        return scrub("\n".join(lines))

    def formatStack(self, stack_info: str) -> str:
        return scrub(stack_info)


def log_file(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


def init_logging(data_dir: Path, level: int = logging.INFO, *, create_folder: bool = True) -> Path | None:
    """Send the app's log to `<data_dir>/logs/dsar-desk.log`; returns its path.

    Returns None (and logs nowhere, not even to the console) when the folder cannot be
    written, or does not exist and `create_folder` is false: a missing log must never
    stop the user's work. Calling it again replaces the earlier file.
    """
    logger = logging.getLogger(LOGGER)
    close_logging()
    # Our handler only: nothing of ours reaches a console or another library's handler,
    # and with no file Python's last-resort console handler must not print tracebacks.
    logger.propagate = False
    logger.setLevel(level)
    path = log_file(data_dir)
    handler: logging.Handler
    try:
        if not create_folder and not data_dir.is_dir():
            raise FileNotFoundError(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            path.parent.chmod(0o700)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        if os.name == "posix":
            path.chmod(0o600)
    except OSError:
        handler = logging.NullHandler()
        setattr(handler, _MARK, True)
        logger.addHandler(handler)
        return None
    setattr(handler, _MARK, True)
    handler.setFormatter(SafeFormatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    logger.addHandler(handler)
    return path


def close_logging() -> None:
    """Detach and close the file handler (tests, and the window on exit)."""
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if getattr(handler, _MARK, False):
            logger.removeHandler(handler)
            handler.close()
