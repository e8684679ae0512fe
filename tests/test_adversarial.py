"""The adversarial corpus (tests/adversarial/manifest.toml) as one suite: every hostile input ends the way its case
says, quickly, and cleanly.

For every case: no traceback anywhere in the output; the exit code its outcome gives (2 refused, 0 held or
completed); a refusal is ONE line naming the file (or the person or run) and saying what to fix, and leaves the
runs and the books exactly as they were; a held run waits in `needs_review` or `waiting_approval`, never
`failed` or `running`; a service request is answered with its status code, never a 5xx, and changes nothing; and
the command finishes within the case's time bound. Commands run in this process (`run_cli`) and the service as
an in-process app, so the whole corpus takes seconds per category, not a process per case.
"""

from __future__ import annotations

import json
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from accrue.adapters.database import get_engine
from accrue.adapters.read_model import ReadModel
from accrue.adapters.store import RunRecord
from accrue.interfaces.server.signing import new_secret
from accrue.settings import ServerConfig, load_settings
from tests.adversarial.builders import build
from tests.conftest import run_cli
from tests.server_support import APPROVERS, SECRET, TOKENS, bearer, signed, write_policy

MANIFEST = Path(__file__).parent / "adversarial" / "manifest.toml"
CASES: list[dict[str, Any]] = tomllib.loads(MANIFEST.read_text())["case"]
OUTCOMES = {"refused", "held", "completed", "answered"}
HELD = {"needs_review", "waiting_approval"}
DEFAULT_SECONDS = 10.0
SERVICE_BODY_LIMIT = 1024 * 1024


def _fill(value: Any, places: dict[str, str]) -> Any:
    """The case's value with its placeholders ({contract}, {run_id}, ...) filled, in strings, lists and tables."""
    if isinstance(value, str):
        for key, text in places.items():
            value = value.replace("{" + key + "}", text)
        return value
    if isinstance(value, list):
        return [_fill(v, places) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, places) for k, v in value.items()}
    return value


def _env(case: dict[str, Any], home: Path) -> dict[str, str | None]:
    """The case's environment: "token:NAME" signs NAME in (their token), "" leaves the variable unset."""
    env: dict[str, str | None] = {}
    for key, value in case.get("env", {}).items():
        if value.startswith("token:"):
            value = run_cli("people", "token", value.removeprefix("token:"), home=home, check=True).stdout.strip()
        env[key] = value or None
    return env


def _records() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The runs table, row by row, and the books, read from the data folder's database."""
    settings = load_settings()
    settings.ensure_home()
    engine = get_engine(settings.db_url)
    with Session(engine) as s:
        runs = [r.model_dump() for r in s.exec(select(RunRecord).order_by(col(RunRecord.run_id)))]
    return runs, ReadModel(engine).books_json()


@pytest.fixture(autouse=True)
def _closed_database(home: Path) -> Iterator[None]:
    """Each case's database is closed after it: the engines of 160 data folders kept open would exhaust the
    process's file descriptors."""
    yield
    if home.exists():  # a case that wrote nothing has no database to close
        get_engine(load_settings().db_url).dispose()


