"""No stuck runs at any moment: 20 SIGKILLs at seeded random points of `accrue run` and `accrue approve`, not only
at the boundaries `tests/test_crash_boundaries.py` visits, each followed by `accrue retry` or the same command again.

A kill lands at the Nth Python call after the run service is built (tests/crash_driver.py `kill-at-call=N`), with
N drawn from a seeded generator over the calls the command makes: inside a node's work, a database write, a
checkpoint, the lock, the output. A drawn N repeats the same kill, so a failure names its seed and N. After the
recovery, the run is approved to its end: it is completed, never `running` or `failed`, every effect happened
once, and each action has one decision event and one execution event.
"""

from __future__ import annotations

import json
import random
import re
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from accrue.adapters.database import get_engine
from accrue.adapters.store import RunRecord
from accrue.settings import load_settings
from tests.conftest import example, run_cli, run_cli_process
from tests.stripe_fakes import session_factory
from tests.test_crash_boundaries import CONTROLLER, ONCE, _assert_each_effect_once, _audit

SEED = 16
KILLS = 20
# The last calls of a command print its answer; a kill drawn there could miss a run that made a few calls fewer.
DRAWN_SHARE = 0.97


def _run_args() -> tuple[str, ...]:
    contract, deal = example("acme")
    return "run", str(contract), "--deal", str(deal), "--json"


def _approve_args(run_id: str) -> tuple[str, ...]:
    return "approve", run_id, "--as", CONTROLLER, "--json"


def _calls(args: tuple[str, ...], home: Path) -> int:
    counted = run_cli_process(*args, home=home, check=True, fault="count-calls")
    match = re.search(r"calls: (\d+)", counted.stderr)
    assert match, counted.stderr
    return int(match.group(1))


@pytest.fixture(scope="module")
def call_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """How many calls `accrue run` and then `accrue approve` make on the example, counted once for the module."""
    home = tmp_path_factory.mktemp("count") / "accrue-home"
    runs = _calls(_run_args(), home)
    run_id = json.loads(run_cli_process(*_run_args(), home=home, check=True).stdout)["run_id"]
    return {"run": runs, "approve": _calls(_approve_args(run_id), home)}


def _kills() -> list[tuple[int, str, float, str]]:
    """(case, the command killed, where in it as a share of its calls, how it is then finished), seeded."""
    rng = random.Random(SEED)
    return [(i, rng.choice(["run", "approve"]), rng.uniform(0, DRAWN_SHARE), ("same-command", "retry")[i % 2])
            for i in range(KILLS)]


def _runs() -> list[RunRecord]:
    with session_factory()() as s:
        return list(s.exec(select(RunRecord)))


@pytest.fixture(autouse=True)
def _closed_database(home: Path) -> Iterator[None]:
    """Each case's database is closed after it, so twenty data folders do not keep their files open."""
    yield
    if home.exists():  # a case that wrote nothing has no database to close
        get_engine(load_settings().db_url).dispose()


@pytest.mark.parametrize(("case", "command", "share", "recover"), _kills())
def test_a_run_killed_at_a_random_moment_is_finished_with_each_effect_once(
        home: Path, call_counts: dict[str, int], case: int, command: str, share: float, recover: str) -> None:
    run_id = ""
    killed = _run_args()
    if command == "approve":
        run_id = json.loads(run_cli(*_run_args(), home=home, check=True).stdout)["run_id"]
        killed = _approve_args(run_id)
    at_call = max(1, int(share * call_counts[command]))
    died = run_cli_process(*killed, home=home, fault=f"kill-at-call={at_call}")
    assert died.returncode == -signal.SIGKILL, f"seed {SEED} case {case}: kill-at-call={at_call}\n{died.stderr}"

    recorded = _runs()
    if recover == "retry" and recorded:
        run_cli("retry", recorded[0].run_id, "--json", home=home, check=True)
    else:  # the same command; also when the kill came before the run was recorded, where there is nothing to retry
        run_cli(*killed, home=home, check=True)
    [rec] = _runs()
    assert rec.status in ("waiting_approval", "completed"), (at_call, rec.status)  # never running or failed

    if rec.status == "waiting_approval":
        run_cli(*_approve_args(rec.run_id), home=home, check=True)
    [rec] = _runs()
    assert rec.status == "completed", (at_call, rec.status)
    _assert_each_effect_once(home, ONCE, executed=6)
    assert [a for a, _ in _audit("approved")] == ["a2"]  # the held invoice, decided once
