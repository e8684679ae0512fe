"""Where runs are checkpointed: the SQLite file in the data folder by default, PostgreSQL when
DATABASE_URL points there (so several workers share runs). The PostgreSQL tests run when
ACCRUE_TEST_DATABASE_URL names a server (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/accrue_test;
its tables, checkpoint tables included, are dropped and recreated)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from langgraph.checkpoint.sqlite import SqliteSaver

from accrue.core.errors import ConfigError
from accrue.settings import Settings, load_settings
from accrue.workflow.checkpoint import open_checkpointer, postgres_conninfo
from accrue.workflow.service import RunService
from tests.conftest import example
from tests.postgres import PG_URL, fresh_postgres_engine

CONTROLLER = "Dana Controller"
CHECKPOINT_TABLES = ("checkpoint_writes", "checkpoint_blobs", "checkpoints", "checkpoint_migrations")


@pytest.mark.parametrize(("url", "conninfo"), [
    (None, None),
    ("sqlite:////srv/accrue/books.db", None),
    ("mysql+pymysql://u:p@db/accrue", None),
    ("not a url", None),
    ("postgresql+psycopg://accrue:s3cret@db.internal:5433/books?sslmode=require",
     "postgresql://accrue:s3cret@db.internal:5433/books?sslmode=require"),
    ("postgresql://accrue@127.0.0.1/books", "postgresql://accrue@127.0.0.1/books"),
])
def test_only_a_postgresql_database_url_moves_the_checkpoints(url: str | None, conninfo: str | None) -> None:
    assert postgres_conninfo(url) == conninfo


def test_sqlite_file_in_the_data_folder_is_the_default(tmp_path: Path) -> None:
    for database_url in (None, f"sqlite:///{tmp_path}/elsewhere.db"):
        settings = Settings(home=tmp_path / "home", database_url=database_url)
        settings.ensure_home()
        cp = open_checkpointer(settings)
        try:
            assert cp.backend == "sqlite" and isinstance(cp.saver, SqliteSaver)
            assert (tmp_path / "home" / "checkpoints.db").is_file()
        finally:
            cp.close()


def test_a_postgresql_url_without_the_postgres_extra_says_what_to_install(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langgraph.checkpoint.postgres", None)  # as when the package is absent
    # (where psycopg is absent too, the message names psycopg instead)
    settings = Settings(home=tmp_path, database_url="postgresql+psycopg://accrue@127.0.0.1:5432/books")
    with pytest.raises(ConfigError, match=r"^DATABASE_URL is PostgreSQL but the postgres extra is not installed "
                                          r"\(no module [\w.]+\); pip install "
                                          r"'accrue\[postgres\]'"):
        open_checkpointer(settings)


def test_an_unreachable_postgresql_is_one_clear_error_without_the_password(tmp_path: Path) -> None:
    pytest.importorskip("psycopg_pool", reason="the postgres extra is not installed (pip install 'accrue[postgres]')")
    pytest.importorskip("langgraph.checkpoint.postgres", reason="the postgres extra is not installed")
    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(home=tmp_path, database_url=f"postgresql+psycopg://accrue:pw-9f8e7d@127.0.0.1:{port}/books")
    with pytest.raises(ConfigError) as info:
        open_checkpointer(settings)
    message = str(info.value)
    assert message.startswith(f"DATABASE_URL: cannot reach PostgreSQL at 127.0.0.1:{port}/books for the run "
                              "checkpoints (")
    assert message.endswith("start the server or fix DATABASE_URL") and "pw-9f8e7d" not in message


def _postgres_url() -> str:
    import psycopg

    fresh_postgres_engine("the checkpointer tests")
    with psycopg.connect(postgres_conninfo(PG_URL), autocommit=True) as conn:
        for table in CHECKPOINT_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, home: Path) -> str | None:
    return None if request.param == "sqlite" else _postgres_url()


def test_a_run_paused_by_one_worker_is_finished_by_another(database_url: str | None, home: Path,
                                                           tmp_path: Path) -> None:
    """Two Runtimes open at once, as two workers: on PostgreSQL even with different data folders."""
    contract, deal = example("acme")
    first_home = home if database_url is None else tmp_path / "worker-1"
    second_home = home if database_url is None else tmp_path / "worker-2"
    with RunService(load_settings(home=first_home, database_url=database_url)) as one, \
            RunService(load_settings(home=second_home, database_url=database_url)) as two:
        expected = "sqlite" if database_url is None else "postgres"
        assert one._checkpoints.backend == two._checkpoints.backend == expected
        started = one.start_contract_run(contract, deal)
        assert started.status == "waiting_approval"
        assert [v.run_id for v in two.pending()] == [started.run_id]
        assert two.decide(started.run_id, approve=[], by=CONTROLLER).status == "completed"
        assert one.view(started.run_id).status == "completed"
    if database_url is None:
        assert (home / "checkpoints.db").is_file()
        return
    assert not (first_home / "checkpoints.db").exists() and not (second_home / "checkpoints.db").exists()
    import psycopg

    with psycopg.connect(postgres_conninfo(database_url)) as conn:
        (threads,) = conn.execute("SELECT count(DISTINCT thread_id) FROM checkpoints").fetchone()
    assert threads == 1
    # A third worker starting later runs setup() again on the existing tables: nothing breaks.
    with RunService(load_settings(home=tmp_path / "worker-3", database_url=database_url)) as three:
        assert three.view(started.run_id).status == "completed"
