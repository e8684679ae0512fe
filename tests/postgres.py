"""The PostgreSQL side of the books and checkpointer tests: one fresh schema per test, or a visible skip.

`.ci/run` starts a throwaway server on loopback and sets ACCRUE_TEST_DATABASE_URL; without it these variants
skip and say why, and the SQLite variants still run.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

PG_URL = os.environ.get("ACCRUE_TEST_DATABASE_URL")


def fresh_postgres_engine(what: str = "the books tests") -> Engine:
    """The engine at ACCRUE_TEST_DATABASE_URL with every accrue table dropped and created again."""
    if not PG_URL:
        pytest.skip(f"set ACCRUE_TEST_DATABASE_URL to run {what} on PostgreSQL")
    from accrue.adapters.database import get_engine

    try:
        engine = get_engine(PG_URL)
    except Exception as exc:  # no server: skip rather than fail, `make test` still runs on SQLite
        pytest.skip(f"PostgreSQL at ACCRUE_TEST_DATABASE_URL unreachable: {type(exc).__name__}")
    import accrue.adapters.connectors.stripe  # noqa: F401  (its request ledger shares the database)

    SQLModel.metadata.drop_all(engine)
    SQLModel.metadata.create_all(engine)
    return engine
