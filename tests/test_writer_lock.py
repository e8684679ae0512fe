"""One accrue writer per PostgreSQL database: a second `accrue serve` or `accrue watch` on the same DATABASE_URL,
from another data folder (another machine), refuses to start and says why; the lock goes with its holder."""

from __future__ import annotations

from pathlib import Path

import pytest

from accrue.core.errors import ConfigError
from accrue.interfaces.server.lock import WriterLock
from tests.conftest import run_cli_process
from tests.postgres import PG_URL, fresh_postgres_engine


@pytest.fixture
def database_url() -> str:
    fresh_postgres_engine("the writer lock tests")
    assert PG_URL
    return PG_URL


def test_a_second_writer_on_the_same_database_refuses_clearly(database_url: str, tmp_path: Path) -> None:
    with WriterLock(tmp_path / "machine-a", "accrue serve", database_url):
        with pytest.raises(ConfigError, match="another accrue writer .* already uses this database; stop it before "
                                              "starting accrue serve"):
            WriterLock(tmp_path / "machine-b", "accrue serve", database_url).acquire()
        # As a process: `accrue watch` on another data folder refuses with one line, exit 2.
        proc = run_cli_process("watch", str(tmp_path / "inbox"), "--once", home=tmp_path / "machine-c",
                               env={"DATABASE_URL": database_url})
        assert proc.returncode == 2 and "another accrue writer" in proc.stderr, proc.stderr
    with WriterLock(tmp_path / "machine-b", "accrue serve", database_url):  # released with its holder
        pass


def test_sqlite_keeps_its_one_writer_per_data_folder(tmp_path: Path) -> None:
    with WriterLock(tmp_path / "home", "accrue serve", f"sqlite:///{tmp_path}/home/accrue.db"):
        with pytest.raises(ConfigError, match="already has a writer"):
            WriterLock(tmp_path / "home", "accrue watch").acquire()