def test_the_corpus_is_large_and_every_case_is_well_formed() -> None:
    assert len(CASES) >= 100
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert case["expect"] in OUTCOMES, case["id"]
        assert ("command" in case) != ("request" in case), case["id"]
        assert ("http" in case) == (case["expect"] == "answered"), case["id"]
        assert case["expect"] != "refused" or case.get("says") or case.get("names"), case["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_adversarial_case(case: dict[str, Any], home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    places = build(case.get("build", ""), folder, case.get("params", {}))
    for command in case.get("setup", []):
        ran = run_cli(*_fill(command, places), home=home, check=True)
        places["run_id"] = json.loads(ran.stdout)["run_id"]
    before = _records()
    if "request" in case:
        _check_request(case, _fill(case["request"], places), home)
    else:
        _check_command(case, _fill(case["command"], places), _env(case, home), places, home)
    after = _records()
    if case["expect"] in ("refused", "answered"):
        assert after == before, "a refusal changed the runs or the books"
    assert not [r["status"] for r in after[0] if r["status"] in ("failed", "running")], after[0]


def _check_command(case: dict[str, Any], args: list[str], env: dict[str, str | None], places: dict[str, str],
                   home: Path) -> None:
    started = time.perf_counter()
    proc = run_cli(*args, home=home, env=env)
    took = time.perf_counter() - started
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out[-3000:]
    expect = case["expect"]
    if expect == "refused":
        # Twice: a refused command never turns into a success (or a stored failed run) when it is repeated.
        for attempt in (proc, run_cli(*args, home=home, env=env)):
            _check_refusal(case, attempt, places)
    else:
        assert proc.returncode == 0, (proc.returncode, proc.stderr[:1000])
        view = json.loads(proc.stdout)
        status = view.get("status")
        if expect == "held":
            assert status in HELD and status == case.get("status", status), (status, view.get("findings"))
        elif status is not None:
            assert status == "completed", (status, view.get("findings"))
        if "finding" in case:
            assert case["finding"] in [f["code"] for f in view["findings"]], view["findings"]
        for field, value in case.get("terms", {}).items():
            assert view["terms"][field] == value, (field, view["terms"].get(field))
    assert took < case.get("seconds", DEFAULT_SECONDS), f"took {took:.1f} s"


def _check_refusal(case: dict[str, Any], proc: Any, places: dict[str, str]) -> None:
    """Exit 2 and one line on stderr: `error: ` then the file (or person, or run) and what to fix; no stdout."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout[:500], proc.stderr[:500])
    message = proc.stderr.strip()
    assert len(message.splitlines()) == 1 and len(message) < 600, message[:600]
    assert "Traceback" not in proc.stdout + proc.stderr and proc.stdout.strip() == "", proc.stdout[:500]
    names = _fill(case.get("names", ""), places)
    assert message.startswith(f"error: {names}"), message
    for said in case.get("says", []):
        assert said in message, message


def _check_request(case: dict[str, Any], request: dict[str, Any], home: Path) -> None:
    from accrue.interfaces.server.app import COOKIE, create_app

    write_policy(home.parent)
    config = ServerConfig(webhook_secret=SECRET, approvers=APPROVERS, max_body_bytes=SERVICE_BODY_LIMIT)
    headers: dict[str, str] = dict(request.get("headers", {}))
    content: bytes | None = None
    if "body" in request:
        content = Path(request["body"]).read_bytes()
    elif "text" in request:
        content = request["text"].encode()
    sign = request.get("sign", False)
    if sign and content is not None:
        secret = new_secret() if sign == "wrong-secret" else SECRET
        at = int(time.time()) - 3600 if sign == "stale" else None
        headers.update(signed(f"evt-{case['id']}", content, secret=secret, timestamp=at))
    if "content_type" in request:
        headers["content-type"] = request["content_type"]
    elif content is not None:
        headers.setdefault("content-type", "application/json")
    if "as" in request:
        headers.update(bearer(request["as"]))
    started = time.perf_counter()
    with TestClient(create_app(load_settings(), config), raise_server_exceptions=False) as client:
        if "cookie" in request:
            client.cookies.set(COOKIE, TOKENS[request["cookie"]])
        response = client.request(request["method"], request["path"], headers=headers, content=content,
                                  json=request.get("json"), data=request.get("form"))
    took = time.perf_counter() - started
    assert response.status_code < 500 and "Traceback" not in response.text, (response.status_code,
                                                                               response.text[:1000])
    assert response.status_code == case["http"], (response.status_code, response.text[:500])
    assert took < case.get("seconds", DEFAULT_SECONDS), f"took {took:.1f} s"
