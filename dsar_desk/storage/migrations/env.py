"""Alembic environment: always run programmatically with the application's own connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from dsar_desk.storage import tables  # noqa: F401  (registers the tables)
from dsar_desk.storage.engine import make_engine

target_metadata = SQLModel.metadata
config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Only developers reach this branch (alembic revision --autogenerate against a URL).
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
