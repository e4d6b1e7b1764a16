"""The one place that knows which kind of database sits behind a URL.

Everything SQLite-specific (encryption key, WAL, foreign keys, synchronous commits,
the file path) stays here; callers pass a SQLAlchemy URL and an optional key and get
an Engine back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import create_engine

DATABASE_FILE = "dsar-desk.sqlite3"
BUSY_TIMEOUT_MS = 5000
# Page cache of each pooled query connection (KiB): holds the register's covering index
# decrypted, so a filter keystroke scans memory instead of decrypting ~3,000 pages again.
QUERY_CACHE_KIB = 32 * 1024
WRITE_OPTION = "dsar_write"


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite", database=str(path))


def database_path(url: URL) -> Path | None:
    """The file behind a file-based URL, or None (PostgreSQL, in-memory)."""
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(str(url.database))
    return None


def is_file_database(url: str | URL) -> bool:
    return database_path(make_url(url)) is not None


def sqlcipher_password(key: bytes) -> str:
    """SQLCipher's raw-key syntax: no key derivation on each connection."""
    return f"x'{key.hex()}'"


def _sqlite_url(url: URL, key: bytes | None, read_only: bool) -> URL:
    if key is not None:
        url = URL.create("sqlite+pysqlcipher", password=sqlcipher_password(key), database=url.database)
    if read_only:
        # SQLite URI form; quote() keeps '?' or '#' in a folder name from being read as syntax.
        url = url.set(database="file:" + quote(str(url.database))).update_query_dict(
            {"mode": "ro", "uri": "true"}
        )
    return url


def make_engine(
    url: str | URL, key: bytes | None = None, read_only: bool = False, query_pool: int = 0
) -> Engine:
    """An engine for the store; with a key, a SQLCipher-encrypted SQLite file.

    With `query_pool`, an engine for read-only queries that keeps that many connections
    open with a warm page cache (they refuse writes); dispose it before the file is
    replaced (restore, re-key).
    """
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    url = _sqlite_url(url, key, read_only)
    if query_pool:
        # Kept open between queries, used by one thread at a time (the pool hands it out).
        engine = create_engine(
            url,
            poolclass=QueuePool,
            pool_size=query_pool,
            max_overflow=2,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
    else:
        # One connection per checkout keeps file handles short-lived, which matters for
        # backups, restores and the second-instance lock; raw-key opens are cheap. NullPool
        # also replaces the pysqlcipher dialect's SingletonThreadPool.
        engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if key is not None:
            # A wrong key is reported to the user; SQLCipher's own stderr lines are noise.
            cursor.execute("PRAGMA cipher_log_level = NONE")
        if not read_only and not query_pool:
            cursor.execute("PRAGMA journal_mode=WAL")
        if query_pool:
            cursor.execute("PRAGMA query_only=ON")
            cursor.execute(f"PRAGMA cache_size=-{QUERY_CACHE_KIB}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit is on disk before it is acknowledged, even in WAL mode.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        # Let SQLAlchemy's "begin" event decide how each transaction starts (below).
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A writer takes the write lock up front, so the audit chain's "previous event"
        # it reads cannot change before it appends; readers never block writers in WAL.
        mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def erase_on_delete(conn: Connection) -> None:
    """Make deletes on this connection overwrite the freed content (retention, erasure).

    Some SQLite builds (Debian's) do this by default, others (python.org's) do not;
    without it a deleted attachment stays readable in free pages of the file.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete=ON")


def flush_write_ahead_log(engine: Engine) -> None:
    """Copy the WAL into the database and empty it, so old page images leave the disk."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
