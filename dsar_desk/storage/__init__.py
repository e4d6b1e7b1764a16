"""Persistence: SQLModel tables, Alembic migrations and the one engine factory."""
