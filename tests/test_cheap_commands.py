"""Commands that read pay only for what they read: `accrue --help`, `books` and `extract` never import
LangGraph (nor the tracing libraries it brings), a misconfigured connector does not stop `accrue books`,
and a data folder's tables are created once, then found by their stored schema version."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from accrue.adapters.database import get_engine, schema_version
from tests.conftest import ROOT, run_cli

PROBE = """
import json, sys
sys.argv = ["accrue", *sys.argv[1:]]
from accrue.interfaces.cli.main import app
try:
    app(prog_name="accrue")
except SystemExit as exit:
    code = exit.code
heavy = sorted({m.split(".")[0] for m in sys.modules if m.startswith(("langgraph", "langsmith", "langchain_core"))})
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--help"], ["books", "--json"], ["books", "--help"],
                                  ["extract", "examples/acme/order-form.pdf", "--json"]])
def test_reading_commands_do_not_import_langgraph(args: list[str], home: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT,
                          env={"ACCRUE_HOME": str(home), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          timeout=120)
    probe = json.loads(proc.stderr.strip().splitlines()[-1])
    assert probe == {"code": 0, "heavy": []}, proc.stderr


def test_a_misconfigured_stripe_key_does_not_stop_books(home: Path) -> None:
    env = {"ACCRUE_BILLING": "stripe", "STRIPE_API_KEY": None}
    books = run_cli("books", "--json", home=home, env=env)
    assert books.returncode == 0 and json.loads(books.stdout)["invoices"] == []
    contract = ROOT / "examples" / "acme" / "order-form.pdf"
    run = run_cli("run", str(contract), home=home, env=env)  # a run needs the connector: it says what to fix
    assert run.returncode == 2 and "STRIPE_API_KEY is not set" in run.stderr


def test_tables_are_created_once_and_again_only_for_a_new_schema(tmp_path: Path) -> None:
    db = tmp_path / "books.db"
    url = f"sqlite:///{db}"
    engine = get_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM accrue_schema")).scalar() == schema_version()
    with sqlite3.connect(db) as conn:  # an older accrue's database: another version, a table missing
        conn.execute("UPDATE accrue_schema SET version = 'older'")
        conn.execute("DROP TABLE books_payments")
    get_engine.cache_clear()
    get_engine(url)
    with sqlite3.connect(db) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "books_payments" in tables
        assert conn.execute("SELECT version FROM accrue_schema").fetchall() == [(schema_version(),)]


def test_a_new_database_is_created_in_one_transaction(tmp_path: Path) -> None:
    """Every table and index of a new data folder in one commit (one wait for the disk, not one per CREATE), the
    write lock taken before the tables are looked at."""
    statements: list[str] = []

    def trace(dbapi_conn: sqlite3.Connection, _: object) -> None:
        dbapi_conn.set_trace_callback(statements.append)

    event.listen(Engine, "connect", trace)
    try:
        get_engine(f"sqlite:///{tmp_path / 'new.db'}")
    finally:
        event.remove(Engine, "connect", trace)
    words = [s.split()[0].upper() for s in statements]
    creates = [i for i, word in enumerate(words) if word == "CREATE"]
    assert len(creates) > 20
    assert [statements[i] for i, word in enumerate(words) if word in ("BEGIN", "COMMIT")] == ["BEGIN IMMEDIATE",
                                                                                              "COMMIT"]
    assert words.index("BEGIN") < creates[0] and creates[-1] < words.index("COMMIT")
