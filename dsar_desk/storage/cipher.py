"""Encrypted SQLite files at the driver level: probe a key, check integrity, copy, convert.

These work on single sqlcipher3 connections (not the app's engine) because they run
before the engine exists (open, conversion, restore) or on files that are not the store
(backups). Every copy is verified table by table before it replaces anything.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from dsar_desk.storage.engine import sqlcipher_password
from dsar_desk.storage.files import fsync_dir, fsync_file, make_private, remove_quietly, temp_path_beside

SQLITE_HEADER = b"SQLite format 3\x00"


class FileKind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def file_kind(path: Path) -> FileKind:
    if not path.exists():
        return FileKind.MISSING
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if not head:
        return FileKind.EMPTY
    return FileKind.PLAIN if head == SQLITE_HEADER else FileKind.ENCRYPTED


def _dbapi() -> Any:
    import sqlcipher3

    return sqlcipher3


@contextmanager
def connect(path: Path, key: bytes | None, read_only: bool = False) -> Iterator[Any]:
    """One driver connection; `key=None` opens a plain SQLite file."""
    dbapi = _dbapi()
    if read_only:
        from urllib.parse import quote

        conn = dbapi.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = dbapi.connect(str(path), isolation_level=None)
    with closing(conn):
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f'PRAGMA key="{sqlcipher_password(key)}"')
        yield conn


def key_opens(path: Path, key: bytes | None) -> bool:
    """Whether the key decrypts the file's first page (reads only)."""
    dbapi = _dbapi()
    try:
        with connect(path, key, read_only=True) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi.DatabaseError:
        return False


def integrity_problems(conn: Any, encrypted: bool = True, limit: int = 5) -> list[str]:
    """Empty when the file is sound; otherwise the first few problems SQLite reports."""
    problems: list[str] = []
    if encrypted:
        # Checks each page's HMAC, which catches bit rot integrity_check cannot see.
        problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA integrity_check({limit})").fetchall()]
    if rows != ["ok"]:
        problems += rows
    return problems[:limit]


def check_file(path: Path, key: bytes | None) -> list[str]:
    """Integrity problems of a database file, or a one-line reason it cannot be read."""
    dbapi = _dbapi()
    try:
        with connect(path, key, read_only=True) as conn:
            return integrity_problems(conn, encrypted=key is not None)
    except dbapi.DatabaseError as exc:
        return [f"cannot be read ({exc})"]


def user_tables(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [str(row[0]) for row in rows]


def fingerprint(conn: Any) -> dict[str, tuple[int, str]]:
    """Per table: row count and a SHA-256 over every row in rowid order (and the schema)."""
    result: dict[str, tuple[int, str]] = {}
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    result["<schema>"] = (len(schema), hashlib.sha256(repr(schema).encode()).hexdigest())
    for table in user_tables(conn):
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return result


class CopyMismatchError(Exception):
    """A copy differs from its source; the copy is thrown away, the source is untouched."""


def _verify(source_print: dict[str, tuple[int, str]], target: Path, key: bytes | None) -> None:
    with connect(target, key, read_only=True) as conn:
        problems = integrity_problems(conn, encrypted=key is not None)
        if problems:
            raise CopyMismatchError(f"the copy failed its integrity check: {problems[0]}")
        target_print = fingerprint(conn)
    if target_print != source_print:
        differing = sorted(
            name
            for name in set(source_print) | set(target_print)
            if source_print.get(name) != target_print.get(name)
        )
        raise CopyMismatchError(f"the copy differs from the original in: {', '.join(differing)}")


def copy_database(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write a verified copy of `source` to `target`, encrypted with `target_key`.

    Encrypted sources use SQLite's online backup API (a consistent snapshot, even while
    the app writes); plain sources use sqlcipher_export, because SQLCipher's backup API
    cannot cross between plain and encrypted files. The copy is built under a temporary
    name beside the target and moved into place only after it matched the source row for
    row; an interruption leaves the target (and always the source) as they were.
    """
    temp = temp_path_beside(target)
    try:
        with connect(source, source_key) as src:
            if source_key is None:
                remove_quietly(temp)
                password = sqlcipher_password(target_key) if target_key is not None else ""
                src.execute("ATTACH DATABASE ? AS target KEY ?", (str(temp), password))
                src.execute("BEGIN")  # one snapshot for the copy and its fingerprint
                source_print = fingerprint(src)
                src.execute("SELECT sqlcipher_export('target')")
                version = src.execute("PRAGMA main.user_version").fetchone()[0]
                src.execute(f"PRAGMA target.user_version = {int(version)}")
                src.execute("COMMIT")
                src.execute("DETACH DATABASE target")
            else:
                src.execute("BEGIN")
                source_print = fingerprint(src)
                with connect(temp, target_key) as dst:
                    src.backup(dst)
                src.execute("COMMIT")
        make_private(temp)
        fsync_file(temp)
        _verify(source_print, temp, target_key)
        os.replace(temp, target)
        fsync_dir(target.parent)
    finally:
        remove_quietly(temp, *_stale_sidecars(temp))


def _stale_sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
