"""One identity on the command line: a decision is the signed-in person's (ACCRUE_TOKEN), never a typed name's.

Tokens come from `accrue people token NAME`, are stored only salted and hashed, and are the same sign-in
`accrue serve` accepts. `--as` naming someone else than the token's person, no token, a wrong token, an
empty or unlisted name: each is one line, exit 2, and the run keeps waiting. The sales role signs in and reads.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from accrue.adapters.people_tokens import SignIns
from accrue.settings import load_settings
from tests.conftest import cli_json, example, run_cli
from tests.server_support import write_policy


@pytest.fixture
def held(home: Path) -> str:
    """Acme's run (its invoice held for Net 45): the run id."""
    contract, deal = example("acme")
    view = cli_json("run", str(contract), "--deal", str(deal), home=home)
    assert view["status"] == "waiting_approval"
    return str(view["run_id"])


def token(name: str, home: Path) -> str:
    return run_cli("people", "token", name, home=home, check=True).stdout.strip()


def _status(run_id: str, home: Path) -> str:
    return str(cli_json("show", run_id, home=home)["status"])


@pytest.mark.parametrize(("claimed", "sign_in", "says"), [
    ("Dana Controller", None, "ACCRUE_TOKEN is not set: sign in with the token `accrue people token \"Dana "
                              "Controller\"` issued to you"),
    ("Dana Controller", "acc_not-a-token", "ACCRUE_TOKEN is not valid"),
    ("Dana Controller", "Pat Billing", "ACCRUE_TOKEN signs in Pat Billing, not Dana Controller"),
    ("", "Dana Controller", "a decision needs the name of the person making it"),
    ("Mallory", "Dana Controller", "Mallory is not in policy.toml [people], so may not decide"),
])
def test_a_typed_name_alone_decides_nothing(home: Path, held: str, claimed: str, sign_in: str | None,
                                            says: str) -> None:
    tok = token(sign_in, home) if sign_in and not sign_in.startswith("acc_") else sign_in
    proc = run_cli("approve", held, "--as", claimed, home=home, env={"ACCRUE_TOKEN": tok})
    assert proc.returncode == 2, proc.stdout
    assert says in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert _status(held, home) == "waiting_approval"


def test_the_token_alone_signs_in_and_the_audit_names_its_person(home: Path, held: str) -> None:
    proc = run_cli("approve", held, "--json", home=home, env={"ACCRUE_TOKEN": token("dana  CONTROLLER", home)})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["status"] == "completed"
    approved = [e for e in cli_json("audit", held, home=home) if e["event"] == "approved"]
    assert [(e["actor"], e["detail"]["role"]) for e in approved] == [("Dana Controller", "controller")]


def test_a_new_token_replaces_the_old_and_only_a_salted_hash_is_stored(home: Path) -> None:
    first, second = token("Dana Controller", home), token("Dana Controller", home)
    sign_ins = SignIns(load_settings())
    assert (sign_ins.person(first), sign_ins.person(second)) == (None, "Dana Controller")
    with sqlite3.connect(home / "accrue.db") as db:
        rows = db.execute("select name, salt, digest from person_tokens").fetchall()
    assert [r[0] for r in rows] == ["Dana Controller"]
    assert second not in repr(rows) and hashlib.sha256(second.encode()).hexdigest() not in repr(rows)


def test_only_people_the_policy_lists_get_a_token(home: Path) -> None:
    proc = run_cli("people", "token", "Mallory", home=home)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Mallory is not in policy.toml [people]" in proc.stderr


def test_sales_signs_in_to_read_and_may_not_decide(home: Path, held: str) -> None:
    write_policy(home.parent)  # Sam Sales holds `sales`, a role [roles] gives no rights
    sam = token("Sam Sales", home)
    proc = run_cli("approve", held, home=home, env={"ACCRUE_TOKEN": sam})
    assert proc.returncode == 2 and "may not decide anything" in proc.stderr, proc.stderr
    assert _status(held, home) == "waiting_approval"


def test_the_same_token_signs_in_to_the_service_where_sales_reads_and_retries_nothing(home: Path) -> None:
    from fastapi.testclient import TestClient

    from accrue.interfaces.server.app import create_app

    write_policy(home.parent)
    dana, sam = token("Dana Controller", home), token("Sam Sales", home)
    with TestClient(create_app(load_settings())) as client:
        assert client.get("/api/runs", headers={"Authorization": "Bearer acc_wrong"}).status_code == 401
        for who in (dana, sam):
            assert client.get("/api/runs", headers={"Authorization": f"Bearer {who}"}).json() == []
        retried = client.post("/api/events/evt_none/retry", headers={"Authorization": f"Bearer {sam}"})
        assert retried.status_code == 403 and "may not decide anything" in retried.json()["detail"]
        missing = client.post("/api/events/evt_none/retry", headers={"Authorization": f"Bearer {dana}"})
        assert missing.status_code == 404


class _MemoryKeyring(KeyringBackend):
    """An OS keyring as the `keyring` package sees one, kept in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def os_keyring() -> Iterator[_MemoryKeyring]:
    previous = keyring.get_keyring()
    kept = _MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)


def test_a_token_kept_in_the_os_keyring_signs_in(home: Path, held: str, os_keyring: _MemoryKeyring) -> None:
    os_keyring.set_password("accrue", "token", token("Dana Controller", home))
    proc = run_cli("approve", held, "--json", home=home, env={"ACCRUE_TOKEN": None})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["status"] == "completed"
